// The small pure parts of plans: term dates for the calendar, pricing and totals after a hand edit.
import { describe, expect, it } from "vitest";
import { academicYearStart, termStart } from "@/lib/plans/terms";
import { priceItem, retotal } from "@/lib/plans/totals";
import type { DraftItem, DraftVersion } from "@/lib/plans/store";

describe("term dates", () => {
  it("starts the academic year in September", () => {
    expect(academicYearStart(new Date("2026-08-31T12:00:00Z"))).toBe(2025);
    expect(academicYearStart(new Date("2026-09-01T00:00:00Z"))).toBe(2026);
    expect(academicYearStart(new Date("2027-03-15T00:00:00Z"))).toBe(2026);
  });

  it("puts each term on the first weekday of its window", () => {
    const at = new Date("2026-11-22T12:00:00Z");
    expect(termStart("autumn", at).toISOString().slice(0, 10)).toBe("2026-09-01"); // a Tuesday
    expect(termStart("spring", at).toISOString().slice(0, 10)).toBe("2027-01-01"); // a Friday
    expect(termStart("summer", at).toISOString().slice(0, 10)).toBe("2027-04-01"); // a Thursday
    expect(termStart("autumn", new Date("2027-10-01T00:00:00Z")).toISOString().slice(0, 10)).toBe("2027-09-01");
    expect(termStart("spring", new Date("2027-10-01T00:00:00Z")).toISOString().slice(0, 10)).toBe("2028-01-03"); // 1 Jan 2028 is a Saturday
  });
});

const item = (people: number, over: Partial<DraftItem> = {}): DraftItem => ({
  id: null,
  courseId: "c",
  term: "AUTUMN",
  sessions: 0,
  costPence: 0,
  hours: 2,
  why: "",
  closes: [],
  attendees: Array.from({ length: people }, (_, i) => ({ id: null, personId: `p${i}`, groupKey: null, count: 1 })),
  ...over,
});

describe("pricing a hand-edited booking", () => {
  it("charges per place, or as few sessions as hold everyone", () => {
    expect(priceItem(item(3), { costModel: "PER_PLACE", costPence: 1000, sessionCapacity: null, hoursPerParticipant: 2 })).toMatchObject({ costPence: 3000, sessions: 0 });
    expect(priceItem(item(31), { costModel: "PER_SESSION", costPence: 40000, sessionCapacity: 30, hoursPerParticipant: 3 })).toMatchObject({ costPence: 80000, sessions: 2, hours: 3 });
  });

  it("re-totals cost, hours and credited points, and leaves the need before as it was", () => {
    const v: DraftVersion = {
      planId: "p", number: 2, status: "DRAFT", limits: {}, method: "exact", optimalityGap: 0,
      summary: {
        mode: "NAMED", reason: null, optimalityNote: "", edited: false, unmet: [], weights: { 1: 100, 2: 10, 3: 1 },
        totals: { costPence: 0, budgetPence: 10000, maxHoursPerPerson: 0, hoursLimit: 6, sessionsUsed: 0, sessionsLimit: 1, peopleTrained: 0, pointsClosed: 0, valueClosed: 0 },
        need: { before: { points: 10, weighted: 910 }, remaining: { points: 10, weighted: 910 } },
      },
      items: [
        item(2, { costPence: 2000, hours: 2, closes: [{ unitId: "p0", competencyCode: "C1.01", points: 2, tier: 1 }] }),
        item(1, { costPence: 500, hours: 1.5, sessions: 1, closes: [{ unitId: "p0", competencyCode: "C2.01", points: 1, tier: 2 }] }),
      ],
    };
    const s = retotal(v);
    expect(s.totals).toMatchObject({ costPence: 2500, sessionsUsed: 1, maxHoursPerPerson: 3.5, peopleTrained: 2, pointsClosed: 3, valueClosed: 210 });
    expect(s.need).toEqual({ before: { points: 10, weighted: 910 }, remaining: { points: 7, weighted: 700 } });
    expect(s.edited).toBe(true);
    expect(retotal({ ...v, items: [] }).reason).toMatch(/removed/);
  });
});
