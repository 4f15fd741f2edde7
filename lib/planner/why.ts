// The plain-English reason shown beside each booking. Pure: no database, no clock.
import { formatMoney as money } from "../format";
import { TIER_NAMES } from "../tiers";
import type { Course } from "./prepare";
import type { Tier } from "./types";

export type WhyFacts = {
  course: Course;
  people: number;
  sessions: number | null;
  costPence: number;
  pointsClosed: number;
  byTier: Map<number, number>;
  /** competencies it is credited with closing */
  codes: string[];
  /** outcomes that are not a gap for at least one attendee */
  unneeded: string[];
};

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
const formatCount = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function list(codes: string[], max = 6): string {
  return codes.length <= max
    ? codes.join(", ")
    : `${codes.slice(0, max).join(", ")} and ${codes.length - max} more`;
}

export function explain(f: WhyFacts): string {
  const tiers = ([1, 2, 3] as Tier[])
    .filter((t) => (f.byTier.get(t) ?? 0) > 0)
    .map((t) => `${TIER_NAMES[t]} ${formatCount(f.byTier.get(t)!)}`)
    .join(", ");
  const parts = [
    `Closes ${plural(f.pointsClosed, "gap point", "gap points")} (${tiers}) for ${plural(f.people, "person", "people")}` +
      (f.codes.length > 0 ? ` on ${list(f.codes)}.` : "."),
  ];
  if (f.sessions !== null) {
    parts.push(
      `${plural(f.sessions, "in-school session", "in-school sessions")} at ${money(f.course.cost)}${f.sessions === 1 ? "" : " each"}, ` +
        `up to ${f.course.capacity} people a session: ${money(f.costPence / Math.max(f.people, 1))} a head here.`,
    );
  } else {
    parts.push(`${plural(f.people, "place", "places")} at ${money(f.course.cost)}.`);
  }
  if (f.pointsClosed > 0) parts.push(`${money(f.costPence / f.pointsClosed)} per gap point closed.`);
  if (f.unneeded.length > 0) {
    parts.push(
      `Some of its outcomes (${list(f.unneeded)}) do not close a gap for everyone booked; each person booked has at least one gap it closes.`,
    );
  }
  return parts.join(" ");
}
