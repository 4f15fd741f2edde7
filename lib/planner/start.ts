// The quick plans every solve starts from. Pure: no database, no clock.
import { greedySolve } from "./greedy";
import { polish } from "./polish";
import type { Problem } from "./prepare";
import { isFeasible, normalise, pointsByTier, valueOf, type Solution } from "./solution";
import type { Tier } from "./types";

/** The problem with every need valued only on `tier`: what a strict-order greedy phase maximises. */
function onlyTier(problem: Problem, tier: Tier): Problem {
  return {
    ...problem,
    units: problem.units.map((u) => ({
      ...u,
      needs: u.needs.map((n) => ({ ...n, weight: n.tier === tier ? 1 : 0 })),
    })),
  };
}

/**
 * Strict order: buy for Core until nothing more helps, then Enhanced, then Specialist, each phase
 * keeping what the earlier bought (a greedy by value per pound alone would take a cheap Enhanced
 * course before a dear Core one). Weighted: one greedy. Either way the polished plan is kept only
 * when it is better in the same order.
 */
export function quickPlan(problem: Problem): Solution {
  let plan: Solution;
  if (problem.order === "strict") {
    plan = normalise(problem, greedySolve(onlyTier(problem, 1)));
    plan = normalise(problem, greedySolve(onlyTier(problem, 2), plan));
    plan = normalise(problem, greedySolve(onlyTier(problem, 3), plan));
  } else plan = normalise(problem, greedySolve(problem));
  const polished = polish(problem, plan);
  return isFeasible(problem, polished) && better(problem, polished, plan) ? polished : plan;
}

/** Strict: more Core points, else as many and more Enhanced, else Specialist. Weighted: more weighted value. */
export function better(problem: Problem, a: Solution, b: Solution): boolean {
  if (problem.order === "weighted") return valueOf(problem, a) > valueOf(problem, b) + 1e-9;
  const pa = pointsByTier(problem, a);
  const pb = pointsByTier(problem, b);
  for (const t of [1, 2, 3] as Tier[]) if (pa[t] !== pb[t]) return pa[t] > pb[t];
  return false;
}
