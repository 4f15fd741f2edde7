// Staff who did not respond join the plan's Core in-school sessions when the lead asks: free seats first,
// then extra sessions within the budget and the session limit; whoever does not fit is counted.
import { describe, expect, it } from "vitest";
import type { DraftItem } from "../../lib/plans/store";
import { addNonRespondents, NOT_RESPONDED_GROUP } from "../../lib/plans/whole-staff";

const courses = new Map([
  [
    "inset",
    { tier: 1, costModel: "PER_SESSION", format: "IN_SCHOOL", costPence: 40_000, sessionCapacity: 10 },
  ],
  [
    "online",
    { tier: 1, costModel: "PER_PLACE", format: "ONLINE_SELF_PACED", costPence: 2_000, sessionCapacity: null },
  ],
]);
const item = (courseId: string, people: number, sessions: number, costPence: number): DraftItem => ({
  id: null,
  courseId,
  term: "AUTUMN",
  sessions,
  costPence,
  hours: 2,
  why: "",
  closes: [],
  attendees: Array.from({ length: people }, (_, i) => ({
    id: null,
    personId: `p${i}`,
    groupKey: null,
    count: 1,
  })),
});

describe("adding staff who did not respond", () => {
  it("fills free seats, then books another session only within the budget and the session limit", () => {
    const items = [item("online", 3, 0, 6_000), item("inset", 8, 1, 40_000)];
    const absent = { personIds: Array.from({ length: 15 }, (_, i) => `n${i}`) };
    const out = addNonRespondents(items, courses, absent, { budgetPence: 90_000, inSchoolSessions: 2 });
    expect(out.items[0]).toBe(items[0]); // places are not whole-staff sessions
    const inset = out.items[1]!;
    expect(inset.sessions).toBe(2);
    expect(inset.costPence).toBe(80_000);
    expect(inset.attendees).toHaveLength(20);
    expect(out).toMatchObject({ added: 12, left: 3 });
  });
  it("counts, never names, people in a confidential round", () => {
    const out = addNonRespondents(
      [item("inset", 8, 1, 40_000)],
      courses,
      { count: 2 },
      { budgetPence: 0, inSchoolSessions: 1 },
    );
    expect(out.items[0]!.attendees.at(-1)).toEqual({
      id: null,
      personId: null,
      groupKey: NOT_RESPONDED_GROUP,
      count: 2,
    });
    expect(out).toMatchObject({ added: 2, left: 0 });
  });
});
