// Turns plan input into the indexed problem both solvers share. Pure: no database, no clock.
import { compareCodes } from "../gaps/gap";
import {
  DEFAULT_WEIGHTS,
  TERMS,
  type PlanInput,
  type Term,
  type Tier,
  type TierOrder,
  type TierWeights,
} from "./types";

export type Course = {
  id: string;
  tier: Tier;
  hours: number;
  cost: number;
  session: boolean;
  /** people per session (PER_SESSION only) */
  capacity: number;
  /** most people the plan may send (PER_PLACE with limited places); Infinity when unlimited */
  places: number;
  /** the one term it runs in, or null for any */
  term: Term | null;
  levels: Map<string, number>;
  /** false when no one could ever take it: longer than the hours limit, or dearer than the whole budget */
  usable: boolean;
};

/** One competency a unit's members have a gap on. */
export type Need = {
  code: string;
  tier: Tier;
  gap: number;
  /** value of one closed point */
  weight: number;
  /** points each course closes on this need, by course index (only courses that close some) */
  closedBy: Map<number, number>;
};

export type Unit = {
  id: string;
  index: number;
  count: number;
  jobRole: string;
  requiredTier: Tier;
  needs: Need[];
  /** usable courses closing at least one of this unit's gaps (less any another place beats outright), ascending index */
  useful: number[];
};

export type Problem = {
  units: Unit[];
  courses: Course[];
  budget: number;
  hoursLimit: number;
  sessionsLimit: number;
  terms: Term[];
  order: TierOrder;
  /** what the heuristics maximise: the lead's weights, or STRICT_WEIGHTS for the strict order */
  weights: TierWeights;
};

/** Slack for comparing sums of fractional hours (1.5 + 2.5 + ...) against the limit. */
export const EPS = 1e-9;

/**
 * A course at `level` lifts the rating to max(rating, level), so the new gap is
 * max(0, target - max(rating, level)); with rating = target - gap that closes
 * min(gap, max(0, level - (target - gap))) points.
 */
export function pointsClosed(gap: number, target: number, level: number): number {
  return Math.min(gap, Math.max(0, level - (target - gap)));
}

export function prepare(input: PlanInput): Problem {
  const order = input.order ?? "strict";
  const weights = order === "strict" ? strictWeights(input) : (input.weights ?? DEFAULT_WEIGHTS);
  const targets = input.targets ?? { 1: 3, 2: 3, 3: 3 };
  const { limits } = input;
  const tierOf = new Map(input.competencies.map((c) => [c.code, c.tier]));
  assertUnique(
    input.units.map((u) => u.id),
    "unit",
  );
  assertUnique(
    input.courses.map((c) => c.id),
    "course",
  );

  const courses: Course[] = [...input.courses]
    .sort((a, b) => compareCodes(a.id, b.id))
    .map((c) => {
      const session = c.costModel === "PER_SESSION";
      const capacity = session ? Math.floor(c.sessionCapacity ?? 0) : 0;
      if (session && capacity < 1)
        throw new Error(`Course ${c.id} is priced per session but has no session capacity.`);
      const levels = new Map<string, number>();
      for (const o of c.outcomes)
        levels.set(o.competencyCode, Math.max(levels.get(o.competencyCode) ?? 0, o.level));
      const affordable = c.costPence <= limits.budgetPence && (!session || limits.inSchoolSessions >= 1);
      const places = !session && c.places != null ? Math.max(0, Math.floor(c.places)) : Infinity;
      const term = c.term ?? null;
      const inTerm = term === null || !limits.terms?.length || limits.terms.includes(term);
      const usable =
        affordable && places >= 1 && inTerm && c.hoursPerParticipant <= limits.hoursPerPersonPerYear + EPS;
      return {
        id: c.id,
        tier: c.tier,
        hours: c.hoursPerParticipant,
        cost: c.costPence,
        session,
        capacity,
        places,
        term,
        levels,
        usable,
      };
    });

  const units: Unit[] = [...input.units]
    .filter((u) => u.count >= 1)
    .sort((a, b) => compareCodes(a.id, b.id))
    .map((u, index) => {
      if (!Number.isInteger(u.count)) throw new Error(`Unit ${u.id} has a count that is not a whole number.`);
      const needs: Need[] = Object.keys(u.gaps)
        .sort(compareCodes)
        .filter((code) => Number.isFinite(u.gaps[code]) && (u.gaps[code] ?? 0) > 0)
        .map((code) => {
          const tier = tierOf.get(code);
          if (tier === undefined) throw new Error(`Unit ${u.id} has a gap on unknown competency ${code}.`);
          const gap = u.gaps[code]!;
          const closedBy = new Map<number, number>();
          courses.forEach((c, k) => {
            const level = c.levels.get(code);
            const closed = level === undefined ? 0 : pointsClosed(gap, targets[tier], level);
            if (closed > 0) closedBy.set(k, closed);
          });
          return { code, tier, gap, weight: weights[tier], closedBy };
        });
      const candidates = courses
        .map((c, k) => k)
        .filter((k) => courses[k]!.usable && needs.some((n) => n.closedBy.has(k)));
      const useful = candidates.filter((k) => !candidates.some((b) => dominates(courses, needs, b, k)));
      return {
        id: u.id,
        index,
        count: u.count,
        jobRole: u.jobRole,
        requiredTier: u.requiredTier,
        needs,
        useful,
      };
    });

  return {
    units,
    courses,
    budget: limits.budgetPence,
    hoursLimit: limits.hoursPerPersonPerYear,
    sessionsLimit: Math.floor(limits.inSchoolSessions),
    terms:
      limits.terms && limits.terms.length > 0 ? TERMS.filter((t) => limits.terms!.includes(t)) : [...TERMS],
    order,
    weights,
  };
}

