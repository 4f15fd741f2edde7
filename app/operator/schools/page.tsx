import type { Metadata } from "next";
import { AddSchoolForm } from "@/components/operators/add-school-form";
import { AppointForm } from "@/components/operators/appoint-form";
import { Appointments } from "@/components/operators/appointments";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { operatorOverview } from "@/lib/operators/queries";
import { SCHOOL_PHASE_LABELS } from "@/lib/people/labels";
import { requireOperator } from "@/lib/tenancy/guard";
import { addSchoolAction, appointLeaderAction } from "../actions";

export const metadata: Metadata = { title: "Schools" };

const SCHOOL_ROLES = [
  { value: "LEAD" as const, label: "Senior mental health lead" },
  { value: "HEAD" as const, label: "Headteacher" },
];

export default async function OperatorSchools() {
  const ctx = await requireOperator();
  const { schools, register } = await operatorOverview(ctx);
  return (
    <>
      <PageHeader
        title="Schools"
        lead="Add a school from the register, then invite its senior mental health lead or head."
      />
      <Section title="Add a school">
        {register.count === 0 ? (
          <EmptyState>Import the register first: schools are added by their URN in it.</EmptyState>
        ) : (
          <AddSchoolForm action={addSchoolAction} />
        )}
      </Section>
      <Section title="Appoint a school's first leader">
        {schools.length === 0 ? (
          <EmptyState>No schools yet.</EmptyState>
        ) : (
          <AppointForm
            id="appoint-school"
            places={schools}
            placeLabel="School"
            roles={SCHOOL_ROLES}
            action={appointLeaderAction}
          />
        )}
      </Section>
      <Section title={`Schools in Harbour (${schools.length})`}>
        {schools.length === 0 ? (
          <EmptyState>No schools yet.</EmptyState>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200">
            {schools.map((s) => (
              <li key={s.id} className="py-3">
                <p className="font-medium">
                  {s.name}
                  {s.isDemo && <span className="ml-2 text-sm font-normal text-slate-700">(demo)</span>}
                </p>
                <p className="text-sm text-slate-700">
                  URN {s.urn} · {SCHOOL_PHASE_LABELS[s.phase]}
                  {s.laName && ` · ${s.laName}`}
                  {s.trustName && ` · ${s.trustName}`}
                </p>
                <div className="text-sm">
                  <Appointments appointments={s.appointments} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
