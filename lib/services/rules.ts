// Rules of the local services directory: pure, no clock (the caller passes today).

/** An entry's details are flagged when they were last checked 12 months or more ago. */
export function isStale(lastCheckedOn: Date, today: Date): boolean {
  const limit = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));
  return lastCheckedOn.getTime() <= limit.getTime();
}

/** A calendar day "YYYY-MM-DD" as a date at midnight UTC (how a @db.Date column is read back). */
export const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The date as "YYYY-MM-DD" (the form's value). */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Today's day in London as a UTC-midnight date, for comparing with "last checked" days. */
export function londonToday(now: Date): Date {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  return dayOf(parts);
}
