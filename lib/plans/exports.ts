import "server-only";
// Plan downloads: CSV (one row per booking) and iCalendar (one all-day event per in-school or live
// session, dated by ./terms). Figures in the CSV keep full precision.
import { toCsv } from "../csv";
import { fromDbTerm, TERM_LABELS, termStart } from "./terms";
import { getPlanView, type PlanView } from "./queries";
import type { SchoolContext } from "../tenancy/context";

export const PLAN_CSV_HEADER =
  "term,course,provider,format,sessions,people,attendees,cost_pounds,hours_per_person,gap_points_closed,cost_per_gap_point_pounds,why";

const attendeeText = (item: PlanView["items"][number]) =>
  item.attendees.map((a) => a.name ?? `${a.count} ${a.count === 1 ? "person" : "people"} in group ${a.groupKey}`).join("; ");

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

/** RFC 5545 text: backslash, semicolon, comma and newlines escaped; lines folded at 75 octets. */
const escapeText = (s: string) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let cut = 74;
    while (Buffer.byteLength(rest.slice(0, cut)) > 74) cut--;
    out.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  out.push(rest);
  return out.join("\r\n");
}
const ymd = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, "");
const stamp = (d: Date) => `${d.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;

/** Self-paced online courses have no session, so no event. In-school courses get one event per session. */
export function planIcal(view: PlanView, createdAt: Date): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Harbour//Training plan//EN", "CALSCALE:GREGORIAN", `X-WR-CALNAME:${escapeText(view.plan.title)}`];
  for (const item of view.items) {
    if (!LIVE.has(item.course.format)) continue;
    const count = item.course.format === "IN_SCHOOL" ? Math.max(1, item.sessions) : 1;
    const start = termStart(fromDbTerm(item.term), createdAt);
    const end = new Date(start.getTime() + 24 * 60 * 60 * 1000);
    for (let n = 1; n <= count; n++) {
      const label = count > 1 ? ` (session ${n} of ${count})` : "";
      const description = `${TERM_LABELS[fromDbTerm(item.term)]} term, date to be confirmed. ${item.course.provider}. Attendees: ${attendeeText(item)}. ${item.why}`;
      lines.push(
        "BEGIN:VEVENT",
        `UID:${item.id}-${n}@harbour`,
        `DTSTAMP:${stamp(createdAt)}`,
        `DTSTART;VALUE=DATE:${ymd(start)}`,
        `DTEND;VALUE=DATE:${ymd(end)}`,
        fold(`SUMMARY:${escapeText(item.course.title + label)}`),
        fold(`DESCRIPTION:${escapeText(description)}`),
        "END:VEVENT",
      );
    }
  }
  lines.push("END:VCALENDAR");
  return lines.join("\r\n") + "\r\n";
}

export async function planDownload(ctx: SchoolContext, planId: string, format: "csv" | "ics") {
  const view = await getPlanView(ctx, planId);
  const current = view.versions.find((v) => v.id === view.version.id)!;
  const base = `plan-${view.plan.title}-v${view.version.number}`;
  return format === "csv"
    ? { filename: `${base}.csv`, contentType: "text/csv", text: planCsv(view) }
    : { filename: `${base}.ics`, contentType: "text/calendar", text: planIcal(view, current.createdAt) };
}
