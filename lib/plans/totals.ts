// Re-totals a hand-edited version. Pure: no database, no clock.
import type { Tier } from "../planner/types";
import type { CatalogueCourse, DraftItem, DraftVersion, Summary } from "./store";

type Priced = Pick<CatalogueCourse, "costModel" | "costPence" | "sessionCapacity" | "hoursPerParticipant">;

export const headcount = (item: Pick<DraftItem, "attendees">) =>
  item.attendees.reduce((n, a) => n + a.count, 0);

/** Places at the per-place price, or as few sessions as hold everyone at the per-session price. */
export function priceItem(item: DraftItem, course: Priced): DraftItem {
  const people = headcount(item);
  if (course.costModel === "PER_SESSION") {
    const sessions = Math.ceil(people / Math.max(1, course.sessionCapacity ?? 1));
    return { ...item, sessions, costPence: sessions * course.costPence, hours: course.hoursPerParticipant };
  }
  return { ...item, sessions: 0, costPence: people * course.costPence, hours: course.hoursPerParticipant };
}

/**
 * Totals after an edit. Gap points count what is credited to the bookings left: the planner's credit,
 * plus what a hand-added booking closes beyond it (./rescore). Removing a booking never moves its
 * credit to another, so "need left" may read high after edits, never low.
 */
export function retotal(v: DraftVersion): Summary {
  const s = v.summary;
  const hoursByWho = new Map<string, number>();
  const peopleByWho = new Map<string, number>();
  let points = 0;
  let weighted = 0;
  for (const item of v.items) {
    for (const a of item.attendees) {
      const who = a.personId ?? `group:${a.groupKey}`;
      hoursByWho.set(who, (hoursByWho.get(who) ?? 0) + item.hours);
      peopleByWho.set(who, Math.max(peopleByWho.get(who) ?? 0, a.count));
    }
    for (const c of item.closes) {
      points += c.points;
      weighted += c.points * s.weights[c.tier as Tier];
    }
  }
  return {
    ...s,
    edited: true,
    reason: v.items.length === 0 ? "Every booking has been removed from this version." : null,
    totals: {
      ...s.totals,
      costPence: v.items.reduce((n, i) => n + i.costPence, 0),
      sessionsUsed: v.items.reduce((n, i) => n + i.sessions, 0),
      maxHoursPerPerson: Math.max(0, ...hoursByWho.values()),
      peopleTrained: [...peopleByWho.values()].reduce((n, c) => n + c, 0),
      pointsClosed: points,
      valueClosed: weighted,
    },
    need: {
      before: s.need.before,
      remaining: { points: s.need.before.points - points, weighted: s.need.before.weighted - weighted },
    },
  };
}
