// Integer programs for the adversary (./adversary): CPLEX LP text, solved by HiGHS. Test-only.
import highsLoader from "highs";

/** A linear expression as (variable, coefficient) terms; a variable may repeat. */
export type Expr = [string, number][];
export type Constraint = { label: string; expr: Expr; op: "=" | "<=" | ">="; rhs: number };
/** Every variable is a non-negative integer; `binaries` are 0/1. */
export type Lp = { constraints: Constraint[]; binaries: string[] };

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let loading: Promise<Highs> | null = null;
const loadHighs = () => (loading ??= highsLoader());

function combine(expr: Expr): Map<string, number> {
  const terms = new Map<string, number>();
  for (const [v, c] of expr) terms.set(v, (terms.get(v) ?? 0) + c);
  for (const [v, c] of terms) if (c === 0) terms.delete(v);
  return terms;
}

function line(terms: Map<string, number>): string {
  const parts = [...terms].map(([v, c]) => `${c < 0 ? "-" : "+"} ${Math.abs(c)} ${v}`);
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 8) lines.push(parts.slice(i, i + 8).join(" "));
  return lines.join("\n   ");
}

/** The constraints and declarations, written once per program: only the objective changes between solves. */
const bodies = new WeakMap<Lp, { body: string; vars: Set<string> }>();
function bodyOf(lp: Lp) {
  const known = bodies.get(lp);
  if (known) return known;
  const vars = new Set<string>();
  const rows: string[] = [];
  lp.constraints.forEach((c, i) => {
    const terms = combine(c.expr);
    if (terms.size === 0) return; // constant rows are checked against the truth instead
    for (const v of terms.keys()) vars.add(v);
    rows.push(` r${i}: ${line(terms)} ${c.op} ${c.rhs}`);
  });
  const binaries = lp.binaries.filter((b) => vars.has(b));
  const general = [...vars].filter((v) => !lp.binaries.includes(v));
  const body = [
    "Subject To",
    ...rows,
    ...(binaries.length > 0 ? ["Binary", ` ${binaries.join(" ")}`] : []),
    "General",
    ` ${general.join(" ")}`,
    "End",
    "",
  ].join("\n");
  const written = { body, vars };
  bodies.set(lp, written);
  return written;
}

function lpText(lp: Lp, sense: "Maximize" | "Minimize", objective: Map<string, number>): string {
  const { body, vars } = bodyOf(lp);
  // An objective variable in no constraint would be unbounded above: it never happens for a count.
  for (const v of objective.keys()) if (!vars.has(v)) throw new Error(`adversary: ${v} is in no constraint`);
  return `${sense}\n obj: ${line(objective)}\n${body}`;
}

/** Time spent inside HiGHS, for the test's report. */
export const solverTime = { ms: 0, slowest: 0 };

export type Range = { min: number; max: number; solves: number };

/** The least and greatest integer value of `expr` over every solution of `lp` (proved optimal). */
export async function solveRange(lp: Lp, expr: Expr): Promise<Range> {
  const objective = combine(expr);
  if (objective.size === 0) return { min: 0, max: 0, solves: 0 };
  const highs = await loadHighs();
  const solve = (sense: "Maximize" | "Minimize") => {
    const text = lpText(lp, sense, objective);
    const started = performance.now();
    const result = highs.solve(text, { output_flag: false, mip_rel_gap: 0, time_limit: 20 });
    solverTime.ms += performance.now() - started;
    solverTime.slowest = Math.max(solverTime.slowest, performance.now() - started);
    if (result.Status !== "Optimal")
      throw new Error(`adversary: HiGHS ended with "${result.Status}" (${sense})`);
    return Math.round(result.ObjectiveValue);
  };
  return { min: solve("Minimize"), max: solve("Maximize"), solves: 2 };
}

/**
 * The first variable whose column is the same as `v`'s (the same coefficient in every constraint, and
 * both general or both binary). Swapping two such variables maps every solution to a solution, so a
 * single variable's range is its twin's: one solve serves every role of a band at one tier.
 */
const twins = new WeakMap<Lp, Map<string, string>>();
export function twinOf(lp: Lp, v: string): string {
  let first = twins.get(lp);
  if (!first) {
    const columns = new Map<string, string[]>();
    lp.constraints.forEach((c, i) => {
      for (const [name, coef] of combine(c.expr))
        columns.set(name, [...(columns.get(name) ?? []), `${i}:${coef}`]);
    });
    const bySignature = new Map<string, string>();
    first = new Map();
    for (const [name, column] of columns) {
      const signature = `${lp.binaries.includes(name)}|${column.join(",")}`;
      if (!bySignature.has(signature)) bySignature.set(signature, name);
      first.set(name, bySignature.get(signature)!);
    }
    twins.set(lp, first);
  }
  return first.get(v) ?? v;
}

/** Throws with the constraint's label if the true counts break it: the adversary's model would be wrong. */
export function checkTruth(lp: Lp, values: Map<string, number>): void {
  const holds = (c: Constraint, z: Map<string, number>) => {
    const v = c.expr.reduce(
      (s, [name, coef]) => s + coef * (values.get(name) ?? z.get(name) ?? Number.NaN),
      0,
    );
    return c.op === "=" ? v === c.rhs : c.op === "<=" ? v <= c.rhs : v >= c.rhs;
  };
  const choices =
    lp.binaries.length === 0
      ? [new Map<string, number>()]
      : lp.binaries.map((b) => new Map(lp.binaries.map((o) => [o, o === b ? 1 : 0])));
  const broken = choices.map((z) => lp.constraints.filter((c) => !holds(c, z)));
  if (broken.some((b) => b.length === 0)) return;
  throw new Error(
    `adversary model breaks the truth: ${broken.map((b) => b.map((c) => c.label).join(", ")).join(" | ")}`,
  );
}
