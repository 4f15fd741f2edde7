// The overview's columns beyond the rounds: coverage by in-date training, the training plan, the
// action plan with its RAG, the latest agreed review and the accreditation stage, from the counts and
// states trust_school_facts() returns (decision 0035). Pure: no database, no clock (today is given).
// Training figures are about people and go through lib/disclosure (publishTrained); the rest are the
// school's own plans and judgements, which carry no one's answers.
import { z } from "zod";
import { ragFor, type Measure, type MeasureFacts } from "../action-plan/rag";
import { publishTrained, type PublishedTrained } from "../disclosure";
import type { Tier } from "../tiers";

const day = z.string().transform((s) => s.slice(0, 10));
export const schoolStatusSchema = z.object({
  plan: z
    .object({ status: z.string(), costPence: z.number().nullable(), budgetPence: z.number().nullable() })
    .nullable(),
  actionPlan: z
    .object({
      status: z.enum(["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "VALIDATED"]),
      number: z.number(),
      actions: z.array(
        z.object({
          status: z.enum(["NOT_STARTED", "IN_PROGRESS", "DONE", "DROPPED"]),
          startOn: day,
          dueOn: day,
          measure: z.unknown().nullable(),
          override: z.enum(["RED", "AMBER", "GREEN"]).nullable(),
        }),
      ),
    })
    .nullable(),
  accreditation: z
    .object({
      status: z.enum(["DRAFT", "SUBMITTED", "IN_REVIEW", "REVIEWED", "VISITED", "DECIDED"]),
      level: z.enum(["WORKING_TOWARDS", "ACCREDITED", "DISTINCTION"]).nullable(),
    })
    .nullable(),
  review: z.object({ reviewedAt: z.string(), scores: z.record(z.string(), z.number()) }).nullable(),
  training: z.array(z.object({ tier: z.number(), people: z.number(), covered: z.number() })).nullable(),
});
export type SchoolStatus = z.infer<typeof schoolStatusSchema>;
export const NO_STATUS: SchoolStatus = {
  plan: null,
  actionPlan: null,
  accreditation: null,
  review: null,
  training: null,
};

export type PlanCell = { status: "DRAFT" | "APPROVED"; costPence: number; budgetPence: number | null } | null;
export type RagSummary = {
  red: number;
  amber: number;
  green: number;
  unset: number;
  done: number;
  total: number;
};
export type ActionPlanCell = {
  status: NonNullable<SchoolStatus["actionPlan"]>["status"];
  rag: RagSummary;
} | null;
export type AccreditationCell = NonNullable<SchoolStatus["accreditation"]> | null;
export type ReviewCell = { reviewedOn: string; mean: number; scores: Record<string, number> } | null;

export type StatusColumns = {
  trained: PublishedTrained[];
  plan: PlanCell;
  actionPlan: ActionPlanCell;
  accreditation: AccreditationCell;
  review: ReviewCell;
};

/** RAG of each action as the school's own rules give it, from the facts the trust also sees. */
export function ragSummary(
  actions: NonNullable<SchoolStatus["actionPlan"]>["actions"],
  facts: MeasureFacts,
  today: string,
): RagSummary {
  const out: RagSummary = { red: 0, amber: 0, green: 0, unset: 0, done: 0, total: 0 };
  for (const a of actions) {
    if (a.status === "DROPPED") continue;
    out.total += 1;
    if (a.status === "DONE") out.done += 1;
    const { rag } = ragFor(
      {
        status: a.status,
        startOn: a.startOn,
        dueOn: a.dueOn,
        measure: (a.measure as Measure | null) ?? null,
        override: a.override ? { rag: a.override, note: "" } : null,
      },
      facts,
      today,
    );
    if (rag === "RED") out.red += 1;
    else if (rag === "AMBER") out.amber += 1;
    else if (rag === "GREEN") out.green += 1;
    else out.unset += 1;
  }
  return out;
}

export function statusColumns(
  s: SchoolStatus,
  k: number,
  responseRate: number | null,
  today: string,
): StatusColumns {
  const trained = publishTrained(
    (s.training ?? []).map((t) => ({ tier: t.tier as Tier, people: t.people, covered: t.covered })),
    k,
  );
  const core = trained[0]!;
  const plan: PlanCell = s.plan
    ? {
        status: s.plan.status === "APPROVED" ? "APPROVED" : "DRAFT",
        costPence: s.plan.costPence ?? 0,
        budgetPence: s.plan.budgetPence,
      }
    : null;
  const facts: MeasureFacts = {
    coreTrainedShare: core.withheld ? null : core.share,
    responseRate,
    planApproved: plan?.status === "APPROVED",
    // The term's start is the school's own calendar: the trust's copy does not measure it.
    reviewDoneThisTerm: null,
  };
  const scores = s.review?.scores ?? {};
  const values = Object.values(scores);
  return {
    trained,
    plan,
    actionPlan: s.actionPlan
      ? { status: s.actionPlan.status, rag: ragSummary(s.actionPlan.actions, facts, today) }
      : null,
    accreditation: s.accreditation,
    review:
      s.review && values.length > 0
        ? {
            reviewedOn: s.review.reviewedAt.slice(0, 10),
            mean: values.reduce((a, b) => a + b, 0) / values.length,
            scores,
          }
        : null,
  };
}

const STAGES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "REVIEWED", "VISITED", "DECIDED"] as const;
const LEVEL_RANK = { WORKING_TOWARDS: 0, ACCREDITED: 1, DISTINCTION: 2 } as const;
/** How far the accreditation has got, for sorting: its step, and the level once decided. */
export const accreditationRank = (a: AccreditationCell) =>
  a === null ? null : STAGES.indexOf(a.status) + (a.level ? 1 + LEVEL_RANK[a.level] : 0);
