// Per-school retention of individual responses (decision 0041): pure rules, no database, no clock.
import { z } from "zod";

/** Kept this many years after a round closes unless the school chooses otherwise. */
export const DEFAULT_RETENTION_YEARS = 3;
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 10;

export const retentionSchema = z.object({
  years: z.coerce
    .number({ message: "Enter a number of years." })
    .int("Enter a whole number of years.")
    .min(MIN_RETENTION_YEARS, `Keep responses for at least ${MIN_RETENTION_YEARS} year.`)
    .max(MAX_RETENTION_YEARS, `Keep responses for at most ${MAX_RETENTION_YEARS} years.`),
});
export type RetentionInput = z.input<typeof retentionSchema>;

/** When a round ended: the lead's early close, else its closing date. */
export const roundEnded = (round: { closesAt: Date; closedAt: Date | null }) =>
  round.closedAt ?? round.closesAt;

/**
 * Rounds that ended on or before this moment have had their responses kept long enough. Calendar
 * years (29 February moves to 1 March), in UTC: a day either way does not matter at this scale.
 */
export function retentionCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/** When a round's responses will be (or were due to be) deleted. */
export function deletionDue(round: { closesAt: Date; closedAt: Date | null }, years: number): Date {
  const at = new Date(roundEnded(round).getTime());
  at.setUTCFullYear(at.getUTCFullYear() + years);
  return at;
}

export const isDue = (round: { closesAt: Date; closedAt: Date | null }, years: number, now: Date) =>
  deletionDue(round, years).getTime() <= now.getTime();
