// The deterministic greedy fallback: repeatedly buy whatever closes the most weighted gap per pound.
// Pure: no database, no clock. Used when HiGHS times out, fails, or the model is too big, as
// HiGHS's starting solution, and to complete a rounded LP solution (`start`, which must be feasible).
import { EPS, hoursOf, marginalValue, type Problem } from "./prepare";
import { attendance, costOf, sessionsNeeded, type Cohort, type Solution } from "./solution";

/** Adding course k to cohort g of unit u, worth `marginal` weighted points per member. */
type Candidate = { u: number; g: number; k: number; marginal: number };

/** A move: seats for some cohorts on course k, paid as places, as a new session, or free (seats already paid). */
type Move = {
  kind: 0 | 1 | 2;
  k: number;
  seats: { c: Candidate; members: number }[];
  value: number;
  cost: number;
};
const FREE_SEAT = 0;
const PLACE = 1;
const SESSION = 2;

/**
 * Moves are ranked by value per penny (free seats in already-booked sessions first), then by value,
 * then kind, course, unit and cohort index, so the same input always gives the same plan. A place
 * move takes every member of the cohort the budget allows at once: after the first member the next
 * has the same ratio and nothing else has changed, so this is the same as buying them one by one.
 */
export function greedySolve(problem: Problem, start?: Solution): Solution {
  const { units, courses } = problem;
  const cohorts: Cohort[][] = start
    ? start.cohorts.map((cs) => cs.map((c) => ({ size: c.size, courses: [...c.courses] })))
    : units.map((u) => [{ size: u.count, courses: [] }]);
  const candidates: Candidate[][] = units.map(() => []);
  const attendees = start ? attendance(problem, start) : courses.map(() => 0);
  const sessions = sessionsNeeded(problem, attendees);
  let budget = problem.budget - (start ? costOf(problem, start) : 0);
  let sessionsUsed = sessions.reduce((a, b) => a + b, 0);

  const refresh = (u: number) => {
    const unit = units[u]!;
    const list: Candidate[] = [];
    cohorts[u]!.forEach((cohort, g) => {
      if (cohort.size === 0) return;
      const hours = hoursOf(problem, cohort.courses);
      for (const k of unit.useful) {
        if (cohort.courses.includes(k) || hours + courses[k]!.hours > problem.hoursLimit + EPS) continue;
        const marginal = marginalValue(unit, cohort.courses, k);
        if (marginal > 0) list.push({ u, g, k, marginal });
      }
    });
    candidates[u] = list;
  };
  units.forEach((_, u) => refresh(u));

  for (;;) {
    const move = bestMove();
    if (!move) break;
    budget -= move.cost;
    if (move.kind === SESSION) {
      sessions[move.k]! += 1;
      sessionsUsed += 1;
    }
    const touched = new Set<number>();
    for (const { c, members } of move.seats) {
      const cohort = cohorts[c.u]![c.g]!;
      const courseList = [...cohort.courses, move.k].sort((a, b) => a - b);
      if (members === cohort.size) cohort.courses = courseList;
      else {
        cohort.size -= members;
        cohorts[c.u]!.push({ size: members, courses: courseList });
      }
      attendees[move.k]! += members;
      touched.add(c.u);
    }
    touched.forEach(refresh);
  }
  return { cohorts: cohorts.map((cs) => cs.filter((c) => c.size > 0)) };

  function bestMove(): Move | null {
    let best: Move | null = null;
    const consider = (m: Move) => {
      if (m.value > 0 && (!best || better(m, best))) best = m;
    };
    // Free seats in sessions already booked.
    for (const [k, course] of courses.entries()) {
      const free = course.session ? sessions[k]! * course.capacity - attendees[k]! : 0;
      if (free > 0) consider(fill(k, FREE_SEAT, free, 0));
    }
    if (best) return best;
    for (const list of candidates) {
      for (const c of list) {
        const course = courses[c.k]!;
        const placesLeft = course.places - attendees[c.k]!;
        if (course.session || course.cost > budget || placesLeft < 1) continue;
        const members = Math.min(
          cohorts[c.u]![c.g]!.size,
          course.cost === 0 ? Infinity : Math.floor(budget / course.cost),
          placesLeft,
        );
        consider({
          kind: PLACE,
          k: c.k,
          seats: [{ c, members }],
          value: c.marginal * members,
          cost: course.cost * members,
        });
      }
    }
    if (sessionsUsed < problem.sessionsLimit) {
      for (const [k, course] of courses.entries()) {
        if (course.session && course.cost <= budget) consider(fill(k, SESSION, course.capacity, course.cost));
      }
    }
    return best;
  }

  /** Fills up to `seats` seats on course k with the cohorts that gain most from it. */
  function fill(k: number, kind: 0 | 2, seats: number, cost: number): Move {
    const pool = candidates.flatMap((list) => list.filter((c) => c.k === k));
    pool.sort((a, b) => b.marginal - a.marginal || a.u - b.u || a.g - b.g);
    const taken: Move["seats"] = [];
    let left = seats;
    let value = 0;
    for (const c of pool) {
      if (left === 0) break;
      const members = Math.min(left, cohorts[c.u]![c.g]!.size);
      taken.push({ c, members });
      value += c.marginal * members;
      left -= members;
    }
    return { kind, k, seats: taken, value, cost };
  }
}

function better(a: Move, b: Move): boolean {
  const ra = a.cost === 0 ? Infinity : a.value / a.cost;
  const rb = b.cost === 0 ? Infinity : b.value / b.cost;
  if (ra !== rb) return ra > rb;
  if (a.value !== b.value) return a.value > b.value;
  if (a.kind !== b.kind) return a.kind < b.kind;
  if (a.k !== b.k) return a.k < b.k;
  const sa = a.seats[0]!.c;
  const sb = b.seats[0]!.c;
  return sa.u !== sb.u ? sa.u < sb.u : sa.g < sb.g;
}
