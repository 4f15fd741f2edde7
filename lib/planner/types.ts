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
};

export type PlanLimits = {
  budgetPence: number;
  hoursPerPersonPerYear: number;
  /** most in-school (PER_SESSION) sessions the school will host in the year */
  inSchoolSessions: number;
  terms?: Term[];
};

/**
 * Value of closing one gap point, by the competency's tier. The default makes one Core point worth
 * ten Enhanced points and a hundred Specialist points: close to "Core first" without being strictly
 * lexicographic, so a very cheap Enhanced win can still beat a very expensive Core one.
 */
export type TierWeights = Record<Tier, number>;
export const DEFAULT_WEIGHTS: TierWeights = { 1: 100, 2: 10, 3: 1 };

export type SolverOptions = {
  /** "auto" (default): HiGHS, falling back to the heuristics; "heuristic": LP bound, rounding and greedy only. */
  method?: "auto" | "heuristic";
  /** HiGHS wall-clock limit per solve, seconds (default 10; the only clock involved, inside HiGHS). */
  timeLimitSeconds?: number;
  /** Relative gap at which HiGHS may stop and call the plan optimal (default 1e-3; 0 for exact). */
  mipRelGap?: number;
  /** Above this many model columns, skip branch-and-bound and use the heuristics (default 50,000). */
  maxColumns?: number;
};

export type PlanInput = {
  units: PlanUnit[];
  courses: PlanCourse[];
  competencies: { code: string; tier: Tier }[];
  /** target level per competency tier (default 3) */
  targets?: Record<Tier, number>;
  limits: PlanLimits;
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
  weights: TierWeights;
};
