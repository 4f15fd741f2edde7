// RAG that updates itself where Harbour can measure an action, from plain facts. Pure: no database,
// no clock (today is an input, as an ISO date in Europe/London).

export type RagColour = "RED" | "AMBER" | "GREEN";
export type ActionStatusKey = "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "DROPPED";

/** What Harbour can measure for an action; null means the RAG is set by hand. */
export type Measure =
  | { kind: "core-training"; targetPercent: number }
  | { kind: "round-response"; targetPercent: number }
  | { kind: "plan-approved" }
  | { kind: "review-done" };

export const MEASURE_LABELS: Record<Measure["kind"], string> = {
  "core-training": "Share of staff with in-date Core training",
  "round-response": "Response rate of the latest self-assessment round",
  "plan-approved": "A training plan approved",
  "review-done": "A whole-school review agreed this term",
};

/** The school's figures today; null where Harbour has nothing to measure yet. */
export type MeasureFacts = {
  coreTrainedShare: number | null;
  responseRate: number | null;
  planApproved: boolean;
  reviewDoneThisTerm: boolean | null;
};

export type RagInput = {
  status: ActionStatusKey;
  startOn: string;
  dueOn: string;
  measure: Measure | null;
  override: { rag: RagColour; note: string } | null;
};

export type RagSource = "override" | "status" | "measure" | "dates" | "manual" | "dropped";
export type RagResult = { rag: RagColour | null; source: RagSource; reason: string; note?: string };

/** How far an action's measure has got, 0..1, or null when Harbour cannot measure it. */
export function progressOf(measure: Measure | null, facts: MeasureFacts): number | null {
  if (!measure) return null;
  const share = (value: number | null, target: number) =>
    value === null ? null : target <= 0 ? 1 : Math.min(1, Math.max(0, value) / (target / 100));
  switch (measure.kind) {
    case "core-training":
      return share(facts.coreTrainedShare, measure.targetPercent);
    case "round-response":
      return share(facts.responseRate, measure.targetPercent);
    case "plan-approved":
      return facts.planApproved ? 1 : 0;
    case "review-done":
      return facts.reviewDoneThisTerm === null ? null : facts.reviewDoneThisTerm ? 1 : 0;
  }
}

const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;
const SOON_DAYS = 14;

/**
 * The order of the rules is the rule: an override (always with its note) beats everything; a done
 * action is green and a dropped one has no colour; a met measure is green; past its due date it is
 * red; a measured action behind the straight line from start to due is amber, or red when under
 * half of where it should be; an unmeasured one not started within a fortnight of its due date is
 * amber; otherwise the lead sets the colour by hand.
 */
export function ragFor(input: RagInput, facts: MeasureFacts, today: string): RagResult {
  if (input.override)
    return { rag: input.override.rag, source: "override", reason: "Set by hand", note: input.override.note };
  if (input.status === "DONE") return { rag: "GREEN", source: "status", reason: "Done" };
  if (input.status === "DROPPED") return { rag: null, source: "dropped", reason: "Dropped" };
  const progress = progressOf(input.measure, facts);
  if (progress !== null && progress >= 1) return { rag: "GREEN", source: "measure", reason: "Measure met" };
  if (today > input.dueOn) return { rag: "RED", source: "dates", reason: "Overdue" };
  if (progress !== null) {
    const span = days(input.startOn, input.dueOn);
    const expected = span <= 0 ? 1 : Math.min(1, Math.max(0, days(input.startOn, today) / span));
    const reason = `${Math.round(progress * 100)}% of the way, ${Math.round(expected * 100)}% of the time used`;
    if (progress >= expected) return { rag: "GREEN", source: "measure", reason };
    return { rag: progress >= expected / 2 ? "AMBER" : "RED", source: "measure", reason };
  }
  if (input.status === "NOT_STARTED" && days(today, input.dueOn) <= SOON_DAYS)
    return { rag: "AMBER", source: "dates", reason: "Due soon and not started" };
  return { rag: null, source: "manual", reason: "Not measured by Harbour: set it by hand" };
}
