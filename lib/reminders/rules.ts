// Which reminders are due on a given day: plain rules over plain data (no database, no clock; `now`
// and `today` are arguments). Each reminder has a stage, and a reminder is sent at most once per
// stage: the job records (kind, subject, person, stage) with a unique key before it sends anything.
import { addDays, type Day } from "../records/rules";
import { londonDay } from "../rounds/dates";
import { roundStatus, type RoundDates } from "../rounds/rules";

export type RoundReminderDays = { firstDaysBefore: number; secondDaysBefore: number | null };

/** How far ahead a lead may ask for the first round reminder. */
export const MAX_DAYS_BEFORE = 60;

/** Training reminders go this many days before the expiry day (0: on the day itself). */
export const EXPIRY_STAGES = [30, 14, 0] as const;
export type ExpiryStage = "30" | "14" | "0";

/** If the jobs were down on the expiry day, the "it expires today" notice still goes this many days late. */
export const EXPIRED_GRACE_DAYS = 7;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The round reminder due now, "1" or "2", or null. Only while the round is open. When both are due
 * (the jobs were down, or the lead chose days already passed) only the later one is due, so a
 * person never gets two in one go and never more than two in all: stage 1 is never due once the
 * second one's day has come.
 */
export function dueRoundStage(
  round: RoundDates,
  days: RoundReminderDays | null,
  now: Date,
): "1" | "2" | null {
  if (!days || roundStatus(round, now) !== "OPEN") return null;
  const left = daysBetween(londonDay(now), londonDay(round.closesAt));
  if (days.secondDaysBefore !== null && left <= days.secondDaysBefore) return "2";
  return left <= days.firstDaysBefore ? "1" : null;
}

/** The expiry reminder due today for a record expiring on `expiresOn`, or null. */
export function dueExpiryStage(expiresOn: Day | null, today: Day): ExpiryStage | null {
  if (expiresOn === null) return null;
  const left = daysBetween(today, expiresOn);
  if (left > 30 || left < -EXPIRED_GRACE_DAYS) return null;
  if (left > 14) return "30";
  return left > 0 ? "14" : "0";
}

/** The lead's renewal summary goes once a London month: its stage is the month. */
export const renewalStage = (today: Day): string => today.slice(0, 7);

/** Records due for renewal in the lead's summary: expired in the last 90 days or expiring within 60. */
export const RENEWAL_LOOK_BACK_DAYS = 90;
export const RENEWAL_LOOK_AHEAD_DAYS = 60;

export function needsRenewal(expiresOn: Day | null, today: Day): boolean {
  if (expiresOn === null) return false;
  return (
    expiresOn >= addDays(today, -RENEWAL_LOOK_BACK_DAYS) &&
    expiresOn <= addDays(today, RENEWAL_LOOK_AHEAD_DAYS)
  );
}

export type RecordForRenewal = {
  id: string;
  personId: string;
  courseId: string | null;
  externalTitle: string | null;
  completedOn: Day;
};

/**
 * Only each person's latest record of a course counts: once someone has done the refresher, the old
 * record's expiry is no reason to remind anyone. Returns the ids of the latest records.
 */
export function latestRecordIds(records: RecordForRenewal[]): Set<string> {
  const latest = new Map<string, RecordForRenewal>();
  for (const r of records) {
    const key = `${r.personId}\u0000${r.courseId ?? `external:${(r.externalTitle ?? "").toLowerCase()}`}`;
    const seen = latest.get(key);
    if (!seen || r.completedOn > seen.completedOn || (r.completedOn === seen.completedOn && r.id > seen.id))
      latest.set(key, r);
  }
  return new Set([...latest.values()].map((r) => r.id));
}
