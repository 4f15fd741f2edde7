// Plain-data shapes for the training-plan optimiser. Pure: no database, no clock.
import type { Tier } from "../tiers";

export type { Tier };
export type Term = "autumn" | "spring" | "summer";
export const TERMS: readonly Term[] = ["autumn", "spring", "summer"];

/**
 * Who needs training. A person (NAMED rounds) is a unit with count 1; in CONFIDENTIAL rounds a unit
 * is a bucket of `count` people of one job role who share exactly the same gaps.
 */
export type PlanUnit = {
  id: string;
  jobRole: string;
  requiredTier: Tier;
  count: number;
  /** competency code -> gap (target - rating) of each member; zero or missing = no need */
  gaps: Record<string, number>;
};

export type PlanCourse = {
  id: string;
  tier: Tier;
  format: string;
  hoursPerParticipant: number;
  costModel: "PER_PLACE" | "PER_SESSION";
  /** per place, or per session for PER_SESSION */
  costPence: number;
  /** people per session; required for PER_SESSION */
  sessionCapacity?: number | null;
  outcomes: { competencyCode: string; level: number }[];
  /** most people the plan may send, for a PER_PLACE course with limited places (a trust offer) */
  places?: number | null;
  /** the one term it runs in (a trust offer's dates); any term when unset */
  term?: Term | null;
};

export type PlanLimits = {
  budgetPence: number;
  hoursPerPersonPerYear: number;
  /** most in-school (PER_SESSION) sessions the school will host in the year */
  inSchoolSessions: number;
  terms?: Term[];
};

/**
 * Value of closing one gap point, by the competency's tier, when the lead chooses weights instead of
 * the strict order (see `TierOrder`). 100/10/1 is close to "Core first" but not strict: an Enhanced
 * course more than ten times better value per pound than a Core one can win.
 */
export type TierWeights = Record<Tier, number>;
export const DEFAULT_WEIGHTS: TierWeights = { 1: 100, 2: 10, 3: 1 };

/**
 * "strict" (default): Core before Enhanced before Specialist, lexicographically: the most Core points
 * the limits allow, then, keeping those, the most Enhanced points, then Specialist (by weights that
 * provably enforce it, ./prepare strictWeights). "weighted": points weighted by the lead's `weights`.
 */
export type TierOrder = "strict" | "weighted";

export type SolverOptions = {
  /** "auto" (default): HiGHS, falling back to the heuristics; "heuristic": LP bound, rounding and greedy only. */
  method?: "auto" | "heuristic";
  /** Branch-and-bound nodes HiGHS may explore per solve (default 2,000). Work, not time: same input, same plan. */
  maxNodes?: number;
  /** Simplex iterations per linear programme (default 500,000). */
  maxIterations?: number;
  /** Relative gap at which HiGHS may stop and call the plan optimal (default 1e-3; 0 for exact). */
  mipRelGap?: number;
  /** Above this many model columns, skip branch-and-bound and use the heuristics (default 10,000). */
  maxColumns?: number;
};

export type PlanInput = {
  units: PlanUnit[];
  courses: PlanCourse[];
  competencies: { code: string; tier: Tier }[];
  /** target level per competency tier (default 3) */
  targets?: Record<Tier, number>;
  limits: PlanLimits;
  /** default "strict" */
  order?: TierOrder;
  /** used when order is "weighted" (default 100/10/1) */
  weights?: TierWeights;
  solver?: SolverOptions;
};

export type GapClose = { unitId: string; competencyCode: string; points: number };

export type PlanItem = {
  courseId: string;
  term: Term;
  /** sessions booked, for PER_SESSION courses; null for PER_PLACE */
  sessions: number | null;
  attendees: { unitId: string; count: number }[];
  people: number;
  costPence: number;
  /** hours per participant */
  hours: number;
  personHours: number;
  /** gap points this booking closes, per unit (summed over its members) and competency */
  closes: GapClose[];
  pointsClosed: number;
  valueClosed: number;
  /** pence per gap point closed */
  costPerGapPoint: number | null;
  why: string;
};

export type UnmetReason = "no-money" | "no-time" | "no-course";

export type UnmetNeed = {
  unitId: string;
  competencyCode: string;
  /** members of the unit left with this need */
  people: number;
  /** gap points left, summed over those members */
  points: number;
  reason: UnmetReason;
};

export type Need = { points: number; weighted: number };

export type Plan = {
  method: "exact" | "heuristic";
  /** (best possible - plan) / best possible, from HiGHS's bound; null when unknown */
  optimalityGap: number | null;
  optimalityNote: string;
  /** why the plan is empty, or null */
  reason: string | null;
  items: PlanItem[];
  totals: {
    costPence: number;
    budgetPence: number;
    maxHoursPerPerson: number;
    hoursLimit: number;
    sessionsUsed: number;
    sessionsLimit: number;
    peopleTrained: number;
    pointsClosed: number;
    valueClosed: number;
  };
  need: { before: Need; remaining: Need };
  unmet: UnmetNeed[];
  /** the order the plan was optimised in; in "strict" plans `weights` are the steps that make it strict */
  order: TierOrder;
  weights: TierWeights;
  /** points closed per tier */
  pointsByTier: Record<Tier, number>;
  /** limits of HiGHS's work, so that anyone can repeat the plan exactly */
  work: { maxNodes: number; maxIterations: number; mipRelGap: number };
};
