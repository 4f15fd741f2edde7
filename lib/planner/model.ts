// Writes the planning problem as a mixed-integer programme in CPLEX LP format. Pure: no solver here.
//
// THE MODEL. Units u (a person, or `n_u` people with identical gaps), usable courses k, and the
// needs (u, c) with gap g. A course at level L closes p(u,c,k) = min(g, max(0, L - (target - g)))
// points; a member's closed amount on c is the best p among their courses, never the sum.
//
// Members of a unit are split into m_u = min(n_u, 3) cohorts; each cohort's members take exactly the
// same courses. This is exact for units of one person (every NAMED round), and for a bucket it finds
// the best plan in which its members follow at most three different course lists ("all of them
// take A", "some also take B", "the rest take nothing" is the usual shape).
// Courses offered to a unit (prepare.ts): within the hours limit and the whole budget, closing at
// least one of its gaps, and not beaten outright by another PER_PLACE course for it.
//   y[u,g,k]  binary   cohort g of unit u takes course k
//   s[u,g]    integer  cohort size, sum_g s = n_u, s[u,1] >= s[u,2] >= ... (breaks symmetry);
//                      for m_u = 1 it is the constant n_u and not a column
//   a[u,g,k]  >= 0     attendees = s*y, linearised: a <= n_u*y, a <= s, a >= s - n_u*(1 - y)
//   w[u,g,c,j]         members of the cohort whose best closed amount on c reaches the j-th distinct
//                      amount t_j any course offers: w <= s and w <= n_u * sum_{k: p >= t_j} y[u,g,k]
//                      (for m_u = 1, w is scaled to [0, 1]); it closes (t_j - t_{j-1}) points of tier c,
//                      so the levels telescope to the best closed amount: the max, not a sum.
//   x[k]      integer  sessions of a PER_SESSION course: attendees(k) <= capacity_k * x[k]
// Limits, all sound for every single member because every member of a cohort takes the same list:
//   hours:    sum_k hours_k * y[u,g,k] <= hours limit, per cohort
//   budget:   sum_{PER_PLACE k} cost_k * attendees(k) + sum_{PER_SESSION k} cost_k * x[k] <= budget
//   sessions: sum_k x[k] <= in-school sessions
//   places:   attendees(k) <= places_k, for a PER_PLACE course with limited places (a trust offer)
// Objective: the points closed, weighted by tier, with optional floors on each tier's points (the
// lexicographic stages in ./index maximise one tier at a time, keeping the tiers before it); a last
// solve minimises the spend among plans keeping every floor (so an in-school session wins over
// dearer places even when money is not tight).
import type { Problem } from "./prepare";
import type { Tier, TierWeights } from "./types";
import type { Solution } from "./solution";
import { expr, names, term, type Term } from "./lp-text";

export const MAX_COHORTS = 3;

/** One step of a need: `points` more closed for each member reaching it, on a competency of `tier`. */
type Threshold = { points: number; tier: Tier; courses: number[] };

/** A tier's points closed must stay at least `min` (lexicographic stages fix earlier tiers this way). */
export type Floor = { tier: Tier; min: number };

export type LpModel = {
  /** maximise the points closed, weighted by tier, keeping each floor */
  text: (weights: TierWeights, floors?: Floor[]) => string;
  /** the same model without integrality: its optimum bounds every plan's value */
  relaxedText: (weights: TierWeights, floors?: Floor[]) => string;
  /** minimise spend among plans keeping every floor */
  cheapestText: (floors: Floor[]) => string;
  columns: number;
  /** true when no column carries value: nothing to optimise */
  empty: boolean;
  /** tiers some booking can close points on, ascending */
  tiers: Tier[];
  /** solution values by column name -> who takes what */
  decode: (value: (name: string) => number) => Solution;
  /** a known plan as column values, to seed HiGHS */
  encode: (solution: Solution) => Map<string, number> | null;
  /** from (relaxed) column values: the share of unit u's members on course k */
  shares: (value: (name: string) => number) => (u: number, k: number) => number;
};

