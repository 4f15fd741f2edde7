// Impact of training between two rounds. Pure: no database, no clock.
import { londonDay } from "../rounds/dates";
import { effectiveK } from "../suppression";
import { addDays, type Day } from "./rules";

/** One person who submitted in both rounds, with the courses they completed in between. */
export type ImpactPerson = {
  id: string;
  before: Record<string, number>;
  after: Record<string, number>;
  /** Catalogue course ids completed in the window between the two rounds (impactWindow). */
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

export type DatedRound = { opensAt: Date; closesAt: Date; closedAt: Date | null; createdAt: Date };

/** The last day a round took answers: its closing date, or the day the lead closed it early. */
const lastDay = (r: DatedRound): Day =>
  londonDay(r.closedAt && r.closedAt < r.closesAt ? r.closedAt : r.closesAt);
const firstDay = (r: DatedRound): Day => londonDay(r.opensAt);

/** Newest first by the round's own dates: opening, then closing, then when it was made (never by id). */
const byDatesNewestFirst = (a: DatedRound, b: DatedRound) =>
  b.opensAt.getTime() - a.opensAt.getTime() ||
  b.closesAt.getTime() - a.closesAt.getTime() ||
  b.createdAt.getTime() - a.createdAt.getTime();

/**
 * The two rounds to compare, by their own dates (answers imported from paper all carry the day of
 * the import, so answer times say nothing): the latest round, and the latest round that had closed
 * before it opened. Overlapping rounds are never paired. Null when there is no such pair.
 */
export function pairRounds<T extends DatedRound>(rounds: T[]): { earlier: T; later: T } | null {
  const [later, ...rest] = [...rounds].sort(byDatesNewestFirst);
  if (!later) return null;
  const earlier = rest.find((r) => lastDay(r) < firstDay(later));
  return earlier ? { earlier, later } : null;
}

/**
 * What "between the rounds" means: training completed after the earlier round's last day, up to and
 * including the day the later round opened, whenever each person happened to answer.
 */
export function impactWindow(earlier: DatedRound, later: DatedRound): { from: Day; to: Day } {
  return { from: addDays(lastDay(earlier), 1), to: firstDay(later) };
}

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
export function trainingImpact(
  people: ImpactPerson[],
  courses: ImpactCourse[],
  kConfigured?: number | null,
): ImpactRow[] {
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
