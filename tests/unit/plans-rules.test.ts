// The small pure parts of plans: pricing and totals after a hand edit (term dates: plans-calendar.test.ts).
import { describe, expect, it } from "vitest";
import { priceItem, retotal } from "@/lib/plans/totals";
import type { DraftItem, DraftVersion, Summary } from "@/lib/plans/store";
import { explainItem, explainSummary } from "@/lib/plans/explain";

const item = (people: number, over: Partial<DraftItem> = {}): DraftItem => ({
  id: null,
  courseId: "c",
  term: "AUTUMN",
  sessions: 0,
  costPence: 0,
  hours: 2,
  why: "",
  closes: [],
  attendees: Array.from({ length: people }, (_, i) => ({
    id: null,
    personId: `p${i}`,
    groupKey: null,
    count: 1,
  })),
  ...over,
});

describe("pricing a hand-edited booking", () => {
  it("charges per place, or as few sessions as hold everyone", () => {
    expect(
      priceItem(item(3), {
        costModel: "PER_PLACE",
        costPence: 1000,
        sessionCapacity: null,
        hoursPerParticipant: 2,
      }),
    ).toMatchObject({ costPence: 3000, sessions: 0 });
    expect(
      priceItem(item(31), {
        costModel: "PER_SESSION",
        costPence: 40000,
        sessionCapacity: 30,
        hoursPerParticipant: 3,
      }),
    ).toMatchObject({ costPence: 80000, sessions: 2, hours: 3 });
  });

  it("re-totals cost, hours and credited points, and leaves the need before as it was", () => {
    const v: DraftVersion = {
      planId: "p",
      number: 2,
      status: "DRAFT",
      limits: {},
      method: "exact",
      optimalityGap: 0,
      summary: {
        mode: "NAMED",
        reason: null,
        optimalityNote: "",
        edited: false,
        unmet: [],
        weights: { 1: 100, 2: 10, 3: 1 },
        totals: {
          costPence: 0,
          budgetPence: 10000,
          maxHoursPerPerson: 0,
          hoursLimit: 6,
          sessionsUsed: 0,
          sessionsLimit: 1,
          peopleTrained: 0,
          pointsClosed: 0,
          valueClosed: 0,
        },
        need: { before: { points: 10, weighted: 910 }, remaining: { points: 10, weighted: 910 } },
      },
      items: [
        item(2, {
          costPence: 2000,
          hours: 2,
          closes: [{ unitId: "p0", competencyCode: "C1.01", points: 2, tier: 1 }],
        }),
        item(1, {
          costPence: 500,
          hours: 1.5,
          sessions: 1,
          closes: [{ unitId: "p0", competencyCode: "C2.01", points: 1, tier: 2 }],
        }),
      ],
    };
    const s = retotal(v);
    expect(s.totals).toMatchObject({
      costPence: 2500,
      sessionsUsed: 1,
      maxHoursPerPerson: 3.5,
      peopleTrained: 2,
      pointsClosed: 3,
      valueClosed: 210,
    });
    expect(s.need).toEqual({
      before: { points: 10, weighted: 910 },
      remaining: { points: 7, weighted: 700 },
    });
    expect(s.edited).toBe(true);
    expect(retotal({ ...v, items: [] }).reason).toMatch(/removed/);
  });
});

describe("the plan in plain words", () => {
  const statements = new Map([["C1.02", "I notice when a pupil seems anxious"]]);
  it("explains a booking by competency statements, never codes or solver words", () => {
    const why = explainItem(
      {
        course: { costModel: "PER_PLACE", costPence: 2_500, sessionCapacity: null, hoursPerParticipant: 2 },
        people: 3,
        sessions: 0,
        costPence: 7_500,
        closes: [{ unitId: "a", competencyCode: "C1.02", points: 4, tier: 1 }],
        byHand: false,
      },
      statements,
    );
    expect(why).toContain("“I notice when a pupil seems anxious”");
    expect(why).not.toMatch(/C1\.02|gap point|HiGHS/);
    expect(why).toContain("3 places at £25");
  });
  it("says what money is left and why", () => {
    const summary = {
      mode: "NAMED",
      reason: null,
      optimalityNote: "",
      totals: {
        costPence: 182_900,
        budgetPence: 300_000,
        maxHoursPerPerson: 4.5,
        hoursLimit: 6,
        sessionsUsed: 1,
        sessionsLimit: 3,
        peopleTrained: 20,
        pointsClosed: 40,
        valueClosed: 0,
      },
      need: { before: { points: 90, weighted: 0 }, remaining: { points: 50, weighted: 0 } },
      unmet: [
        { unitId: "a", competencyCode: "S3.01", people: 2, points: 4, reason: "no-course" as const },
        { unitId: "b", competencyCode: "E2.01", people: 3, points: 3, reason: "no-time" as const },
      ],
      weights: { 1: 100, 2: 10, 3: 1 },
      edited: false,
    } satisfies Summary;
    const text = explainSummary(summary).join(" ");
    expect(text).toContain("£1,171 is left unspent because");
    expect(text).toContain("need more hours than those staff have left");
    expect(text).toContain("no course in your catalogue closes 2 other gaps");
    expect(text).not.toMatch(/HiGHS|gap point/);
  });
});