/**
 * For this person, PER_PLACE course b makes PER_PLACE course a pointless: b costs and takes no more,
 * closes at least as much of every gap, and is better somewhere (or identical with a smaller index).
 * Swapping a for b never loses value or breaks a limit, so a can be left out of the search.
 * Sessions are never compared, nor is a course with limited places ever the better one: whether a
 * seat is free depends on the rest of the plan.
 */
function dominates(courses: Course[], needs: Need[], b: number, a: number): boolean {
  const cb = courses[b]!;
  const ca = courses[a]!;
  if (a === b || cb.session || ca.session || cb.cost > ca.cost || cb.hours > ca.hours) return false;
  // Limited places (a trust offer) may run out before everyone who would take it has a seat.
  if (Number.isFinite(cb.places)) return false;
  let better = cb.cost < ca.cost || cb.hours < ca.hours;
  for (const n of needs) {
    const pb = n.closedBy.get(b) ?? 0;
    const pa = n.closedBy.get(a) ?? 0;
    if (pb < pa) return false;
    if (pb > pa) better = true;
  }
  return better || b < a;
}

/**
 * Weights that make "Core before Enhanced before Specialist" strict: a Specialist point is worth 1, an
 * Enhanced point more than every Specialist point there is, a Core point more than every Enhanced and
 * Specialist point together. No plan can then trade a higher-tier point for any number of lower-tier
 * ones: maximising the weighted sum is the lexicographic optimum (decision record 0011).
 */
export function strictWeights(input: Pick<PlanInput, "units" | "competencies">): TierWeights {
  const tierOf = new Map(input.competencies.map((c) => [c.code, c.tier]));
  const total: Record<Tier, number> = { 1: 0, 2: 0, 3: 0 };
  for (const u of input.units)
    for (const [code, gap] of Object.entries(u.gaps)) {
      const tier = tierOf.get(code);
      if (tier !== undefined && Number.isFinite(gap) && gap > 0) total[tier] += Math.max(0, u.count) * gap;
    }
  const w3 = 1;
  const w2 = total[3] * w3 + 1;
  const w1 = total[2] * w2 + total[3] * w3 + 1;
  return { 1: w1, 2: w2, 3: w3 };
}

function assertUnique(ids: string[], what: string) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`Duplicate ${what} id ${id}.`);
    seen.add(id);
  }
}

/** Weighted points one member closes with this set of courses: per need, the best course counts, never the sum. */
export function memberValue(unit: Unit, courseSet: readonly number[]): number {
  let value = 0;
  for (const need of unit.needs) value += need.weight * bestClosed(need, courseSet);
  return value;
}

export function bestClosed(need: Need, courseSet: readonly number[]): number {
  let best = 0;
  for (const k of courseSet) best = Math.max(best, need.closedBy.get(k) ?? 0);
  return best;
}

/** Extra weighted points one member gains by adding course k to what they already take. */
export function marginalValue(unit: Unit, courseSet: readonly number[], k: number): number {
  let gain = 0;
  for (const need of unit.needs) {
    const closed = need.closedBy.get(k);
    if (closed === undefined) continue;
    const best = bestClosed(need, courseSet);
    if (closed > best) gain += need.weight * (closed - best);
  }
  return gain;
}

export function hoursOf(problem: Problem, courseSet: readonly number[]): number {
  let hours = 0;
  for (const k of courseSet) hours += problem.courses[k]!.hours;
  return hours;
}
