import type { Metadata } from "next";
import { TrustInviteForm } from "@/components/people/trust-invite-form";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { SCHOOL_PHASE_LABELS } from "@/lib/people/labels";
import { requireTrust } from "@/lib/tenancy/guard";
import { trustSchools } from "@/lib/trust/queries";
import { inviteSchoolLeader } from "./actions";

export const metadata: Metadata = { title: "Trust overview" };

export default async function TrustHome({ params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await requireTrust(trustId, "trust:view");
  const schools = await trustSchools(ctx);
  return (
    <>
      <PageHeader
        title="Trust overview"
        lead={`${ctx.trustName}: your schools side by side. Harbour never shows individuals here.`}
      />
      <Section title={`Schools (${schools.length})`}>
        {schools.length === 0 ? (
          <EmptyState>No schools belong to this trust yet.</EmptyState>
        ) : (
          // Focusable and named, so keyboard users can scroll the table on a narrow screen.
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Schools in the trust">
            <table className="w-full min-w-[32rem] text-left">
              <caption className="sr-only">Schools in the trust, with staff numbers and leadership</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">
                    School
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Phase
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    Staff in Harbour
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Lead
                  </th>
                  <th scope="col" className="py-2">
                    Head
                  </th>
                </tr>
              </thead>
              <tbody>
                {schools.map((s) => (
                  <tr key={s.id} className="border-b border-slate-200">
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {s.name} <span className="block text-sm font-normal text-slate-600">URN {s.urn}</span>
                    </th>
                    <td className="py-2 pr-3">{SCHOOL_PHASE_LABELS[s.phase]}</td>
                    <td className="py-2 pr-3 text-right">{s.staffCount}</td>
                    <td className="py-2 pr-3">{s.hasLead ? "Yes" : "Not yet"}</td>
                    <td className="py-2">{s.hasHead ? "Yes" : "Not yet"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      {schools.length > 0 && (
        <Section title="Invite a lead or head">
          <TrustInviteForm schools={schools} action={inviteSchoolLeader.bind(null, trustId)} />
        </Section>
      )}
    </>
  );
}
