import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/gaps/print-button";
import { ActionButton } from "@/components/plans/action-button";
import { AddItemForm } from "@/components/plans/add-item-form";
import { PlanItems } from "@/components/plans/plan-items";
import { PlanSummary, UnmetNeeds } from "@/components/plans/plan-summary";
import { Alert } from "@/components/ui/alert";
import { PageHeader, Section } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { APPROVED_MESSAGE, getPlanView } from "@/lib/plans/queries";
import { orNotFound, requireSchoolAny } from "@/lib/tenancy/resource";
import {
  addPlanAttendee,
  addPlanItem,
  approvePlan,
  movePlanItem,
  removePlanAttendee,
  removePlanItem,
  revisePlan,
} from "../actions";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Training plan" };

type Params = { params: Promise<{ schoolId: string; planId: string }> };

export default async function PlanPage({ params }: Params) {
  const { schoolId, planId } = await params;
  const ctx = await requireSchoolAny(schoolId, ["plans:manage", "plans:approve"]);
  const view = await orNotFound(getPlanView(ctx, planId));
  const draft = view.version.status === "DRAFT";
  const lead = can(ctx.role, "plans:manage");
  const bind = <A,>(a: (id: string, v: A) => unknown) => a.bind(null, schoolId) as never;
  const exportBase = `/schools/${schoolId}/plans/${planId}/export`;
  return (
    <>
      <p className="mb-2 print:hidden">
        <Link href={`/schools/${schoolId}/plans`} className="text-harbour-700 underline">
          All plans
        </Link>
      </p>
      <PageHeader
        title={view.plan.title}
        lead={`Version ${view.version.number} · ${draft ? "Draft" : "Approved"} · from ${view.plan.round.title}`}
      />
      <div className="mb-4 flex flex-wrap items-start gap-3 print:hidden">
        <Link
          href={`/schools/${schoolId}/rounds/${view.plan.round.id}/gaps`}
          className="text-harbour-700 underline"
        >
          Gap report
        </Link>
        <a href={`${exportBase}?format=csv`} download className="text-harbour-700 underline">
          Download (CSV)
        </a>
        <a href={`${exportBase}?format=ics`} download className="text-harbour-700 underline">
          Sessions calendar (iCal)
        </a>
        <PrintButton label="Print the plan" />
        {draft && can(ctx.role, "plans:approve") && (
          <ActionButton
            label={`Approve version ${view.version.number}`}
            variant="primary"
            values={{ planId, versionId: view.version.id }}
            action={bind(approvePlan)}
            confirm="Approve this version of the plan?"
          />
        )}
      </div>
      {!draft && lead && (
        <div className="mb-4 print:hidden">
          <Alert>
            <p className="mb-2">{APPROVED_MESSAGE}</p>
            <ActionButton label="Make a new draft version" values={{ planId }} action={bind(revisePlan)} />
          </Alert>
        </div>
      )}
      <Section title="Totals and limits">
        <PlanSummary view={view} />
      </Section>
      <Section title="Bookings by term">
        <PlanItems
          view={view}
          editable={draft && lead}
          actions={{
            remove: bind(removePlanItem),
            move: bind(movePlanItem),
            removeAttendee: bind(removePlanAttendee),
            addAttendee: bind(addPlanAttendee),
          }}
        />
      </Section>
      {draft && lead && view.courses.length > 0 && (
        <div className="print:hidden">
          <Section title="Add a booking">
            <AddItemForm
              planId={planId}
              courses={view.courses}
              members={view.members}
              action={bind(addPlanItem)}
            />
          </Section>
        </div>
      )}
      <Section title="Need left unmet">
        <UnmetNeeds view={view} />
      </Section>
      <Section title="Version history">
        <ol className="flex flex-col gap-1 text-sm">
          {view.versions.map((v) => (
            <li key={v.id}>
              Version {v.number}: {v.changeNote ?? "Saved"}, {formatDate(v.createdAt)}
              {v.createdBy && ` by ${v.createdBy}`}
              {v.status === "APPROVED" && ` · approved${v.approvedBy ? ` by ${v.approvedBy}` : ""}`}
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}
