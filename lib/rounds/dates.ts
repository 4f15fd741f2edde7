// Round dates as a lead types them: whole days in England. A round opens at the start of its opening
// day and closes at the end of its closing day, London time, whatever the server's own zone.
// Pure: `now` is always an argument.

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const ZONE = "Europe/London";

const wallClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** How far London's clock is ahead of UTC at `at`, in milliseconds (0 in winter, an hour in summer). */
function londonOffset(at: number): number {
  const whole = Math.floor(at / 1000) * 1000;
  const parts = Object.fromEntries(wallClock.formatToParts(whole).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - whole;
}

/** The instant when London's clock shows `day` at the given time. */
function londonInstant(day: string, hours: number, minutes: number, seconds: number, ms: number): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, hours, minutes, seconds, ms);
  // Twice: the offset at the first guess can differ from the offset at the answer near a clock change.
  const first = asUtc - londonOffset(asUtc);
  return new Date(asUtc - londonOffset(first));
}

/** "2026-02-30" matches the pattern but is no day: the calendar must give the same day back. */
export function isRealDay(day: string): boolean {
  if (!DAY_PATTERN.test(day)) return false;
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const back = new Date(Date.UTC(y, m - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
}

export const startOfLondonDay = (day: string) => londonInstant(day, 0, 0, 0, 0);
export const endOfLondonDay = (day: string) => londonInstant(day, 23, 59, 59, 999);

/** The London calendar day of an instant, as YYYY-MM-DD (the value of a date input). */
export function londonDay(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

/** The London day `days` after the day of `at`. */
export function londonDayAfter(at: Date, days: number): string {
  const [y, m, d] = londonDay(at).split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
