// The planning problem over classes and patterns (./patterns), as a mixed-integer programme in CPLEX
// LP format. Pure: no solver here.
//
//   z[c,p]  integer in [0, n_c]  members of class c who take course list p (binary when n_c = 1)
//   x[k]    integer              sessions of PER_SESSION course k
//   each class:    sum_p z[c,p] = n_c                               (everyone has exactly one list)
//   each session course k: sum_{c, p containing k} z[c,p] <= capacity_k * x[k]
//   budget:        sum z[c,p] * placeCost(p) + sum cost_k * x[k] <= budget
//   sessions:      sum x[k] <= in-school sessions
//   places:        sum_{c, p containing k} z[c,p] <= places_k (a PER_PLACE course with limited places)
// Hours hold by construction (every list fits). The objective is the weighted points closed; floors
// keep a tier's points. Choosing whole lists makes the linear relaxation far tighter than choosing
// courses one by one (a member cannot half-take two overlapping courses and count both).
import type { Floor, LpModel } from "./model";
import type { Problem } from "./prepare";
import type { PlanClass } from "./patterns";
import type { Cohort, Solution } from "./solution";
import type { Tier, TierWeights } from "./types";
import { expr as lpExpr, names, type Term } from "./lp-text";

const expr = (terms: Term[]) => lpExpr(terms, "0 zero");

export function buildPatternModel(problem: Problem, classes: PlanClass[]): LpModel {
  const z = (c: number, p: number) => `z${c}_${p}`;
  const x = (k: number) => `x${k}`;
  const rows: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];
  const generals: string[] = [];
  const budget: Term[] = [];
  const takers: Term[][] = problem.courses.map(() => []);
  const classOf = new Map<number, number>();
  classes.forEach((cl, c) => {
    cl.units.forEach((u) => classOf.set(u, c));
    const conv: Term[] = [];
    cl.patterns.forEach((p, i) => {
      const name = z(c, i);
      conv.push({ coef: 1, name });
      if (cl.count === 1) binaries.push(name);
      else {
        generals.push(name);
        bounds.push(` 0 <= ${name} <= ${cl.count}`);
      }
      if (p.placeCost > 0) budget.push({ coef: p.placeCost, name });
      for (const k of p.courses)
        if (problem.courses[k]!.session || Number.isFinite(problem.courses[k]!.places))
          takers[k]!.push({ coef: 1, name });
    });
    rows.push(` conv${c}: ${expr(conv)} = ${cl.count}`);
  });
  const sessionTerms: Term[] = [];
  problem.courses.forEach((course, k) => {
    if (takers[k]!.length === 0) return;
    if (!course.session) {
      rows.push(` places${k}: ${expr(takers[k]!)} <= ${course.places}`);
      return;
    }
    const most = Math.min(problem.sessionsLimit, Math.floor(problem.budget / Math.max(course.cost, 1)));
    generals.push(x(k));
    bounds.push(` 0 <= ${x(k)} <= ${most}`);
    rows.push(` cap${k}: ${expr([...takers[k]!, { coef: -course.capacity, name: x(k) }])} <= 0`);
    budget.push({ coef: course.cost, name: x(k) });
    sessionTerms.push({ coef: 1, name: x(k) });
  });
  if (budget.length > 0) rows.push(` budget: ${expr(budget)} <= ${problem.budget}`);
  if (sessionTerms.length > 0) rows.push(` sessions: ${expr(sessionTerms)} <= ${problem.sessionsLimit}`);

  const columns = binaries.length + generals.length;
  const valueOf = (weights: TierWeights): Term[] =>
    classes.flatMap((cl, c) =>
      cl.patterns
        .map((p, i) => ({
          coef: weights[1] * p.points[1] + weights[2] * p.points[2] + weights[3] * p.points[3],
          name: z(c, i),
        }))
        .filter((t) => t.coef > 0),
    );
  const tierTerms = (tier: Tier): Term[] =>
    classes.flatMap((cl, c) =>
      cl.patterns.map((p, i) => ({ coef: p.points[tier], name: z(c, i) })).filter((t) => t.coef > 0),
    );
  const tiers = ([1, 2, 3] as Tier[]).filter((t) => tierTerms(t).length > 0);
  const floorRows = (floors: Floor[]) =>
    floors.map((f, i) => ` floor${i}: ${expr(tierTerms(f.tier))} >= ${f.min}`);
  const body = (sense: string, goal: Term[], floors: Floor[], integral: boolean) =>
    [
      sense,
      ` obj: ${expr(goal)}`,
      "Subject To",
      ...rows,
      ...floorRows(floors),
      "Bounds",
      ...bounds,
      ...(integral ? [] : binaries.map((b) => ` 0 <= ${b} <= 1`)),
      ...(integral && generals.length > 0 ? ["Generals", ...names(generals)] : []),
      ...(integral && binaries.length > 0 ? ["Binaries", ...names(binaries)] : []),
      "End",
    ].join("\n");

  const decode = (value: (name: string) => number): Solution => {
    const cohorts: Cohort[][] = problem.units.map((u) => [{ size: u.count, courses: [] }]);
    classes.forEach((cl, c) => {
      const takes = cl.patterns.map((p, i) => ({ courses: p.courses, left: Math.round(value(z(c, i))) }));
      for (const u of cl.units) {
        let room = problem.units[u]!.count;
        const mine: Cohort[] = [];
        for (const t of takes) {
          const n = Math.min(room, t.left);
          if (n <= 0) continue;
          mine.push({ size: n, courses: t.courses });
          t.left -= n;
          room -= n;
        }
        if (room > 0) mine.push({ size: room, courses: [] });
        cohorts[u] = mine;
      }
    });
    return { cohorts };
  };

  const encode = (solution: Solution): Map<string, number> | null => {
    const values = new Map<string, number>();
    const seats = problem.courses.map(() => 0);
    for (const [c, cl] of classes.entries()) {
      const index = new Map(cl.patterns.map((p, i) => [p.courses.join(","), i]));
      cl.patterns.forEach((_, i) => values.set(z(c, i), 0));
      for (const u of cl.units)
        for (const co of solution.cohorts[u]!) {
          if (co.size === 0) continue;
          const i = index.get([...co.courses].sort((a, b) => a - b).join(","));
          if (i === undefined) return null;
          values.set(z(c, i), values.get(z(c, i))! + co.size);
          for (const k of co.courses) seats[k]! += co.size;
        }
    }
    problem.courses.forEach((course, k) => {
      if (takers[k]!.length > 0) values.set(x(k), Math.ceil(seats[k]! / course.capacity));
    });
    return values;
  };

  const shares = (value: (name: string) => number) => (u: number, k: number) => {
    const c = classOf.get(u);
    if (c === undefined) return 0;
    const cl = classes[c]!;
    let total = 0;
    cl.patterns.forEach((p, i) => {
      if (p.courses.includes(k)) total += value(z(c, i));
    });
    return total / cl.count;
  };

  return {
    text: (weights, floors = []) => body("Maximize", valueOf(weights), floors, true),
    relaxedText: (weights, floors = []) => body("Maximize", valueOf(weights), floors, false),
    cheapestText: (floors) => body("Minimize", budget, floors, true),
    columns,
    empty: valueOf(problem.weights).length === 0,
    tiers,
    decode,
    encode,
    shares,
  };
}
