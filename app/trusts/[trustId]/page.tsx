import type { Metadata } from "next";
import Link from "next/link";
import { TrustInviteForm } from "@/components/people/trust-invite-form";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { SCHOOL_PHASE_LABELS } from "@/lib/people/labels";
import { can } from "@/lib/permissions";
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
          <EmptyState>
            No schools belong to this trust yet.{" "}
            {can(ctx.role, "trust:add-schools") && (
              <Link href={`/trusts/${trustId}/schools`} className="text-harbour-700 underline">
                Add a school from the register
              </Link>
            )}
          </EmptyState>
        ) : (
          <>
            {/* On a phone each school is a card, so no figure hides off the side of the screen. */}
            <ul className="flex flex-col divide-y divide-slate-200 sm:hidden">
              {schools.map((s) => (
                <li key={s.id} className="py-3">
                  <p className="font-medium">{s.name}</p>
                  <p className="text-sm text-slate-600">
                    URN {s.urn} · {SCHOOL_PHASE_LABELS[s.phase]}
                  </p>
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                    <dt>Staff in Harbour</dt>
                    <dd className="font-medium">{s.staffCount}</dd>
                    <dt>Lead</dt>
                    <dd>{s.hasLead ? "Yes" : "Not yet"}</dd>
                    <dt>Head</dt>
                    <dd>{s.hasHead ? "Yes" : "Not yet"}</dd>
                  </dl>
                </li>
              ))}
            </ul>
            <div className="hidden sm:block">
              <table className="w-full text-left">
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
          </>
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
