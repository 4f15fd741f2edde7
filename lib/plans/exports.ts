import "server-only";
// Plan downloads: CSV (one row per booking) and iCalendar (one all-day event per in-school or live
// session, dated by ./calendar). Figures in the CSV keep full precision.
import { toCsv } from "../csv";
import ical from "ical-generator";
import { ENGLAND_TERMS, sessionDates, type TermDates } from "./calendar";
import { fromDbTerm, londonDay, TERM_LABELS } from "./terms";
import { loadTermDates } from "./term-dates";
import { getPlanView, type PlanView } from "./queries";
import type { SchoolContext } from "../tenancy/context";

export const PLAN_CSV_HEADER =
  "term,course,provider,format,sessions,people,attendees,cost_pounds,hours_per_person,gap_points_closed,cost_per_gap_point_pounds,why";

const attendeeText = (item: PlanView["items"][number]) =>
  item.attendees
    .map((a) => a.name ?? `${a.count} ${a.count === 1 ? "person" : "people"} in group ${a.groupKey}`)
    .join("; ");

export function planCsv(view: PlanView): string {
  const rows = view.items.map((i) => {
    const people = i.attendees.reduce((n, a) => n + a.count, 0);
    const points = i.closes.reduce((n, c) => n + c.points, 0);
    return [
      TERM_LABELS[fromDbTerm(i.term)],
      i.course.title,
      i.course.provider,
      i.course.format,
      i.sessions,
      people,
      attendeeText(i),
      i.costPence / 100,
      i.hours,
      points,
      i.costPerGapPoint === null ? null : i.costPerGapPoint / 100,
      i.why,
    ];
  });
  return toCsv(PLAN_CSV_HEADER.split(","), rows);
}

const LIVE = new Set(["IN_SCHOOL", "LIVE_ONLINE", "FACE_TO_FACE"]);

/**
 * One all-day event per in-school session (one per live course), on the school's term dates, never a
 * past day, a weekend, a bank holiday or 1 January (./calendar). Written by ical-generator, which
 * escapes text (commas, semicolons, backslashes, line breaks) and folds lines as RFC 5545 asks
 * (decision record 0011). Self-paced online courses have no session, so no event.
 */
export function planIcal(view: PlanView, now: Date, terms: TermDates = ENGLAND_TERMS): string {
  const cal = ical({
    name: view.plan.title,
    prodId: { company: "Harbour", product: "Training plan", language: "EN" },
  });
  const today = londonDay(now);
  for (const item of view.items) {
    if (!LIVE.has(item.course.format)) continue;
    const count = item.course.format === "IN_SCHOOL" ? Math.max(1, item.sessions) : 1;
    const term = fromDbTerm(item.term);
    const dates = sessionDates(terms, term, count, today);
    dates.forEach((date, i) => {
      const label = count > 1 ? ` (session ${i + 1} of ${count})` : "";
      cal.createEvent({
        id: `${item.id}-${i + 1}@harbour`,
        stamp: now,
        start: new Date(`${date}T00:00:00Z`),
        allDay: true,
        summary: `${item.course.title}${label}`,
        description: `${TERM_LABELS[term]} term: a suggested day; move it to suit. ${item.course.provider}. Attendees: ${attendeeText(item)}. ${item.why}`,
      });
    });
  }
  return cal.toString();
}

export async function planDownload(
  ctx: SchoolContext,
  planId: string,
  format: "csv" | "ics",
  now = new Date(),
) {
  const view = await getPlanView(ctx, planId);
  const base = `plan-${view.plan.title}-v${view.version.number}`;
  return format === "csv"
    ? { filename: `${base}.csv`, contentType: "text/csv", text: planCsv(view) }
    : {
        filename: `${base}.ics`,
        contentType: "text/calendar",
        text: planIcal(view, now, await loadTermDates(ctx)),
      };
}
