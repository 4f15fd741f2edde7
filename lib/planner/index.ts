// The training-plan optimiser: exact (HiGHS) where it can be, greedy where it cannot.
// Pure: no database, no Next.js, no clock of its own, no process.env. See ./model for the maths.
import { solveExact, solveRelaxation } from "./exact";
import { greedySolve } from "./greedy";
import { buildModel, MAX_COHORTS, type LpModel } from "./model";
import { polish } from "./polish";
import { roundAndComplete } from "./rounding";
import { prepare, type Problem } from "./prepare";
import { costOf, emptySolution, isFeasible, normalise, valueOf, type Solution } from "./solution";
import type { Plan, PlanInput, SolverOptions } from "./types";
import { writePlan, type Verdict } from "./write-up";

export * from "./types";
export { planLimitsSchema, toPlanLimits, assertPlannableCourses, plannableCourseProblems } from "./schemas";
export { unitsFromPeople, bucketByProfile, type PersonNeeds } from "./units";

export const DEFAULT_SOLVER: Required<SolverOptions> = {
  method: "auto",
  timeLimitSeconds: 10,
  mipRelGap: 1e-3,
  maxColumns: 50_000,
};

/**
 * 1. Greedy plan (always; fast).
 * 2. LP relaxation (HiGHS): an upper bound on any plan, and a rounded plan the greedy completes.
 *    If the best heuristic plan already meets the bound, it is optimal and we stop.
 * 3. Unless the heuristic was asked for or the model is over `maxColumns`, the exact model,
 *    seeded with the best plan so far. Proved optimal (within mipRelGap): method "exact", and,
 *    unless the money is all but spent, a second solve looks for the same value at a lower cost
 *    (limit: half of timeLimitSeconds).
 *    Otherwise the best plan found, method "heuristic", with the gap to the best bound known.
 * Each HiGHS call has its own time limit: the worst case is about 2.5 x timeLimitSeconds.
 * Same input, same plan, unless a time limit is reached (how far HiGHS got can vary).
 */
export async function planTraining(input: PlanInput): Promise<Plan> {
  const problem = prepare(input);
  const options: Required<SolverOptions> = {
    method: input.solver?.method ?? DEFAULT_SOLVER.method,
    timeLimitSeconds: input.solver?.timeLimitSeconds ?? DEFAULT_SOLVER.timeLimitSeconds,
    mipRelGap: input.solver?.mipRelGap ?? DEFAULT_SOLVER.mipRelGap,
    maxColumns: input.solver?.maxColumns ?? DEFAULT_SOLVER.maxColumns,
  };
  const model = buildModel(problem);
  if (model.empty) {
    return writePlan(problem, emptySolution(problem), {
      method: "exact",
      optimalityGap: 0,
      optimalityNote: "Nothing to optimise: no course within the limits closes a gap.",
    });
  }

  let best = polish(problem, normalise(problem, greedySolve(problem)));
  if (!isFeasible(problem, best)) throw new Error("The greedy planner broke a limit; this is a bug.");
  const consider = (candidate: Solution | null) => {
    if (candidate && isFeasible(problem, candidate) && valueOf(problem, candidate) > valueOf(problem, best))
      best = candidate;
  };

  const tooBig = model.columns > options.maxColumns;
  const relaxation =
    model.columns <= options.maxColumns * 4 ? await solveRelaxation(model, options.timeLimitSeconds) : null;
  if (relaxation) consider(roundAndComplete(problem, model.shares(relaxation.value)));
  const lpBound = relaxation?.bound ?? null;
  if (lpBound !== null && lpBound - valueOf(problem, best) <= 1e-9 * Math.max(1, lpBound)) {
    if (!tooBig) best = await cheapest(problem, model, best, options);
    return writePlan(problem, best, exactVerdict(problem, 0, "Optimal: it meets the LP relaxation's bound"));
  }
  if (options.method === "heuristic" || tooBig) {
    const why =
      options.method === "heuristic"
        ? "heuristic plan (asked for)"
        : `heuristic plan (model too big: ${model.columns} columns)`;
    return writePlan(problem, best, heuristicVerdict(problem, best, lpBound, why));
  }

  const exact = await solveExact(model, {
    timeLimitSeconds: options.timeLimitSeconds,
    mipRelGap: options.mipRelGap,
    start: model.encode(best),
  });
  const candidate = exact.solution ? normalise(problem, exact.solution) : null;
  consider(candidate);
  const bound = minBound(lpBound, exact.bound);
  if (exact.status === "optimal" && candidate && isFeasible(problem, candidate)) {
    const gap = bound !== null ? relativeGap(bound, valueOf(problem, best)) : (exact.gap ?? 0);
    best = await cheapest(problem, model, best, options);
    return writePlan(problem, best, exactVerdict(problem, gap, "Proved optimal by HiGHS"));
  }
  return writePlan(
    problem,
    best,
    heuristicVerdict(problem, best, bound, `best plan found: ${exact.message}`),
  );
}

