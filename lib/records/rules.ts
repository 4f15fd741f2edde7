// Training-record rules: expiry, what expires soon, and coverage by in-date training.
// Pure: no database, no Next.js, no clock (today is always an argument). Days are "YYYY-MM-DD"
// strings, London calendar days, so comparisons are plain text comparisons.
import { type GapCompetency, type Targets, DEFAULT_TARGETS } from "../gaps/types";
import { formatDate } from "../format";
import type { Tier } from "../tiers";

export type Day = string;
export const EXPIRY_WINDOW_DAYS = 60;
/** The earliest completion date Harbour accepts: older certificates are almost certainly typos. */
export const EARLIEST_DAY: Day = "2000-01-01";

const parts = (day: Day) => day.split("-").map(Number) as [number, number, number];
const toDay = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);

/**
 * `day` plus `months` calendar months. A day the target month lacks (31 January + 1 month) falls
 * back to that month's last day, so expiry is never pushed into the month after.
 */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = parts(day);
  const lastOfTarget = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return toDay(Date.UTC(y, m - 1 + months, Math.min(d, lastOfTarget)));
}

export function addDays(day: Day, days: number): Day {
  const [y, m, d] = parts(day);
  return toDay(Date.UTC(y, m - 1, d + days));
}

/** Expiry = completion + the course's refresh interval; null (never expires) without one. */
export function expiryOf(completedOn: Day, refreshMonths: number | null | undefined): Day | null {
  if (refreshMonths === null || refreshMonths === undefined || refreshMonths <= 0) return null;
  return addMonths(completedOn, refreshMonths);
}

/** Training counts up to and including its expiry day; training dated after today does not count yet. */
export function isInDate(record: { completedOn: Day; expiresOn: Day | null }, today: Day): boolean {
  return record.completedOn <= today && (record.expiresOn === null || record.expiresOn >= today);
}

/** How a record's expiry reads today: in the past tense once the day has gone. */
export function expiryText(expiresOn: Day | null, today: Day): string {
  if (expiresOn === null) return "Does not expire";
  return `${expiresOn < today ? "Expired" : "Expires"} on ${formatDate(expiresOn)}`;
}

/** Records still in date that expire within `days` days of today (inclusive), soonest first. */
export function expiringWithin<T extends { completedOn: Day; expiresOn: Day | null }>(
  records: T[],
  today: Day,
  days = EXPIRY_WINDOW_DAYS,
): T[] {
  const until = addDays(today, days);
  return records
    .filter(
      (r) => r.expiresOn !== null && r.expiresOn >= today && r.expiresOn <= until && r.completedOn <= today,
    )
    .sort((a, b) => (a.expiresOn! < b.expiresOn! ? -1 : a.expiresOn! > b.expiresOn! ? 1 : 0));
}

/** Why a completion date is refused, or null when it is acceptable. */
export function completedOnProblem(completedOn: Day, today: Day): string | null {
  if (completedOn < EARLIEST_DAY) return "Enter a date from 2000 onwards.";
  if (completedOn > today) return "The date cannot be in the future.";
  return null;
}

export type HeldRecord = {
  personId: string;
  completedOn: Day;
  expiresOn: Day | null;
  /** What the course develops; external training (no catalogue course) has none. */
  outcomes: { competencyCode: string; level: number }[];
};

export type TrainedCoverage = { tier: Tier; people: number; covered: number; share: number | null };

/**
 * Coverage by in-date training for tier T: among people whose required tier is at least T, the share
 * whose in-date records, taken together, bring every (non-retired) tier-T competency to at least the
 * tier's target. Several courses may cover a tier between them; external training names no
 * competencies, so it never counts. A tier with no competencies covers no one.
 */
export function trainedCoverage(
  people: { id: string; requiredTier: Tier }[],
  competencies: (GapCompetency & { retired?: boolean })[],
  records: HeldRecord[],
  today: Day,
  targets: Targets = DEFAULT_TARGETS,
): TrainedCoverage[] {
  const best = new Map<string, Map<string, number>>();
  for (const r of records) {
    if (!isInDate(r, today)) continue;
    const levels = best.get(r.personId) ?? new Map<string, number>();
    for (const o of r.outcomes)
      levels.set(o.competencyCode, Math.max(levels.get(o.competencyCode) ?? 0, o.level));
    best.set(r.personId, levels);
  }
  return ([1, 2, 3] as Tier[]).map((tier) => {
    const ofTier = competencies.filter((c) => c.tier === tier && !c.retired);
    const inGroup = people.filter((p) => p.requiredTier >= tier);
    const covered =
      ofTier.length === 0
        ? 0
        : inGroup.filter((p) => {
            const levels = best.get(p.id);
            return levels !== undefined && ofTier.every((c) => (levels.get(c.code) ?? 0) >= targets[tier]);
          }).length;
    return {
      tier,
      people: inGroup.length,
      covered,
      share: inGroup.length === 0 ? null : covered / inGroup.length,
    };
  });
}
