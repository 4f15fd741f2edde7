// The shared shape of a plan before it is written up: who takes what. Pure: no database, no clock.
import { EPS, bestClosed, hoursOf, marginalValue, memberValue, type Problem } from "./prepare";
import type { Tier } from "./types";

/** Members of one unit who take exactly the same courses (ascending course indices). */
export type Cohort = { size: number; courses: number[] };

/** cohorts[unitIndex]: together they hold all of the unit's members, trained or not. */
export type Solution = { cohorts: Cohort[][] };

export function emptySolution(problem: Problem): Solution {
  return { cohorts: problem.units.map((u) => [{ size: u.count, courses: [] }]) };
}

export function attendance(problem: Problem, solution: Solution): number[] {
  const att = problem.courses.map(() => 0);
  solution.cohorts.forEach((cs) => cs.forEach((c) => c.courses.forEach((k) => (att[k]! += c.size))));
  return att;
}

/** Sessions needed per course: ceil(attendees / capacity) for PER_SESSION, 0 otherwise. */
export function sessionsNeeded(problem: Problem, att: number[]): number[] {
  return problem.courses.map((c, k) => (c.session ? Math.ceil(att[k]! / c.capacity) : 0));
}

export function costOf(problem: Problem, solution: Solution): number {
  const att = attendance(problem, solution);
  const sessions = sessionsNeeded(problem, att);
  return problem.courses.reduce((sum, c, k) => sum + c.cost * (c.session ? sessions[k]! : att[k]!), 0);
}

export function valueOf(problem: Problem, solution: Solution): number {
  let value = 0;
  solution.cohorts.forEach((cs, u) =>
    cs.forEach((c) => (value += c.size * memberValue(problem.units[u]!, c.courses))),
  );
  return value;
}

/** Every limit, checked exactly as the plan will be reported; the last guard before a plan goes out. */
export function isFeasible(problem: Problem, solution: Solution): boolean {
  for (const [u, cs] of solution.cohorts.entries()) {
    const unit = problem.units[u]!;
    if (cs.reduce((s, c) => s + c.size, 0) !== unit.count) return false;
    for (const c of cs) {
      if (!Number.isInteger(c.size) || c.size < 0) return false;
      if (c.courses.some((k) => !unit.useful.includes(k))) return false;
      if (new Set(c.courses).size !== c.courses.length) return false;
      if (c.size > 0 && hoursOf(problem, c.courses) > problem.hoursLimit + EPS) return false;
    }
  }
  const att = attendance(problem, solution);
  if (problem.courses.some((c, k) => att[k]! > c.places)) return false;
  const sessions = sessionsNeeded(problem, att).reduce((a, b) => a + b, 0);
  return sessions <= problem.sessionsLimit && costOf(problem, solution) <= problem.budget;
}

/**
 * Drops every booking that adds nothing for its cohort (a solver may leave a free seat filled, or
 * two courses covering the same need), then merges cohorts that ended up identical. Value never
 * falls; cost and sessions can only fall. Dearest courses are tried first, ties by index.
 */
export function normalise(problem: Problem, solution: Solution): Solution {
  const cohorts = solution.cohorts.map((cs, u) => {
    const unit = problem.units[u]!;
    const byKey = new Map<string, Cohort>();
    for (const c of cs) {
      if (c.size <= 0) continue;
      let courses = [...new Set(c.courses)].sort((a, b) => a - b);
      const order = [...courses].sort((a, b) => problem.courses[b]!.cost - problem.courses[a]!.cost || a - b);
      for (const k of order) {
        const rest = courses.filter((x) => x !== k);
        if (marginalValue(unit, rest, k) <= 0) courses = rest;
      }
      const key = courses.join(",");
      const existing = byKey.get(key);
      if (existing) existing.size += c.size;
      else byKey.set(key, { size: c.size, courses });
    }
    return [...byKey.values()].sort((a, b) => compareLists(a.courses, b.courses));
  });
  return { cohorts };
}

function compareLists(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Gap points closed per tier. */
export function pointsByTier(problem: Problem, solution: Solution): Record<Tier, number> {
  const out: Record<Tier, number> = { 1: 0, 2: 0, 3: 0 };
  solution.cohorts.forEach((cs, u) =>
    cs.forEach((c) => {
      for (const need of problem.units[u]!.needs) out[need.tier] += c.size * bestClosed(need, c.courses);
    }),
  );
  return out;
}
