// Staff who did not answer the round still belong in whole-staff sessions, when the lead asks:
// they are added to the plan's Core in-school sessions, into seats already paid for first, then into
// extra sessions while the budget and the in-school session limit allow. Pure: no database, no clock.
import type { DraftItem } from "./store";

type Course = {
  tier: number;
  costModel: string;
  format: string;
  costPence: number;
  sessionCapacity?: number | null;
};
export type Limits = { budgetPence: number; inSchoolSessions: number };
/** Who did not respond: named people (NAMED rounds), or only how many (CONFIDENTIAL rounds). */
export type Absent = { personIds: string[] } | { count: number };

export const NOT_RESPONDED_GROUP = "Did not respond";

export function addNonRespondents(
  items: DraftItem[],
  courses: Map<string, Course>,
  absent: Absent,
  limits: Limits,
) {
  const names = "personIds" in absent ? [...absent.personIds] : null;
  const total = "personIds" in absent ? absent.personIds.length : absent.count;
  let waiting = total;
  let cost = items.reduce((n, i) => n + i.costPence, 0);
  let sessions = items.reduce((n, i) => n + i.sessions, 0);
  const out = items.map((item) => {
    const course = courses.get(item.courseId);
    if (
      !course ||
      waiting === 0 ||
      course.tier !== 1 ||
      course.costModel !== "PER_SESSION" ||
      course.format !== "IN_SCHOOL"
    )
      return item;
    const capacity = Math.max(1, course.sessionCapacity ?? 1);
    let booked = item.sessions;
    const seated = item.attendees.reduce((n, a) => n + a.count, 0);
    let free = booked * capacity - seated;
    let take = 0;
    while (waiting > take) {
      if (free > 0) {
        const n = Math.min(free, waiting - take);
        take += n;
        free -= n;
      } else if (cost + course.costPence <= limits.budgetPence && sessions + 1 <= limits.inSchoolSessions) {
        booked += 1;
        sessions += 1;
        cost += course.costPence;
        free = capacity;
      } else break;
    }
    if (take === 0) return item;
    waiting -= take;
    const added = names
      ? names.splice(0, take).map((personId) => ({ id: null, personId, groupKey: null, count: 1 }))
      : [{ id: null, personId: null, groupKey: NOT_RESPONDED_GROUP, count: take }];
    return {
      ...item,
      sessions: booked,
      costPence: booked * course.costPence,
      attendees: [...item.attendees, ...added],
    };
  });
  return { items: out, added: total - waiting, left: waiting };
}
