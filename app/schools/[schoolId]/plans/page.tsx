import type { Metadata } from "next";
import Link from "next/link";
import { GeneratePlanForm } from "@/components/plans/generate-plan-form";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { formatMoney } from "@/lib/format";
import { listPlans, planningRounds } from "@/lib/plans/queries";
import { requireSchoolAny } from "@/lib/tenancy/resource";
import { generatePlan } from "./actions";
import { ServicesPanel } from "@/components/services/services-panel";
import { directoryCount } from "@/lib/services/queries";

export const metadata: Metadata = { title: "Training plans" };

export default async function PlansPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchoolAny(schoolId, ["plans:manage", "plans:approve"]);
  const [plans, rounds] = await Promise.all([listPlans(ctx), planningRounds(ctx)]);
  const services = can(ctx.role, "services:view") ? await directoryCount(ctx) : null;
  return (
    <>
      <PageHeader
        title="Training plans"
        lead="What to buy and who goes, within your budget and staff time."
      />
      {services && <ServicesPanel schoolId={schoolId} {...services} />}
      {can(ctx.role, "plans:manage") && (
        <Section title="Generate a plan">
          {rounds.length === 0 ? (
            <EmptyState>Open a self-assessment round first: plans are made from its answers.</EmptyState>
          ) : (
            <GeneratePlanForm
              schoolId={schoolId}
              rounds={rounds}
              action={generatePlan.bind(null, schoolId)}
            />
          )}
          <p className="mt-4 text-sm">
            The calendar download puts sessions on school days in your terms:{" "}
            <Link href={`/schools/${schoolId}/plans/term-dates`} className="text-harbour-700 underline">
              set your term dates
            </Link>
            .
          </p>
        </Section>
      )}
      <Section title={`Plans (${plans.length})`}>
        {plans.length === 0 ? (
          <EmptyState>No plans yet.</EmptyState>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200">
            {plans.map((p) => (
              <li key={p.id} className="py-3">
                <Link
                  href={`/schools/${schoolId}/plans/${p.id}`}
                  className="font-medium text-harbour-700 underline"
                >
                  {p.title}
                </Link>
                <p className="text-sm text-slate-700">
                  From{" "}
                  <Link
                    href={`/schools/${schoolId}/rounds/${p.roundId}/gaps`}
                    className="text-harbour-700 underline"
                  >
                    {p.roundTitle}
                  </Link>
                  {p.latest &&
                    ` · version ${p.latest.number}, ${p.latest.status === "APPROVED" ? "approved" : "draft"} · ${formatMoney(p.latest.costPence)}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
