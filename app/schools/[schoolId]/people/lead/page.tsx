import type { Metadata } from "next";
import Link from "next/link";
import { AppointForm } from "@/components/lead-handover/appoint-form";
import { HandoverList } from "@/components/lead-handover/handover-list";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { appointView } from "@/lib/lead-handover/queries";
import { requireSchool } from "@/lib/tenancy/guard";
import { appointNewLead } from "./actions";

export const metadata: Metadata = { title: "Appoint a new lead" };

export default async function AppointLeadPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "lead:appoint");
  const view = await appointView(ctx);
  const names = (list: { name: string }[]) => list.map((l) => l.name).join(" and ");
  return (
    <>
      <PageHeader
        title="Appoint a new senior mental health lead"
        lead="The new lead takes over the action plan, the whole-school review and the open actions the old lead owned. The old lead stays in the school as a member of staff, and their own development records stay private to them."
      />
      <Section title="The lead now">
        <p>
          {view.leads.length === 0
            ? "Your school has no senior mental health lead in Harbour at the moment."
            : `${names(view.leads)} ${view.leads.length === 1 ? "is" : "are"} the senior mental health lead.`}
        </p>
      </Section>
      <Section title="Appoint">
        {view.candidates.length === 0 ? (
          <EmptyState>
            There is no one to appoint yet: the new lead must be in the school first. Ask the lead to invite
            them from{" "}
            <Link href={`/schools/${schoolId}/people`} className="font-medium underline">
              People
            </Link>
            .
          </EmptyState>
        ) : (
          <AppointForm
            candidates={view.candidates}
            leads={view.leads}
            appoint={appointNewLead.bind(null, schoolId)}
          />
        )}
      </Section>
      <Section title="Handovers">
        {view.handovers.length === 0 ? (
          <EmptyState>No lead has handed over in Harbour yet.</EmptyState>
        ) : (
          <HandoverList handovers={view.handovers} />
        )}
      </Section>
    </>
  );
}
