// Impact of training between two rounds. Pure: no database, no clock.
import { effectiveK } from "../suppression";

/** One person who submitted in both rounds, with the courses they completed in between. */
export type ImpactPerson = {
  id: string;
  before: Record<string, number>;
  after: Record<string, number>;
  /** Catalogue course ids completed after their earlier answer and on or before their later one. */
  completedBetween: string[];
};

export type ImpactCourse = { id: string; title: string; codes: string[] };

export type ImpactGroup = {
  /** People with at least one of the course's competencies rated in both rounds. */
  people: number;
  /** Mean of each person's mean rating change on those competencies; null when withheld (fewer than k). */
  meanChange: number | null;
  withheld: boolean;
};

export type ImpactRow = { courseId: string; title: string; trained: ImpactGroup; untrained: ImpactGroup };

/** A person's mean (after - before) over the codes rated in both rounds; null when none are. */
export function personChange(p: ImpactPerson, codes: string[]): number | null {
  const deltas = codes
    .filter((c) => typeof p.before[c] === "number" && typeof p.after[c] === "number")
    .map((c) => p.after[c]! - p.before[c]!);
  return deltas.length === 0 ? null : deltas.reduce((a, b) => a + b, 0) / deltas.length;
}

function group(changes: number[], k: number): ImpactGroup {
  const withheld = changes.length < k;
  return {
    people: changes.length,
    meanChange: withheld ? null : changes.reduce((a, b) => a + b, 0) / changes.length,
    withheld,
  };
}

/**
 * Per course that someone completed between the rounds: the mean change in ratings on the
 * competencies it covers, among those who completed it, against everyone else who answered both
 * rounds. Either group resting on fewer than k people is withheld. Courses in title order.
 */
export function trainingImpact(people: ImpactPerson[], courses: ImpactCourse[], kConfigured?: number | null): ImpactRow[] {
  const k = effectiveK(kConfigured);
  const taken = new Set(people.flatMap((p) => p.completedBetween));
  return courses
    .filter((c) => taken.has(c.id))
    .map((c) => {
      const trained: number[] = [];
      const untrained: number[] = [];
      for (const p of people) {
        const change = personChange(p, c.codes);
        if (change === null) continue;
        (p.completedBetween.includes(c.id) ? trained : untrained).push(change);
      }
      return { courseId: c.id, title: c.title, trained: group(trained, k), untrained: group(untrained, k) };
    })
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.courseId < b.courseId ? -1 : 1));
}
