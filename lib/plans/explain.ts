// The plan in plain words, worked out from what the version holds whenever it is shown, so a hand
// edit can never leave it stale: why each booking is there, and what money and time are left and why.
// Pure: no database, no clock. Words, not codes: competencies by their statement.
import { formatDate, formatMoney } from "../format";
import type { Tier } from "../planner/types";
import { TIER_NAMES } from "../tiers";
import type { StoredClose, Summary } from "./store";

type Course = {
  costModel: string;
  costPence: number;
  sessionCapacity: number | null;
  hoursPerParticipant: number;
};
export type ItemFacts = {
  course: Course;
  people: number;
  sessions: number;
  costPence: number;
  closes: StoredClose[];
  /** true when the lead added it: the planner did not choose it */
  byHand: boolean;
};

/** What a booking the lead added holds as its stored reason (lib/plans/edit.ts). */
export const ADDED_BY_HAND = "Added by hand by the lead.";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "A, B and 3 more" from competency codes, by statement. */
export function statementList(codes: string[], statements: Map<string, string>, max = 3): string {
  const words = [...new Set(codes)].map((c) => statements.get(c) ?? c);
  const shown = words.slice(0, max).map((w) => `“${w}”`);
  if (words.length <= max)
    return shown.length > 1 ? `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}` : (shown[0] ?? "");
  return `${shown.join(", ")} and ${words.length - max} more`;
}

export function explainItem(f: ItemFacts, statements: Map<string, string>): string {
  const levels = f.closes.reduce((n, c) => n + c.points, 0);
  const parts: string[] = f.byHand ? [ADDED_BY_HAND] : [];
  if (levels > 0) {
    const byTier = ([1, 2, 3] as Tier[])
      .map((t) => [t, f.closes.filter((c) => c.tier === t).reduce((n, c) => n + c.points, 0)] as const)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${TIER_NAMES[t]} ${n}`)
      .join(", ");
    parts.push(
      `Brings ${plural(f.people, "person", "people")} ${plural(levels, "rating level", "rating levels")} closer to the target (${byTier}), on ${statementList(
        f.closes.map((c) => c.competencyCode),
        statements,
      )}.`,
    );
  } else if (!f.byHand) {
    parts.push(`For ${plural(f.people, "person", "people")}.`);
  }
  if (f.course.costModel === "PER_SESSION") {
    parts.push(
      `${plural(f.sessions, "in-school session", "in-school sessions")} for ${plural(f.people, "person", "people")} at ${formatMoney(f.course.costPence)}${f.sessions === 1 ? "" : " each"}, up to ${f.course.sessionCapacity ?? 0} a session: ${formatMoney(f.costPence / Math.max(f.people, 1))} a head.`,
    );
  } else {
    parts.push(`${plural(f.people, "place", "places")} at ${formatMoney(f.course.costPence)}.`);
  }
  if (levels > 0) parts.push(`${formatMoney(f.costPence / levels)} for each level gained.`);
  return parts.join(" ");
}

/**
 * What the plan spends and leaves, and why anything is left: from the totals and the need left
 * unmet, with the reason the planner gave for each.
 */
export function explainSummary(s: Summary): string[] {
  const t = s.totals;
  const left = t.budgetPence - t.costPence;
  const out = [
    `The plan spends ${formatMoney(t.costPence)} of ${formatMoney(t.budgetPence)}, books ${t.sessionsUsed} of ${plural(t.sessionsLimit, "in-school session", "in-school sessions")}, and asks at most ${hours(t.maxHoursPerPerson)} of the ${hours(t.hoursLimit)} each person has.`,
    `It trains ${plural(t.peopleTrained, "person", "people")} and closes ${plural(t.pointsClosed, "rating level", "rating levels")} of the ${s.need.before.points} between staff and the targets.`,
  ];
  const people = (reason: string) =>
    s.unmet.filter((u) => u.reason === reason).reduce((n, u) => n + u.people, 0);
  const noCourse = people("no-course");
  const noTime = people("no-time");
  const noMoney = people("no-money");
  const why: string[] = [];
  if (noTime > 0)
    why.push(
      `the courses that would close ${plural(noTime, "remaining gap", "remaining gaps")} need more hours than those staff have left (allow more hours per person to use them)`,
    );
  if (noCourse > 0)
    why.push(
      `no course in your catalogue closes ${plural(noCourse, "other gap", "other gaps")} (add one to the catalogue)`,
    );
  if (noMoney > 0)
    why.push(
      `what is left does not pay for the next useful place or session, or every in-school session allowed is booked`,
    );
  if (left > 0) {
    if (s.unmet.length === 0)
      out.push(`${formatMoney(left)} is left because every gap a course can close is already covered.`);
    else if (why.length > 0) out.push(`${formatMoney(left)} is left unspent because ${why.join("; and ")}.`);
  } else if (s.unmet.length > 0) {
    out.push("The whole budget is spent; gaps are left for another year or a larger budget.");
  }
  if (s.nonRespondents) {
    const { added, left: unseated } = s.nonRespondents;
    out.push(
      `As you asked, ${plural(added, "member of staff who did not respond joins", "members of staff who did not respond join")} the whole-staff sessions` +
        (unseated > 0
          ? `; ${unseated} more did not fit in the sessions the budget and session limit allow.`
          : "."),
    );
  }
  if (s.ownDevelopment) {
    const d = s.ownDevelopment;
    out.push(
      `It includes the senior mental health lead's own development needs, from their self-assessment of ${formatDate(d.assessedOn)} (${d.areas.join("; ")}), as Specialist training needs for them.`,
    );
  }
  if (s.edited)
    out.push("This version was changed by hand: the figures count what the remaining bookings close.");
  return out;
}

const hours = (h: number) => `${Number.isInteger(h) ? h : h.toFixed(1)} ${h === 1 ? "hour" : "hours"}`;
