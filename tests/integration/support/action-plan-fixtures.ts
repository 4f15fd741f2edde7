// Schools with an action plan to edit, submit and review, for the action-plan tests.
import { randomUUID } from "node:crypto";
import type { ObjectiveInput, SavedPlan } from "@/lib/action-plan/schemas";
import { schoolCtx, schoolWithStaff } from "./assessment-fixtures";
import { makeMember, makeTrust, makeTrustLeader } from "./fixtures";
import { ensurePlan } from "@/lib/action-plan/queries";
import { withScope } from "@/lib/db/scope";

export const key = () => randomUUID();

export function objective(ownerId: string, over: Partial<ObjectiveInput> = {}): ObjectiveInput {
  return {
    key: key(),
    principleKey: "staff-development",
    title: "Every adult knows how to respond to a worry",
    actions: [
      {
        key: key(),
        title: "Whole-staff briefing on spotting early signs",
        ownerId,
        startOn: "2026-09-01",
        dueOn: "2026-12-18",
        status: "NOT_STARTED",
        measure: { kind: "core-training", targetPercent: 90 },
        ragOverride: null,
        ragNote: "",
        successMeasure: "Nine in ten staff have in-date Core training",
        resources: "Two INSET hours",
        costPounds: 250.5,
        competencyCodes: [],
        suggestionKey: null,
      },
    ],
    ...over,
  };
}

/** A school in a trust, with its lead, head, a staff member and the trust's leader. */
export async function planWorld() {
  const trust = await makeTrust();
  const { school, lead, staff } = await schoolWithStaff(["TEACHER", "TEACHING_ASSISTANT"], {
    trustId: trust.id,
  });
  const head = schoolCtx((await makeMember(school.id, "HEAD", "SENIOR_LEADER")).id, school, "HEAD");
  const leader = await makeTrustLeader(trust.id);
  const { planId } = await ensurePlan(lead);
  const version = await withScope({ personId: lead.personId, schoolId: school.id }, (tx) =>
    tx.actionPlanVersion.findFirstOrThrow({ where: { planId } }),
  );
  const trustScope = { personId: leader.id, trustId: trust.id };
  return { trust, school, lead, head, staff, leader, trustScope, planId, versionId: version.id };
}

export const content = (versionId: string, revision: number, objectives: ObjectiveInput[]): SavedPlan => ({
  versionId,
  revision,
  objectives,
});
