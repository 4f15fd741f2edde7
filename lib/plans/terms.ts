// Term names between the planner ("autumn"), the database ("AUTUMN") and people ("Autumn").
// Dates for the calendar export are in ./calendar (the school's own term dates).
import type { Term } from "../planner/types";

export const TERM_LABELS: Record<Term, string> = { autumn: "Autumn", spring: "Spring", summer: "Summer" };
export const toDbTerm = (t: Term) => t.toUpperCase() as "AUTUMN" | "SPRING" | "SUMMER";
export const fromDbTerm = (t: "AUTUMN" | "SPRING" | "SUMMER") => t.toLowerCase() as Term;

/** Today's date in Europe/London as "YYYY-MM-DD": the school's own day, whatever the server's zone. */
export function londonDay(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}
