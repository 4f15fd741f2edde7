// Improves a feasible plan's places, keeping its in-school session seats. Pure: no database, no clock.
//
// With the session seats fixed, choosing places is a multiple-choice knapsack: every cohort picks
// one set of PER_PLACE courses (within its hours), and all of them share the budget. For each cohort
// we list the sets worth having (the cost/value frontier), then spend the budget on the steps up
// each frontier's convex hull in order of value per penny, then spend what is left on any upgrade
// that fits. Plain greedy buys a cheap partial course first and then undervalues the fuller course
// that would have made it redundant; this sees whole sets, so it does not fall into that trap.
import { greedySolve } from "./greedy";
import { EPS, hoursOf, marginalValue, memberValue, type Problem } from "./prepare";
import { attendance, normalise, sessionsNeeded, type Solution } from "./solution";

/** Search limit per cohort, so long hours limits (many possible sets) stay quick. */
const MAX_SETS = 4000;

type Option = { cost: number; value: number; courses: number[] };
type Slot = { u: number; g: number; size: number; fixed: number[]; options: Option[]; at: number };

export function polish(problem: Problem, solution: Solution): Solution {
  const { courses } = problem;
  const att = attendance(problem, solution);
  const sessionCost = sessionsNeeded(problem, att).reduce((s, n, k) => s + n * courses[k]!.cost, 0);
  let budget = problem.budget - sessionCost;

  const slots: Slot[] = [];
  solution.cohorts.forEach((cs, u) =>
    cs.forEach((c, g) => {
      if (c.size === 0) return;
      const fixed = c.courses.filter((k) => courses[k]!.session);
      slots.push({ u, g, size: c.size, fixed, options: frontier(problem, u, fixed), at: 0 });
    }),
  );

  // Steps up each convex hull, best value per penny first; a cohort's steps come in order.
  const steps: { slot: number; from: number; to: number; eff: number }[] = [];
  slots.forEach((slot, i) => {
    const hull = convexHull(slot.options);
    for (let h = 0; h + 1 < hull.length; h++) {
      const a = slot.options[hull[h]!]!;
      const b = slot.options[hull[h + 1]!]!;
      steps.push({
        slot: i,
        from: hull[h]!,
        to: hull[h + 1]!,
        eff: (b.value - a.value) / Math.max(b.cost - a.cost, EPS),
      });
    }
  });
  steps.sort((a, b) => b.eff - a.eff || a.slot - b.slot || a.from - b.from);
  for (const step of steps) {
    const slot = slots[step.slot]!;
    if (slot.at !== step.from) continue;
    const extra = slot.size * (slot.options[step.to]!.cost - slot.options[step.from]!.cost);
    if (extra > budget) continue;
    budget -= extra;
    slot.at = step.to;
  }
  // Then the best upgrade that still fits, until none does.
  for (let round = 0; round < slots.length; round++) {
    let best: { i: number; o: number; gain: number; extra: number } | null = null;
    slots.forEach((slot, i) => {
      const now = slot.options[slot.at]!;
      slot.options.forEach((opt, o) => {
        const extra = slot.size * (opt.cost - now.cost);
        const gain = slot.size * (opt.value - now.value);
        if (gain > 0 && extra <= budget && (!best || gain > best.gain)) best = { i, o, gain, extra };
      });
    });
    if (!best) break;
    const { i, o, extra } = best;
    budget -= extra;
    slots[i]!.at = o;
  }

  const cohorts = solution.cohorts.map((cs) => cs.map((c) => ({ size: c.size, courses: [...c.courses] })));
  for (const slot of slots) {
    cohorts[slot.u]![slot.g]!.courses = [...slot.fixed, ...slot.options[slot.at]!.courses].sort(
      (a, b) => a - b,
    );
  }
  // Places are never dearer than before, and free seats or money left over go to the greedy.
  return normalise(problem, greedySolve(problem, { cohorts }));
}

/**
 * The PER_PLACE sets worth having for one member of unit u on top of `fixed`, cheapest first, each
 * strictly better than every cheaper one. Sets only grow by a course that adds value to them.
 */
function frontier(problem: Problem, u: number, fixed: number[]): Option[] {
  const unit = problem.units[u]!;
  const places = unit.useful.filter((k) => !problem.courses[k]!.session);
  const hoursLeft = problem.hoursLimit - hoursOf(problem, fixed);
  const all: Option[] = [];
  let visited = 0;
  const walk = (from: number, chosen: number[], hours: number, cost: number) => {
    const set = [...fixed, ...chosen];
    all.push({ cost, value: memberValue(unit, set), courses: chosen });
    for (let i = from; i < places.length && visited < MAX_SETS; i++) {
      const k = places[i]!;
      const course = problem.courses[k]!;
      if (hours + course.hours > hoursLeft + EPS || marginalValue(unit, set, k) <= 0) continue;
      visited += 1;
      walk(i + 1, [...chosen, k], hours + course.hours, cost + course.cost);
    }
  };
  walk(0, [], 0, 0);
  all.sort((a, b) => a.cost - b.cost || b.value - a.value || a.courses.length - b.courses.length);
  const kept: Option[] = [];
  for (const o of all) if (kept.length === 0 || o.value > kept[kept.length - 1]!.value) kept.push(o);
  return kept;
}

/** Indices of the upper convex hull of (cost, value), from the cheapest option. */
function convexHull(options: Option[]): number[] {
  const hull: number[] = [];
  options.forEach((p, i) => {
    while (hull.length >= 2) {
      const a = options[hull[hull.length - 2]!]!;
      const b = options[hull[hull.length - 1]!]!;
      // drop b if it lies on or below the line from a to p
      if ((b.value - a.value) * (p.cost - a.cost) <= (p.value - a.value) * (b.cost - a.cost)) hull.pop();
      else break;
    }
    hull.push(i);
  });
  return hull;
}
