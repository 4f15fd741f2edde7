import type { Metadata } from "next";
import { AddOrganisationForm } from "@/components/operators/add-organisation-form";
import { AppointForm } from "@/components/operators/appoint-form";
import { Appointments } from "@/components/operators/appointments";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { operatorOverview } from "@/lib/operators/queries";
import { requireOperator } from "@/lib/tenancy/guard";
import { addOrganisationAction, appointLeaderAction } from "../actions";

export const metadata: Metadata = { title: "Trusts and authorities" };

const KIND = { MULTI_ACADEMY_TRUST: "Multi-academy trust", LOCAL_AUTHORITY: "Local authority" } as const;

export default async function OperatorOrganisations() {
  const ctx = await requireOperator();
  const { organisations } = await operatorOverview(ctx);
  return (
    <>
      <PageHeader
        title="Trusts and authorities"
        lead="Add a multi-academy trust or a local authority, then invite its first leader. Schools join a trust only when their head accepts."
      />
      <Section title="Add a trust or authority">
        <AddOrganisationForm action={addOrganisationAction} />
      </Section>
      <Section title="Appoint a first leader">
        {organisations.length === 0 ? (
          <EmptyState>No trusts or authorities yet.</EmptyState>
        ) : (
          <AppointForm
            id="appoint-org"
            places={organisations}
            placeLabel="Trust or authority"
            roles={[{ value: "TRUST_LEADER", label: "Leader" }]}
            action={appointLeaderAction}
          />
        )}
      </Section>
      <Section title={`In Harbour (${organisations.length})`}>
        {organisations.length === 0 ? (
          <EmptyState>No trusts or authorities yet.</EmptyState>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200">
            {organisations.map((o) => (
              <li key={o.id} className="py-3">
                <p className="font-medium">
                  {o.name}
                  {o.isDemo && <span className="ml-2 text-sm font-normal text-slate-700">(demo)</span>}
                </p>
                <p className="text-sm text-slate-700">
                  {KIND[o.kind]}
                  {o.registerCode && ` · register number ${o.registerCode}`} · {o.schools}{" "}
                  {o.schools === 1 ? "school" : "schools"}
                </p>
                <div className="text-sm">
                  <Appointments appointments={o.appointments} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
