// The training-plan optimiser: exact (HiGHS) where it can be, heuristics where it cannot.
// Pure: no database, no Next.js, no clock, no process.env. See ./model for the maths.
import { solveExact, solveRelaxation, type WorkLimits } from "./exact";
import { buildModel, type Floor, type LpModel } from "./model";
import { buildPatternModel } from "./pattern-model";
import { buildClasses } from "./patterns";
import { roundAndComplete } from "./rounding";
import { better, quickPlan } from "./start";
import { prepare, type Problem } from "./prepare";
import {
  costOf,
  emptySolution,
  isFeasible,
  normalise,
  pointsByTier,
  valueOf,
  type Solution,
} from "./solution";
import type { Plan, PlanInput, SolverOptions } from "./types";
import { writePlan, type Verdict } from "./write-up";

export * from "./types";
export { planLimitsSchema, toPlanLimits, assertPlannableCourses, plannableCourseProblems } from "./schemas";
export { unitsFromPeople, bucketByProfile, type PersonNeeds } from "./units";

export const DEFAULT_SOLVER: Required<SolverOptions> = {
  method: "auto",
  maxNodes: 2_000,
  maxIterations: 500_000,
  mipRelGap: 1e-3,
  maxColumns: 10_000,
};

type Options = Required<SolverOptions>;
export type Work = Plan["work"];

/**
 * 1. Greedy plan, polished (always; fast).
 * 2. LP relaxation: a bound, and a rounded plan the greedy completes; the better plan is kept.
 * 3. Unless the heuristic was asked for or the model is over `maxColumns` columns, HiGHS, seeded with
 *    the best plan so far, maximising the weighted points (strict order: weights proven to keep
 *    Core before Enhanced before Specialist). If proved optimal (within mipRelGap), a last solve
 *    looks for the same points per tier for less money.
 * HiGHS is limited by work (nodes, iterations), never by time: the same input gives the same plan.
 */
export async function planTraining(input: PlanInput): Promise<Plan> {
  const problem = prepare(input);
  const options: Options = { ...DEFAULT_SOLVER, ...definedOnly(input.solver ?? {}) };
  const limits: WorkLimits = { maxNodes: options.maxNodes, maxIterations: options.maxIterations };
  const work: Work = { ...limits, mipRelGap: options.mipRelGap };
  if (problem.units.every((u) => u.useful.length === 0)) {
    return writePlan(
      problem,
      emptySolution(problem),
      { method: "exact", optimalityGap: 0, optimalityNote: "nothing" },
      work,
    );
  }

  let best = quickPlan(problem);
  if (!isFeasible(problem, best)) throw new Error("The greedy planner broke a limit; this is a bug.");
  const consider = (candidate: Solution | null, floors: Floor[] = []) => {
    if (
      candidate &&
      isFeasible(problem, candidate) &&
      keeps(problem, candidate, floors) &&
      better(problem, candidate, best)
    )
      best = candidate;
  };

  // Classes of interchangeable people, each choosing whole course lists (./patterns): a much tighter
  // model, with no mirror-image plans. Its size decides between proving and a quick plan.
  const built = buildClasses(problem, best);
  const complete = built?.complete ?? false;
  const model = built ? buildPatternModel(problem, built.classes) : buildModel(problem);
  if (model.empty) {
    return writePlan(
      problem,
      emptySolution(problem),
      { method: "exact", optimalityGap: 0, optimalityNote: "nothing" },
      work,
    );
  }
  const tooBig = !built || model.columns > options.maxColumns;
  if (options.method === "heuristic" || tooBig) {
    // Each model's relaxation (within 4 x maxColumns) guides a rounded plan; the best plan is kept,
    // and the pattern model's bound, the tighter one, says how far it can be from the best.
    let bound: number | null = null;
    for (const guide of built ? [model, buildModel(problem)] : [model]) {
      if (guide.columns > options.maxColumns * 4) continue;
      const relaxation = await solveRelaxation(guide.relaxedText(problem.weights), limits);
      if (!relaxation) continue;
      consider(roundAndComplete(problem, guide.shares(relaxation.value)));
      bound = bound === null ? relaxation.bound : Math.min(bound, relaxation.bound);
    }
    const why = options.method === "heuristic" ? "asked" : "big";
    return writePlan(problem, best, heuristicVerdict(problem, best, bound, why), work);
  }

  // One solve: in the strict order the weights are large enough steps (./prepare, strictWeights) that
  // one more Core point outweighs every Enhanced and Specialist point there is, and so on down.
  const exact = await solveExact(model, {
    ...limits,
    mipRelGap: options.mipRelGap,
    text: model.text(problem.weights),
    start: model.encode(best),
  });
  consider(exact.solution ? normalise(problem, exact.solution) : null);
  const gap = exact.bound !== null ? relativeGap(exact.bound, valueOf(problem, best)) : null;
  if (exact.status !== "optimal" || !complete)
    return writePlan(
      problem,
      best,
      { method: "heuristic", optimalityGap: gap, optimalityNote: "limit" },
      work,
    );
  best = await cheapest(problem, model, best, limits, options.mipRelGap);
  return writePlan(problem, best, exactVerdict(gap ?? 0), work);
}

/**
 * The same points per tier for less money, if HiGHS finds it within its work limit; otherwise the plan
 * as it was. Skipped when what is left of the budget would not buy one more place or session.
 */
async function cheapest(
  problem: Problem,
  model: LpModel,
  plan: Solution,
  limits: WorkLimits,
  mipRelGap: number,
) {
  const left = problem.budget - costOf(problem, plan);
  const cheapestBooking = Math.min(...problem.courses.filter((c) => c.usable).map((c) => c.cost));
  if (left < cheapestBooking) return plan;
  const points = pointsByTier(problem, plan);
  const floors = model.tiers.map((tier) => ({ tier, min: points[tier] - 1e-6 }));
  const result = await solveExact(model, {
    ...limits,
    mipRelGap,
    text: model.cheapestText(floors),
    start: model.encode(plan),
  });
  const found = result.solution ? normalise(problem, result.solution) : null;
  const ok = found && isFeasible(problem, found) && keeps(problem, found, floors);
  return ok && costOf(problem, found) < costOf(problem, plan) ? found : plan;
}

/** The greedy plan alone, synchronously and without HiGHS; its distance from the best is unknown. */
export function planTrainingGreedy(input: PlanInput): Plan {
  const problem = prepare(input);
  const greedy = quickPlan(problem);
  const work = { maxNodes: 0, maxIterations: 0, mipRelGap: 0 };
  return writePlan(problem, greedy, heuristicVerdict(problem, greedy, null, "greedy"), work);
}

function keeps(problem: Problem, s: Solution, floors: Floor[]): boolean {
  const p = pointsByTier(problem, s);
  return floors.every((f) => p[f.tier] >= f.min);
}

function exactVerdict(gap: number): Verdict {
  return { method: "exact", optimalityGap: gap, optimalityNote: "proved" };
}

function heuristicVerdict(
  problem: Problem,
  solution: Solution,
  bound: number | null,
  why: "asked" | "big" | "greedy",
): Verdict {
  if (bound === null) return { method: "heuristic", optimalityGap: null, optimalityNote: why };
  return {
    method: "heuristic",
    optimalityGap: relativeGap(bound, valueOf(problem, solution)),
    optimalityNote: why,
  };
}

/** (bound - value) / bound, never negative; 0 when there is nothing to gain. */
function relativeGap(bound: number, value: number): number {
  return bound <= 0 || bound - value <= 1e-9 * bound ? 0 : (bound - value) / bound;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
