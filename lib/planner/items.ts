// Turns "who takes what" into bookings per course and term, each with what it closes and why.
// Pure: no database, no clock.
import { compareCodes } from "../gaps/gap";
import { bestClosed, type Problem } from "./prepare";
import type { Solution } from "./solution";
import type { GapClose, PlanItem, Term } from "./types";
import { explain } from "./why";

/** Some members of cohort g of unit u, with that cohort's whole course list. */
type Seat = { u: number; g: number; members: number; courses: number[] };

/** For each cohort and need, the one course credited with closing it: the first reaching the best level. */
function creditedCourse(problem: Problem, solution: Solution): Map<string, number> {
  const credit = new Map<string, number>();
  solution.cohorts.forEach((cs, u) =>
    cs.forEach((c, g) =>
      problem.units[u]!.needs.forEach((need, n) => {
        const best = bestClosed(need, c.courses);
        const k = c.courses.find((x) => best > 0 && need.closedBy.get(x) === best);
        if (k !== undefined) credit.set(`${u}/${g}/${n}`, k);
      }),
    ),
  );
  return credit;
}

/**
 * Courses are placed Core first (then by id) into the term with the fewest person-hours so far,
 * earliest term on ties; each session of a PER_SESSION course is placed separately, so several
 * sessions spread across the year.
 */
export function buildItems(problem: Problem, solution: Solution): PlanItem[] {
  const credit = creditedCourse(problem, solution);
  const load = new Map<Term, number>(problem.terms.map((t) => [t, 0]));
  const leastLoaded = () => problem.terms.reduce((best, t) => (load.get(t)! < load.get(best)! ? t : best));
  const order = problem.courses
    .map((_, k) => k)
    .sort((a, b) => problem.courses[a]!.tier - problem.courses[b]!.tier || a - b);
  const items: PlanItem[] = [];

  for (const k of order) {
    const course = problem.courses[k]!;
    const seats: Seat[] = [];
    solution.cohorts.forEach((cs, u) =>
      cs.forEach((c, g) => {
        if (c.size > 0 && c.courses.includes(k)) seats.push({ u, g, members: c.size, courses: c.courses });
      }),
    );
    if (seats.length === 0) continue;
    const groups = course.session ? splitIntoSessions(seats, course.capacity) : [seats];
    const byTerm = new Map<Term, { seats: Seat[]; sessions: number }>();
    // A trust offer runs on its own dates: its one term, counted in that term's load.
    for (const group of groups) {
      const term = course.term ?? leastLoaded();
      const people = group.reduce((s, x) => s + x.members, 0);
      load.set(term, load.get(term)! + people * course.hours);
      const entry = byTerm.get(term) ?? { seats: [], sessions: 0 };
      entry.seats.push(...group);
      entry.sessions += 1;
      byTerm.set(term, entry);
    }
    for (const [term, entry] of byTerm)
      items.push(item(problem, k, term, entry.seats, course.session ? entry.sessions : null, credit));
  }
  const termIndex = (t: Term) => problem.terms.indexOf(t);
  return items.sort((a, b) => termIndex(a.term) - termIndex(b.term) || compareCodes(a.courseId, b.courseId));
}

/** Fills sessions one after another, splitting a cohort across two sessions where needed. */
function splitIntoSessions(seats: Seat[], capacity: number): Seat[][] {
  const sessions: Seat[][] = [[]];
  let free = capacity;
  for (const seat of seats) {
    let left = seat.members;
    while (left > 0) {
      if (free === 0) {
        sessions.push([]);
        free = capacity;
      }
      const take = Math.min(left, free);
      sessions[sessions.length - 1]!.push({ ...seat, members: take });
      left -= take;
      free -= take;
    }
  }
  return sessions;
}

function item(
  problem: Problem,
  k: number,
  term: Term,
  seats: Seat[],
  sessions: number | null,
  credit: Map<string, number>,
): PlanItem {
  const course = problem.courses[k]!;
  const people = seats.reduce((s, x) => s + x.members, 0);
  const costPence = sessions === null ? people * course.cost : sessions * course.cost;
  const attendees = new Map<string, number>();
  const closes = new Map<string, GapClose>();
  const byTier = new Map<number, number>();
  const unneeded = new Set<string>();
  let valueClosed = 0;
  for (const { u, g, members, courses } of seats) {
    const unit = problem.units[u]!;
    attendees.set(unit.id, (attendees.get(unit.id) ?? 0) + members);
    unit.needs.forEach((need, n) => {
      if (credit.get(`${u}/${g}/${n}`) !== k) return;
      const points = members * bestClosed(need, courses);
      const key = `${unit.id}\u0000${need.code}`;
      const entry = closes.get(key) ?? { unitId: unit.id, competencyCode: need.code, points: 0 };
      entry.points += points;
      closes.set(key, entry);
      byTier.set(need.tier, (byTier.get(need.tier) ?? 0) + points);
      valueClosed += points * need.weight;
    });
    for (const code of course.levels.keys())
      if (!unit.needs.some((n) => n.code === code && n.closedBy.has(k))) unneeded.add(code);
  }
  const closeList = [...closes.values()].sort(
    (a, b) => compareCodes(a.unitId, b.unitId) || compareCodes(a.competencyCode, b.competencyCode),
  );
  const pointsClosed = closeList.reduce((s, c) => s + c.points, 0);
  return {
    courseId: course.id,
    term,
    sessions,
    attendees: [...attendees]
      .map(([unitId, count]) => ({ unitId, count }))
      .sort((a, b) => compareCodes(a.unitId, b.unitId)),
    people,
    costPence,
    hours: course.hours,
    personHours: people * course.hours,
    closes: closeList,
    pointsClosed,
    valueClosed,
    costPerGapPoint: pointsClosed > 0 ? costPence / pointsClosed : null,
    why: explain({
      course,
      people,
      sessions,
      costPence,
      pointsClosed,
      byTier,
      codes: [...new Set(closeList.map((c) => c.competencyCode))].sort(compareCodes),
      unneeded: [...unneeded].sort(compareCodes),
    }),
  };
}
