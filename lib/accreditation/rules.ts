// The accreditation's rules as plain functions (decision 0028): which step comes next, what level
// the agreed ratings support, progress per strand, the renewal date and its reminder stages.
// No database, no clock: days are London YYYY-MM-DD strings given by the caller.
import { addDays, addMonths } from "../records/rules";
import type { LevelKey } from "./default-scheme";

export type Rating = "NOT_YET" | "WORKING_TOWARDS" | "MET" | "EXCEEDS";
export type Status = "DRAFT" | "SUBMITTED" | "IN_REVIEW" | "REVIEWED" | "VISITED" | "DECIDED";

export const RATINGS: readonly Rating[] = ["NOT_YET", "WORKING_TOWARDS", "MET", "EXCEEDS"];
export const RATING_LABEL: Record<Rating, string> = {
  NOT_YET: "Not yet",
  WORKING_TOWARDS: "Working towards",
  MET: "Met",
  EXCEEDS: "Exceeds",
};
export const STATUS_LABEL: Record<Status, string> = {
  DRAFT: "Self-evaluation in progress",
  SUBMITTED: "Submitted: waiting for a peer reviewer",
  IN_REVIEW: "Peer review in progress",
  REVIEWED: "Peer reviewed: waiting for the assessment visit",
  VISITED: "Visited: waiting for the decision",
  DECIDED: "Decided",
};
export const LEVELS: readonly LevelKey[] = ["WORKING_TOWARDS", "ACCREDITED", "DISTINCTION"];

const rank = (r: Rating) => RATINGS.indexOf(r);
export const isMet = (r: Rating | null | undefined) => r === "MET" || r === "EXCEEDS";

/** The steps in order, for the status page; `current` is the step the submission is at. */
export const STEPS: readonly { status: Status; label: string }[] = [
  { status: "DRAFT", label: "Self-evaluation" },
  { status: "SUBMITTED", label: "Submitted" },
  { status: "IN_REVIEW", label: "Peer review" },
  { status: "REVIEWED", label: "Assessment visit" },
  { status: "VISITED", label: "Decision" },
  { status: "DECIDED", label: "Decided" },
];

export function stepIndex(status: Status): number {
  return STEPS.findIndex((s) => s.status === status);
}

/** The only moves the process allows (the migration's trigger enforces the same). */
export function canMove(from: Status, to: Status): boolean {
  return stepIndex(to) === stepIndex(from) + 1;
}

/** Why a move is refused, in words for the person trying it; null when it is allowed. */
export function moveProblem(from: Status, to: Status): string | null {
  if (canMove(from, to)) return null;
  if (to === "SUBMITTED")
    return "This self-evaluation has already been submitted, so it can no longer be changed.";
  if (to === "IN_REVIEW")
    return "A peer reviewer can be assigned only to a submitted self-evaluation that has none yet.";
  if (to === "REVIEWED") return "This peer review has already been sent, or is not yours to send.";
  if (to === "VISITED") return "Record the assessment visit once the peer review has been sent.";
  if (to === "DECIDED")
    return from === "DECIDED"
      ? "This accreditation has already been decided."
      : "Record the assessment visit before making a decision.";
  return "That step is not possible now.";
}

export type CriterionRef = { id: string; key: string; strand: number };

/** Which criteria still need a rating, or a narrative (every rating above "Not yet" explains itself). */
export function submitProblems(
  criteria: CriterionRef[],
  ratings: Map<string, { rating: Rating; narrative: string }>,
): { unrated: string[]; unexplained: string[] } {
  const unrated: string[] = [];
  const unexplained: string[] = [];
  for (const c of criteria) {
    const r = ratings.get(c.id);
    if (!r) unrated.push(c.key);
    else if (r.rating !== "NOT_YET" && r.narrative.trim() === "") unexplained.push(c.key);
  }
  return { unrated, unexplained };
}

/**
 * The highest level the ratings support: "Accredited" when every criterion is Met or Exceeds;
 * "with distinction" when, besides, every strand has at least one criterion that Exceeds.
 * A criterion without a rating counts as Not yet.
 */
export function supportedLevel(criteria: CriterionRef[], ratings: Map<string, Rating>): LevelKey {
  if (criteria.length === 0) return "WORKING_TOWARDS";
  if (!criteria.every((c) => isMet(ratings.get(c.id)))) return "WORKING_TOWARDS";
  const strands = new Set(criteria.map((c) => c.strand));
  const exceeding = new Set(criteria.filter((c) => ratings.get(c.id) === "EXCEEDS").map((c) => c.strand));
  return [...strands].every((s) => exceeding.has(s)) ? "DISTINCTION" : "ACCREDITED";
}

/** A decision may not go above what the peer review supports; "not yet" always needs feedback. */
export function decisionProblem(
  level: LevelKey,
  supported: LevelKey,
  feedback: string,
): { field: "level" | "feedback"; message: string } | null {
  if (LEVELS.indexOf(level) > LEVELS.indexOf(supported))
    return {
      field: "level",
      message:
        "The peer review does not support that level: every criterion must be Met (and, for distinction, one in every strand Exceeds).",
    };
  if (level === "WORKING_TOWARDS" && feedback.trim() === "")
    return { field: "feedback", message: "Tell the school what to work on before it applies again." };
  return null;
}

/** Accreditation lasts three years from the decision's London day (29 February falls back to the 28th). */
export function renewalDay(decidedOn: string): string {
  return addMonths(decidedOn, 36);
}

/** Reminders to the school's leads before renewal: 180, 60 and 14 days ahead. */
export const RENEWAL_STAGES = [180, 60, 14] as const;

/**
 * The reminder due today, if any: the latest stage reached and not yet past the renewal day. Only
 * the nearest stage is returned, so a school accredited late in a window gets one, not three.
 */
export function renewalStage(renewalDue: string, today: string): string | null {
  if (today > renewalDue) return null;
  const reached = RENEWAL_STAGES.filter((d) => today >= addDays(renewalDue, -d));
  const nearest = reached.length > 0 ? Math.min(...reached) : null;
  return nearest === null ? null : String(nearest);
}

export type StrandProgress = {
  strand: number;
  criteria: number;
  rated: number;
  met: number;
  /** The agreed rating counts once the peer review is in; before it, the school's own. */
  basis: "self" | "peer";
};

/** Progress per strand: how many criteria are rated, and how many are Met or Exceeds. */
export function strandProgress(
  criteria: CriterionRef[],
  self: Map<string, Rating>,
  peer: Map<string, Rating> | null,
): StrandProgress[] {
  const strands = [...new Set(criteria.map((c) => c.strand))].sort((a, b) => a - b);
  return strands.map((strand) => {
    const own = criteria.filter((c) => c.strand === strand);
    const source = peer ?? self;
    return {
      strand,
      criteria: own.length,
      rated: own.filter((c) => source.has(c.id)).length,
      met: own.filter((c) => isMet(source.get(c.id))).length,
      basis: peer ? "peer" : "self",
    };
  });
}

/** The school year (1 September to 31 August) that contains a London day: its first day. */
export function schoolYearStart(today: string): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return `${m >= 9 ? y : y - 1}-09-01`;
}

export function ratingRank(r: Rating): number {
  return rank(r);
}
