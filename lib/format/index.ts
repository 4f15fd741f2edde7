// The one way Harbour writes dates, money and shares for people. Schools are in England, so every
// date is shown in Europe/London, whatever the server's or the device's own zone. Pure: no clock.

const ZONE = "Europe/London";

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: ZONE,
});
const weekdayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: ZONE });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: ZONE,
});

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An instant, or a calendar day as "YYYY-MM-DD". A day is read at noon UTC, which is the same day
 * in London in summer and winter (midnight UTC would be too, but noon leaves no doubt).
 */
function toDate(at: Date | string): Date {
  if (typeof at === "string" && CALENDAR_DAY.test(at)) return new Date(`${at}T12:00:00Z`);
  return new Date(at);
}

/**
 * "5 December 2026", or with `weekday` "Saturday 5 December 2026". Built from two parts because
 * ICU versions differ on the comma after the weekday, and server and browser must agree.
 */
export function formatDate(at: Date | string, opts: { weekday?: boolean } = {}): string {
  const date = toDate(at);
  const day = dayFormat.format(date);
  return opts.weekday ? `${weekdayFormat.format(date)} ${day}` : day;
}

/** "5 Dec 2026, 14:05" (London's clock, 24-hour). */
export function formatDateTime(at: Date | string): string {
  return dateTimeFormat.format(toDate(at));
}

const wholePounds = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  maximumFractionDigits: 0,
});
const poundsAndPence = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  minimumFractionDigits: 2,
});

/**
 * Money is stored in pence (whole numbers); people read pounds: "£1,171" when there are no pence,
 * "£12.35" when there are. A fraction of a penny (an average) is rounded to the nearest penny.
 */
export function formatMoney(pence: number): string {
  const rounded = Math.round(pence);
  return rounded % 100 === 0 ? wholePounds.format(rounded / 100) : poundsAndPence.format(rounded / 100);
}

/** A share from 0 to 1 as a whole percentage ("42%"); "–" when there is none to show. */
export function formatPercent(share: number | null | undefined): string {
  return share === null || share === undefined ? "–" : `${Math.round(share * 100)}%`;
}
