// Terms as dates, for the iCalendar export. Pure: the date it works from is an argument.
// Kept simple and documented (README: plan exports): the academic year starts in September; autumn
// is September to December, spring January to March, summer April to July. An event goes on the
// first weekday of its term's window, all day: the lead moves it to the real date in their calendar.
import type { Term } from "../planner/types";

const START_MONTH: Record<Term, { month: number; nextYear: boolean }> = {
  autumn: { month: 8, nextYear: false },
  spring: { month: 0, nextYear: true },
  summer: { month: 3, nextYear: true },
};

/** The calendar year the academic year containing `at` started in (September onwards counts as the new year). */
export function academicYearStart(at: Date): number {
  return at.getUTCMonth() >= 8 ? at.getUTCFullYear() : at.getUTCFullYear() - 1;
}

/** The first Monday-to-Friday day of the term's window, as a UTC date. */
export function termStart(term: Term, at: Date): Date {
  const { month, nextYear } = START_MONTH[term];
  const day = new Date(Date.UTC(academicYearStart(at) + (nextYear ? 1 : 0), month, 1));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

export const TERM_LABELS: Record<Term, string> = { autumn: "Autumn", spring: "Spring", summer: "Summer" };
export const toDbTerm = (t: Term) => t.toUpperCase() as "AUTUMN" | "SPRING" | "SUMMER";
export const fromDbTerm = (t: "AUTUMN" | "SPRING" | "SUMMER") => t.toLowerCase() as Term;
