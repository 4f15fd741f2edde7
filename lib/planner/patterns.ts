// The course lists ("patterns") worth considering for each class of interchangeable people. Pure.
//
// People with exactly the same gaps (and, as everyone, the same hours limit) are interchangeable: a
// plan may swap any two of them without changing anything. They form one class with a count, so the
// solver never explores mirror-image plans. For a class we list every course set that fits the hours
// and in which each course closes something the others do not; then, among sets using the same
// in-school (session) courses, we keep only those no cheaper set matches in value (the rest can always
// be swapped for a better one at no extra cost, so the optimum is never lost).
import { EPS, marginalValue, memberValue, type Problem, type Unit } from "./prepare";
import type { Solution } from "./solution";
import type { Tier } from "./types";

export type Pattern = {
  courses: number[];
  /** PER_PLACE spend per member */
  placeCost: number;
  /** weighted value per member, with the problem's weights */
  value: number;
  /** points per member by tier */
  points: Record<Tier, number>;
};

export type PlanClass = {
  /** indices into problem.units of the members' units, ascending */
  units: number[];
  count: number;
  patterns: Pattern[];
};

/** Sets visited per class at most; beyond it the list is cut short and the plan cannot claim to be proved. */
export const MAX_VISITS = 20_000;
/** Sets visited over all classes at most (long hours limits make many lists): beyond it, no pattern model. */
export const MAX_TOTAL_VISITS = 400_000;

/** null when the lists would be too many to build (see MAX_TOTAL_VISITS): the caller plans without them. */
export function buildClasses(
  problem: Problem,
  keep?: Solution,
): { classes: PlanClass[]; complete: boolean } | null {
  const byKey = new Map<string, PlanClass>();
  problem.units.forEach((unit, u) => {
    if (unit.useful.length === 0) return;
    const key = JSON.stringify(unit.needs.map((n) => [n.code, n.gap]));
    const c = byKey.get(key);
    if (c) {
      c.units.push(u);
      c.count += unit.count;
    } else byKey.set(key, { units: [u], count: unit.count, patterns: [] });
  });
  let complete = true;
  let visits = 0;
  const classes = [...byKey.values()];
  for (const c of classes) {
    const unit = problem.units[c.units[0]!]!;
    const sets = enumerate(problem, unit);
    if (sets.truncated) complete = false;
    visits += sets.lists.length;
    if (visits > MAX_TOTAL_VISITS) return null;
    // Sets a known plan uses are always offered, so it can seed the solver.
    const known = keep ? c.units.flatMap((u) => keep.cohorts[u]!.map((co) => co.courses)) : [];
    c.patterns = frontier(problem, unit, sets.lists, known);
  }
  return { classes, complete };
}

function enumerate(problem: Problem, unit: Unit): { lists: number[][]; truncated: boolean } {
  const lists: number[][] = [];
  let visits = 0;
  const walk = (from: number, chosen: number[], hours: number) => {
    lists.push(chosen);
    for (let i = from; i < unit.useful.length; i++) {
      if (visits >= MAX_VISITS) return;
      const k = unit.useful[i]!;
      const h = hours + problem.courses[k]!.hours;
      if (h > problem.hoursLimit + EPS || marginalValue(unit, chosen, k) <= 0) continue;
      visits += 1;
      walk(i + 1, [...chosen, k], h);
    }
  };
  walk(0, [], 0);
  return { lists, truncated: visits >= MAX_VISITS };
}

function patternOf(problem: Problem, unit: Unit, list: number[]): Pattern {
  const courses = [...list].sort((a, b) => a - b);
  const points: Record<Tier, number> = { 1: 0, 2: 0, 3: 0 };
  for (const need of unit.needs) {
    let best = 0;
    for (const k of courses) best = Math.max(best, need.closedBy.get(k) ?? 0);
    points[need.tier] += best;
  }
  return {
    courses,
    placeCost: courses.reduce((s, k) => s + (problem.courses[k]!.session ? 0 : problem.courses[k]!.cost), 0),
    value: memberValue(unit, courses),
    points,
  };
}

function frontier(problem: Problem, unit: Unit, lists: number[][], known: number[][]): Pattern[] {
  const groups = new Map<string, Pattern[]>();
  for (const list of lists) {
    const pattern = patternOf(problem, unit, list);
    const sessions = pattern.courses.filter((k) => problem.courses[k]!.session).join(",");
    groups.set(sessions, [...(groups.get(sessions) ?? []), pattern]);
  }
  const kept: Pattern[] = [];
  for (const key of [...groups.keys()].sort()) {
    const list = groups
      .get(key)!
      .sort(
        (a, b) =>
          a.placeCost - b.placeCost ||
          b.value - a.value ||
          a.courses.length - b.courses.length ||
          cmp(a.courses, b.courses),
      );
    let best = -Infinity;
    for (const p of list) {
      // The empty set is always kept: it is how a member goes untrained.
      if (p.value > best + 1e-9 || p.courses.length === 0) {
        kept.push(p);
        best = Math.max(best, p.value);
      }
    }
  }
  const ids = new Set(kept.map((p) => p.courses.join(",")));
  for (const list of known) {
    const pattern = patternOf(problem, unit, list);
    const id = pattern.courses.join(",");
    if (!ids.has(id)) {
      ids.add(id);
      kept.push(pattern);
    }
  }
  return kept;
}

function cmp(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