/**
 * The same value for less money, if HiGHS finds it in time; otherwise the plan as it was. Skipped
 * when what is left of the budget would not buy one more place or session: the money is all spent
 * on need either way, and skipping keeps such plans free of a second time limit.
 */
async function cheapest(
  problem: Problem,
  model: LpModel,
  plan: Solution,
  options: Required<SolverOptions>,
): Promise<Solution> {
  const left = problem.budget - costOf(problem, plan);
  const cheapestBooking = Math.min(...problem.courses.filter((c) => c.usable).map((c) => c.cost));
  if (left < cheapestBooking) return plan;
  const value = valueOf(problem, plan);
  const result = await solveExact(model, {
    text: model.cheapestText(value - 1e-9 * Math.max(1, value)),
    timeLimitSeconds: Math.max(1, options.timeLimitSeconds / 2),
    mipRelGap: options.mipRelGap,
    start: model.encode(plan),
  });
  const found = result.solution ? normalise(problem, result.solution) : null;
  const ok =
    found && isFeasible(problem, found) && valueOf(problem, found) >= value - 1e-9 * Math.max(1, value);
  return ok && costOf(problem, found) < costOf(problem, plan) ? found : plan;
}

/** The greedy plan alone, synchronously and without HiGHS; its distance from the best is unknown. */
export function planTrainingGreedy(input: PlanInput): Plan {
  const problem = prepare(input);
  const greedy = polish(problem, normalise(problem, greedySolve(problem)));
  return writePlan(problem, greedy, heuristicVerdict(problem, greedy, null, "greedy plan"));
}

function exactVerdict(problem: Problem, gap: number, how: string): Verdict {
  const buckets = problem.units.some((u) => u.count > MAX_COHORTS)
    ? ` Each group's members follow at most ${MAX_COHORTS} different course lists.`
    : "";
  return { method: "exact", optimalityGap: gap, optimalityNote: `${how} (gap ${formatGap(gap)}).${buckets}` };
}

function heuristicVerdict(problem: Problem, solution: Solution, bound: number | null, why: string): Verdict {
  if (bound === null)
    return {
      method: "heuristic",
      optimalityGap: null,
      optimalityNote: `unknown: ${why}; no bound available.`,
    };
  const gap = relativeGap(bound, valueOf(problem, solution));
  return {
    method: "heuristic",
    optimalityGap: gap,
    optimalityNote: `${why}; at most ${formatGap(gap)} below the best possible.`,
  };
}

function minBound(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

/** (bound - value) / bound, never negative; 0 when there is nothing to gain. */
function relativeGap(bound: number, value: number): number {
  return bound <= 0 || bound - value <= 1e-9 * bound ? 0 : (bound - value) / bound;
}

function formatGap(gap: number): string {
  if (gap === 0) return "0%";
  return `${Number((gap * 100).toPrecision(2))}%`;
}