/** Distinct closing amounts for one need, smallest first, and the courses reaching each. */
function thresholds(problem: Problem, u: number, n: number): Threshold[] {
  const unit = problem.units[u]!;
  const need = unit.needs[n]!;
  const offers = unit.useful
    .filter((k) => need.closedBy.has(k))
    .map((k) => ({ k, p: need.closedBy.get(k)! }));
  const amounts = [...new Set(offers.map((o) => o.p))].sort((a, b) => a - b);
  return amounts
    .map((t, j) => ({
      points: t - (j === 0 ? 0 : amounts[j - 1]!),
      tier: need.tier,
      courses: offers.filter((o) => o.p >= t).map((o) => o.k),
    }))
    .filter((t) => t.points > 0);
}

export function buildModel(problem: Problem): LpModel {
  const { units, courses } = problem;
  /** every w column with the points it closes per unit and its tier */
  const valueTerms: (Term & { tier: Tier })[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];
  const generals: string[] = [];
  let columns = 0;
  const attendees: Term[][] = courses.map(() => []);
  const cohortsOf = units.map((u) => (u.useful.length === 0 ? 0 : Math.min(u.count, MAX_COHORTS)));
  const levels = units.map((_, u) => units[u]!.needs.map((__, n) => thresholds(problem, u, n)));
  const row = (lhs: Term[], rel: string) => rows.push(` r${rows.length}: ${expr(lhs)} ${rel}`);
  const y = (u: number, g: number, k: number) => `y${u}_${g}_${k}`;
  const s = (u: number, g: number) => `s${u}_${g}`;
  const a = (u: number, g: number, k: number) => `a${u}_${g}_${k}`;
  const w = (u: number, g: number, n: number, j: number) => `w${u}_${g}_${n}_${j}`;
  const x = (k: number) => `x${k}`;

  units.forEach((unit, u) => {
    const m = cohortsOf[u]!;
    const single = m === 1;
    const cap = unit.count;
    for (let g = 0; g < m; g++) {
      for (const k of unit.useful) {
        binaries.push(y(u, g, k));
        columns += single ? 1 : 2;
        if (single) attendees[k]!.push(term(cap, y(u, g, k)));
        else {
          attendees[k]!.push(term(1, a(u, g, k)));
          row([term(1, a(u, g, k)), term(-cap, y(u, g, k))], "<= 0");
          row([term(1, a(u, g, k)), term(-1, s(u, g))], "<= 0");
          row([term(1, a(u, g, k)), term(-1, s(u, g)), term(-cap, y(u, g, k))], `>= -${cap}`);
        }
      }
      const hours = unit.useful.reduce((sum, k) => sum + courses[k]!.hours, 0);
      if (hours > problem.hoursLimit)
        row(
          unit.useful.map((k) => term(courses[k]!.hours, y(u, g, k))),
          `<= ${problem.hoursLimit}`,
        );
      levels[u]!.forEach((ts, n) =>
        ts.forEach((t, j) => {
          const name = w(u, g, n, j);
          columns += 1;
          valueTerms.push({ ...term(single ? t.points * cap : t.points, name), tier: t.tier });
          bounds.push(` 0 <= ${name} <= ${single ? 1 : cap}`);
          if (!single) row([term(1, name), term(-1, s(u, g))], "<= 0");
          row([term(1, name), ...t.courses.map((k) => term(single ? -1 : -cap, y(u, g, k)))], "<= 0");
        }),
      );
    }
    if (m > 1) {
      const sizes = Array.from({ length: m }, (_, g) => s(u, g));
      row(
        sizes.map((name) => term(1, name)),
        `= ${cap}`,
      );
      for (let g = 0; g + 1 < m; g++) row([term(1, s(u, g)), term(-1, s(u, g + 1))], ">= 0");
      sizes.forEach((name) => {
        generals.push(name);
        columns += 1;
        bounds.push(` 0 <= ${name} <= ${cap}`);
      });
    }
  });

  const budget: Term[] = [];
  const sessionTerms: Term[] = [];
  courses.forEach((course, k) => {
    const att = attendees[k]!;
    if (att.length === 0) return;
    if (!course.session) {
      for (const t of att) budget.push(term(t.coef * course.cost, t.name));
      if (Number.isFinite(course.places)) row(att, `<= ${course.places}`);
      return;
    }
    const most = Math.min(problem.sessionsLimit, Math.floor(problem.budget / Math.max(course.cost, 1)));
    generals.push(x(k));
    columns += 1;
    bounds.push(` 0 <= ${x(k)} <= ${most}`);
    row([...att, term(-course.capacity, x(k))], "<= 0");
    budget.push(term(course.cost, x(k)));
    sessionTerms.push(term(1, x(k)));
  });
  if (budget.length > 0) row(budget, `<= ${problem.budget}`);
  if (sessionTerms.length > 0) row(sessionTerms, `<= ${problem.sessionsLimit}`);

  const objective = (weights: TierWeights) =>
    valueTerms.filter((t) => weights[t.tier] > 0).map((t) => term(t.coef * weights[t.tier], t.name));
  const floorRows = (floors: Floor[]) =>
    floors.map(
      (f, i) =>
        ` floor${i}: ${expr(valueTerms.filter((t) => t.tier === f.tier).map((t) => term(t.coef, t.name))) || "0 z"} >= ${f.min}`,
    );
  const sections = (integral: boolean) => [
    "Bounds",
    ...bounds,
    ...(integral ? [] : binaries.map((b) => ` 0 <= ${b} <= 1`)),
    ...(integral && generals.length > 0 ? ["Generals", ...names(generals)] : []),
    ...(integral && binaries.length > 0 ? ["Binaries", ...names(binaries)] : []),
    "End",
  ];
  const body = (sense: string, goal: Term[], floors: Floor[], integral: boolean) =>
    [
      sense,
      ` obj: ${goal.length > 0 ? expr(goal) : "0 z"}`,
      "Subject To",
      ...(rows.length > 0 ? rows : [" r0: 0 z >= 0"]),
      ...floorRows(floors),
      ...sections(integral),
    ].join("\n");
  const text = (weights: TierWeights, floors: Floor[] = []) =>
    body("Maximize", objective(weights), floors, true);
  // The LP relaxation: every whole-number requirement dropped (binaries keep [0, 1]).
  const relaxedText = (weights: TierWeights, floors: Floor[] = []) =>
    body("Maximize", objective(weights), floors, false);
  // Last pass: the cheapest plan that keeps every tier's points (so equal plans never cost more).
  const cheapestText = (floors: Floor[]) => body("Minimize", budget, floors, true);

  const decode = (value: (name: string) => number): Solution => ({
    cohorts: units.map((unit, u) => {
      const m = cohortsOf[u]!;
      if (m === 0) return [{ size: unit.count, courses: [] }];
      return Array.from({ length: m }, (_, g) => ({
        size: m === 1 ? unit.count : Math.round(value(s(u, g))),
        courses: unit.useful.filter((k) => value(y(u, g, k)) > 0.5),
      }));
    }),
  });

  const encode = (solution: Solution): Map<string, number> | null => {
    const values = new Map<string, number>();
    const att = courses.map(() => 0);
    for (const [u, unit] of units.entries()) {
      const m = cohortsOf[u]!;
      const cs = [...solution.cohorts[u]!].filter((c) => c.size > 0).sort((p, q) => q.size - p.size);
      if (m === 0) continue;
      if (cs.length > m) return null;
      while (cs.length < m) cs.push({ size: 0, courses: [] });
      cs.forEach((c, g) => {
        if (m > 1) values.set(s(u, g), c.size);
        for (const k of unit.useful) {
          const on = c.courses.includes(k) ? 1 : 0;
          values.set(y(u, g, k), on);
          if (m > 1) values.set(a(u, g, k), on * c.size);
          att[k]! += on * c.size;
        }
        levels[u]!.forEach((ts, n) =>
          ts.forEach((t, j) => {
            const reached = t.courses.some((k) => c.courses.includes(k));
            values.set(w(u, g, n, j), reached ? (m === 1 ? 1 : c.size) : 0);
          }),
        );
      });
    }
    courses.forEach((course, k) => {
      if (course.session && attendees[k]!.length > 0) values.set(x(k), Math.ceil(att[k]! / course.capacity));
    });
    return values;
  };

  const shares = (value: (name: string) => number) => (u: number, k: number) => {
    const m = cohortsOf[u]!;
    if (m <= 1) return m === 0 ? 0 : value(y(u, 0, k));
    let total = 0;
    for (let g = 0; g < m; g++) total += value(a(u, g, k));
    return total / units[u]!.count;
  };

  const tiers = ([1, 2, 3] as Tier[]).filter((tier) => valueTerms.some((t) => t.tier === tier));
  return {
    text,
    relaxedText,
    cheapestText,
    columns,
    empty: valueTerms.length === 0,
    tiers,
    decode,
    encode,
    shares,
  };
}
