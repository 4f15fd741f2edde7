// What a plan leaves undone, and why. Pure: no database, no clock.
import { compareCodes } from "../gaps/gap";
import { EPS, bestClosed, hoursOf, type Problem } from "./prepare";
import type { Solution } from "./solution";
import type { Need as NeedTotal, UnmetNeed, UnmetReason } from "./types";

export function needBefore(problem: Problem): NeedTotal {
  let points = 0;
  let weighted = 0;
  for (const unit of problem.units) {
    for (const need of unit.needs) {
      points += unit.count * need.gap;
      weighted += unit.count * need.gap * need.weight;
    }
  }
  return { points, weighted };
}

export function needRemaining(problem: Problem, solution: Solution): NeedTotal {
  let points = 0;
  let weighted = 0;
  solution.cohorts.forEach((cs, u) => {
    for (const c of cs) {
      for (const need of problem.units[u]!.needs) {
        const left = need.gap - bestClosed(need, c.courses);
        points += c.size * left;
        weighted += c.size * left * need.weight;
      }
    }
  });
  return { points, weighted };
}

/**
 * Every (unit, competency) still with a gap, with the reason:
 * - "no-course": no course in the catalogue reaches a level that would close any more of it;
 * - "no-time":   such courses exist, but none fits in the hours these members have left;
 * - "no-money":  one would fit their time, but the budget (or the in-school session limit) went
 *                on needs that were worth more per pound.
 */
export function unmetNeeds(problem: Problem, solution: Solution): UnmetNeed[] {
  const tally = new Map<string, UnmetNeed>();
  solution.cohorts.forEach((cs, u) => {
    const unit = problem.units[u]!;
    for (const c of cs) {
      if (c.size === 0) continue;
      const hoursLeft = problem.hoursLimit - hoursOf(problem, c.courses);
      for (const need of unit.needs) {
        const best = bestClosed(need, c.courses);
        if (best >= need.gap) continue;
        const better = [...need.closedBy]
          .filter(([k, p]) => p > best && !c.courses.includes(k))
          .map(([k]) => k);
        const reason: UnmetReason =
          better.length === 0
            ? "no-course"
            : better.every((k) => problem.courses[k]!.hours > hoursLeft + EPS)
              ? "no-time"
              : "no-money";
        const key = `${unit.id}\u0000${need.code}\u0000${reason}`;
        const entry = tally.get(key) ?? {
          unitId: unit.id,
          competencyCode: need.code,
          people: 0,
          points: 0,
          reason,
        };
        entry.people += c.size;
        entry.points += c.size * (need.gap - best);
        tally.set(key, entry);
      }
    }
  });
  return [...tally.values()].sort(
    (a, b) =>
      compareCodes(a.unitId, b.unitId) ||
      compareCodes(a.competencyCode, b.competencyCode) ||
      compareCodes(a.reason, b.reason),
  );
}
