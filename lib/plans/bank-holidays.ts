// Bank holidays in England and Wales, computed by their rules. Pure: the year is an argument.
// Dates are calendar dates ("2026-12-28"), in the school's own day (Europe/London); no time of day.

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** Days moved or added by proclamation; the rules below give the usual day, which these replace. */
const MOVED: Record<string, string> = {
  "2020-05-04": "2020-05-08", // early May moved to VE Day's 75th anniversary
  "2022-05-30": "2022-06-02", // spring moved for the Platinum Jubilee
  "2012-05-28": "2012-06-04", // spring moved for the Diamond Jubilee
};
const EXTRA = ["2011-04-29", "2012-06-05", "2022-06-03", "2022-09-19", "2023-05-08"];

export function bankHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const days = [
    substitute(ymd(year, 1, 1)),
    addDays(easter, -2), // Good Friday
    addDays(easter, 1), // Easter Monday
    nthWeekday(year, 5, 1, 1), // first Monday in May
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...christmas(year),
  ].map((d) => MOVED[d] ?? d);
  return [...days, ...EXTRA.filter((d) => d.startsWith(`${year}-`))].sort();
}

export function isBankHoliday(date: string): boolean {
  return bankHolidays(Number(date.slice(0, 4))).includes(date);
}

/** Christmas Day and Boxing Day, each moved to the next weekday not already taken when it falls at a weekend. */
function christmas(year: number): string[] {
  const out: string[] = [];
  for (const day of [ymd(year, 12, 25), ymd(year, 12, 26)]) {
    let d = day;
    while (isWeekend(d) || out.includes(d)) d = addDays(d, 1);
    out.push(d);
  }
  return out;
}

/** New Year's Day on a Saturday or Sunday is taken on the Monday after. */
function substitute(date: string): string {
  let d = date;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

// ---- Plain calendar arithmetic on "YYYY-MM-DD", in UTC so that no clock change can shift a day.
export const ymd = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const toDate = (s: string) => new Date(`${s}T00:00:00Z`);
const fromDate = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (s: string, n: number) => {
  const d = toDate(s);
  d.setUTCDate(d.getUTCDate() + n);
  return fromDate(d);
};
/** 0 Sunday .. 6 Saturday */
export const weekday = (s: string) => toDate(s).getUTCDay();
export const isWeekend = (s: string) => weekday(s) === 0 || weekday(s) === 6;

function nthWeekday(year: number, month: number, day: number, n: number): string {
  let d = ymd(year, month, 1);
  while (weekday(d) !== day) d = addDays(d, 1);
  return addDays(d, 7 * (n - 1));
}

function lastMonday(year: number, month: number): string {
  let d = addDays(month === 12 ? ymd(year + 1, 1, 1) : ymd(year, month + 1, 1), -1);
  while (weekday(d) !== 1) d = addDays(d, -1);
  return d;
}
