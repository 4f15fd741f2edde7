// Runs the LP-format model (./model) through HiGHS, compiled to WebAssembly. HiGHS is limited by
// work (branch-and-bound nodes, simplex iterations), never by time, with a fixed random seed: the
// WebAssembly build is single-threaded, so the same model gives the same answer on any machine at
// any load. HiGHS is loaded once per process (per worker thread) and reused.
import highsLoader, { type Highs, type Model } from "highs";
import type { LpModel } from "./model";
import type { Solution } from "./solution";

let loading: Promise<Highs> | null = null;
/** Loads once; a failed load is forgotten so the next plan tries again. */
const loadHighs = () =>
  (loading ??= highsLoader().catch((error: unknown) => {
    loading = null;
    throw error;
  }));

export type ExactResult = {
  /** optimal: proved within mipRelGap; limit: stopped early with a plan; failed: no plan */
  status: "optimal" | "limit" | "failed";
  solution: Solution | null;
  objective: number | null;
  /** HiGHS's proven upper bound on the best achievable value, when it has one */
  bound: number | null;
  /** HiGHS's relative gap between plan and bound */
  gap: number | null;
  message: string;
};

export type WorkLimits = {
  /** most branch-and-bound nodes per solve */
  maxNodes: number;
  /** most simplex iterations per linear programme solved */
  maxIterations: number;
};

type Options = WorkLimits & {
  mipRelGap: number;
  start?: Map<string, number> | null;
  text: string;
};

/** The same every time: no wall clock, one thread, a fixed seed. */
const deterministic = (limits: WorkLimits) => ({
  output_flag: false,
  random_seed: 0,
  // The pattern model is small and already tight: presolve costs more than it saves (measured: 16 s
  // against 7 s for the 120-person school on a loaded machine).
  presolve: "off" as const,
  // We always hand HiGHS a good plan to start from: its own search heuristics then cost more time
  // than they save (measured on the 120-person school: 6-7 s against 11-24 s, machine heavily loaded).
  mip_heuristic_effort: 0,
  mip_pool_soft_limit: 10,
  mip_max_nodes: limits.maxNodes,
  simplex_iteration_limit: limits.maxIterations,
});

/** Solves `options.text` and decodes the plan HiGHS found. */
export async function solveExact(model: LpModel, options: Options): Promise<ExactResult> {
  let highs: Highs;
  try {
    highs = await loadHighs();
  } catch (error) {
    return failed(`HiGHS could not be loaded (${String(error)})`);
  }
  let m: Model | null = null;
  try {
    m = highs.createModel({ format: "lp", data: options.text });
    m.options.set({ ...deterministic(options), mip_rel_gap: options.mipRelGap });
    const index = columnIndex(m);
    if (options.start) {
      const start = new Float64Array(index.size);
      for (const [name, value] of options.start) {
        const i = index.get(name);
        if (i !== undefined) start[i] = value;
      }
      m.setSolution({ colValue: start });
    }
    m.run();
    const codes = highs.constants.modelStatus;
    const status = m.getModelStatus();
    const hasPlan = Number(m.info.get("primal_solution_status")) === 2;
    const bound = finite(m.info.get("mip_dual_bound"));
    if (!hasPlan) return { ...failed(`HiGHS found no plan (status ${status})`), bound };
    const values = m.getSolution().colValue;
    const solution = model.decode((name) => {
      const i = index.get(name);
      return i === undefined ? 0 : (values[i] ?? 0);
    });
    return {
      status: status === codes.optimal ? "optimal" : "limit",
      solution,
      objective: m.getObjectiveValue(),
      bound,
      gap: finite(m.info.get("mip_gap")),
      message: status === codes.optimal ? "proved optimal" : `stopped at its work limit (status ${status})`,
    };
  } catch (error) {
    return failed(`HiGHS failed (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    m?.dispose();
  }
}

export type Relaxation = { bound: number; value: (name: string) => number };

/** The LP relaxation: its optimum bounds every plan's value, and its values guide the rounding heuristic. */
export async function solveRelaxation(text: string, limits: WorkLimits): Promise<Relaxation | null> {
  let m: Model | null = null;
  try {
    const highs = await loadHighs();
    m = highs.createModel({ format: "lp", data: text });
    m.options.set(deterministic(limits));
    m.run();
    if (m.getModelStatus() !== highs.constants.modelStatus.optimal) return null;
    const index = columnIndex(m);
    const values = m.getSolution().colValue;
    return { bound: m.getObjectiveValue(), value: (name) => values[index.get(name) ?? -1] ?? 0 };
  } catch {
    return null;
  } finally {
    m?.dispose();
  }
}

function columnIndex(m: Model): Map<string, number> {
  const index = new Map<string, number>();
  const { numCols } = m.getDimensions();
  for (let i = 0; i < numCols; i++) index.set(m.getColName(i), i);
  return index;
}

function finite(value: number | bigint): number | null {
  const n = Number(value);
  return Number.isFinite(n) && Math.abs(n) < 1e30 ? n : null;
}

function failed(message: string): ExactResult {
  return { status: "failed", solution: null, objective: null, bound: null, gap: null, message };
}
