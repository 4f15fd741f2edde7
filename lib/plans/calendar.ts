// Dates for the plan's calendar export: the school's term dates (England's usual ones unless the lead
// sets others), never a past day, a weekend, a bank holiday or 1 January. Pure: "today" is an argument.
import { z } from "zod";
import type { Term } from "../planner/types";
import { addDays, isBankHoliday, isWeekend, ymd } from "./bank-holidays";

export type MonthDay = { month: number; day: number };
/** When each term starts, and when the summer term ends, every year. */
export type TermDates = { autumn: MonthDay; spring: MonthDay; summer: MonthDay; summerEnd: MonthDay };

/** England's usual pattern: autumn from early September, spring from early January, summer from mid April to late July. */
export const ENGLAND_TERMS: TermDates = {
  autumn: { month: 9, day: 3 },
  spring: { month: 1, day: 5 },
  summer: { month: 4, day: 15 },
  summerEnd: { month: 7, day: 22 },
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const monthDay = (what: string) =>
  z
    .object({
      month: z
        .number({ error: `Choose the month ${what}.` })
        .int()
        .min(1)
        .max(12),
      day: z
        .number({ error: `Enter the day ${what}.` })
        .int()
        .min(1, "Enter a day from 1.")
        .max(31, "Enter a day up to 31."),
    })
    .refine((d) => d.day <= DAYS_IN_MONTH[d.month - 1]!, "That month does not have that many days.");

/** The lead's form and the server's check: the same schema. */
export const termDatesSchema = z
  .object({
    autumn: monthDay("the autumn term starts"),
    spring: monthDay("the spring term starts"),
    summer: monthDay("the summer term starts"),
    summerEnd: monthDay("the summer term ends"),
  })
  .refine((t) => t.autumn.month >= 8, {
    message: "The autumn term starts in August or later.",
    path: ["autumn"],
  })
  .refine((t) => t.spring.month <= 3, { message: "The spring term starts by March.", path: ["spring"] })
  .refine((t) => order(t.spring) < order(t.summer) && order(t.summer) < order(t.summerEnd), {
    message: "The summer term starts after the spring term and ends after it starts.",
    path: ["summer"],
  });
export type TermDatesInput = z.input<typeof termDatesSchema>;
const order = (d: MonthDay) => d.month * 100 + d.day;

/** The academic year (by the calendar year it starts in) that `today` ("YYYY-MM-DD") falls in. */
export function academicYearOf(today: string, terms: TermDates = ENGLAND_TERMS): number {
  const year = Number(today.slice(0, 4));
  return today >= ymd(year, terms.autumn.month, terms.autumn.day) ? year : year - 1;
}

/** First and last day a term's sessions may go on, in the academic year starting in `year`. */
export function termWindow(terms: TermDates, term: Term, year: number): { from: string; to: string } {
  const at = (d: MonthDay, y: number) => ymd(y, d.month, d.day);
  if (term === "autumn") return { from: at(terms.autumn, year), to: ymd(year, 12, 19) };
  if (term === "spring")
    return { from: at(terms.spring, year + 1), to: addDays(at(terms.summer, year + 1), -1) };
  return { from: at(terms.summer, year + 1), to: at(terms.summerEnd, year + 1) };
}

/** The first day of the term `today` falls in (the summer holiday counts as the summer term). */
export function termStartOf(today: string, terms: TermDates = ENGLAND_TERMS): string {
  const year = academicYearOf(today, terms);
  const starts = (["autumn", "spring", "summer"] as const).map((t) => termWindow(terms, t, year).from);
  return starts.filter((from) => from <= today).at(-1) ?? starts[0]!;
}

/** A day a session may go on: a weekday, not a bank holiday in England and Wales, never 1 January. */
export function isSessionDay(date: string): boolean {
  return !isWeekend(date) && !isBankHoliday(date) && !date.endsWith("-01-01");
}

const nextSessionDay = (from: string) => {
  let d = from;
  while (!isSessionDay(d)) d = addDays(d, 1);
  return d;
};

/**
 * `count` dates for a term's sessions, a week apart where the term allows, from today or the term's
 * start, whichever is later. A term already over this academic year goes to next year's.
 */
export function sessionDates(terms: TermDates, term: Term, count: number, today: string): string[] {
  let year = academicYearOf(today, terms);
  let window = termWindow(terms, term, year);
  let first = nextSessionDay(window.from > today ? window.from : today);
  if (first > window.to) {
    year += 1;
    window = termWindow(terms, term, year);
    first = nextSessionDay(window.from);
  }
  const dates = [first];
  while (dates.length < count) {
    const last = dates[dates.length - 1]!;
    const weekLater = nextSessionDay(addDays(last, 7));
    dates.push(weekLater <= window.to ? weekLater : nextSessionDay(addDays(last, 1)));
  }
  return dates;
}
