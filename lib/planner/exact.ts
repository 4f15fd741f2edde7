// Runs the LP-format model (./model) through HiGHS, compiled to WebAssembly. The only clock involved
// is HiGHS's own time limit. HiGHS is loaded once per process and reused.
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

type Options = {
  timeLimitSeconds: number;
  mipRelGap: number;
  start?: Map<string, number> | null;
  text?: string;
};

/** Solves `options.text` (default: the value-maximising model) and decodes the plan HiGHS found. */
export async function solveExact(model: LpModel, options: Options): Promise<ExactResult> {
  let highs: Highs;
  try {
    highs = await loadHighs();
  } catch (error) {
    return failed(`HiGHS could not be loaded (${String(error)})`);
  }
  let m: Model | null = null;
  try {
    m = highs.createModel({ format: "lp", data: options.text ?? model.text });
    m.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds,
      mip_rel_gap: options.mipRelGap,
      random_seed: 0,
    });
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
      message:
        status === codes.optimal ? "proved optimal by HiGHS" : `HiGHS stopped early (status ${status})`,
    };
  } catch (error) {
    return failed(`HiGHS failed (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    m?.dispose();
  }
}

export type Relaxation = { bound: number; value: (name: string) => number };

/** The LP relaxation: its optimum bounds every plan's value, and its values guide the rounding heuristic. */
export async function solveRelaxation(model: LpModel, timeLimitSeconds: number): Promise<Relaxation | null> {
  let m: Model | null = null;
  try {
    const highs = await loadHighs();
    m = highs.createModel({ format: "lp", data: model.relaxedText });
    m.options.set({ output_flag: false, time_limit: timeLimitSeconds });
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
