import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  impactWindow,
  pairRounds,
  personChange,
  trainingImpact,
  type ImpactPerson,
} from "../../lib/records/impact";
import {
  addDays,
  addMonths,
  completedOnProblem,
  expiringWithin,
  expiryText,
  expiryOf,
  isInDate,
  trainedCoverage,
  type HeldRecord,
} from "../../lib/records/rules";
import type { GapCompetency } from "../../lib/gaps/types";

const dayArb = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("expiry", () => {
  it("adds the refresh interval in calendar months", () => {
    expect(expiryOf("2026-03-14", 12)).toBe("2027-03-14");
    expect(expiryOf("2026-03-14", 36)).toBe("2029-03-14");
  });

  it("falls back to the last day of a shorter month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-08-31", 1)).toBe("2026-09-30");
  });

  it("never expires without a refresh interval", () => {
    expect(expiryOf("2026-03-14", null)).toBeNull();
    expect(expiryOf("2026-03-14", undefined)).toBeNull();
  });

  it("never falls before completion, and never more than a month's days past the interval (property)", () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 120 }), (day, months) => {
        const expiry = expiryOf(day, months)!;
        expect(expiry > day).toBe(true);
        // Monotone: a longer interval never expires sooner.
        expect(expiryOf(day, months + 1)! >= expiry).toBe(true);
        expect(expiry <= addDays(day, months * 31)).toBe(true);
      }),
    );
  });
});

describe("in date and expiring soon", () => {
  const rec = (id: string, completedOn: string, expiresOn: string | null) => ({ id, completedOn, expiresOn });

  it("counts training up to and including its expiry day", () => {
    expect(isInDate(rec("a", "2025-01-01", "2026-05-01"), "2026-05-01")).toBe(true);
    expect(isInDate(rec("a", "2025-01-01", "2026-05-01"), "2026-05-02")).toBe(false);
    expect(isInDate(rec("a", "2025-01-01", null), "2099-01-01")).toBe(true);
    expect(isInDate(rec("a", "2026-06-01", null), "2026-05-01")).toBe(false);
  });

  it("lists what expires within 60 days, soonest first, and nothing already expired", () => {
    const today = "2026-05-01";
    const records = [
      rec("later", "2025-01-01", "2026-06-30"), // day 60: in
      rec("soon", "2025-01-01", "2026-05-10"),
      rec("today", "2025-01-01", "2026-05-01"),
      rec("gone", "2025-01-01", "2026-04-30"),
      rec("far", "2025-01-01", "2026-07-01"), // day 61: out
      rec("never", "2025-01-01", null),
    ];
    expect(expiringWithin(records, today).map((r) => r.id)).toEqual(["today", "soon", "later"]);
  });

  it("only ever lists in-date training expiring inside the window (property)", () => {
    const recordArb = fc.record({
      id: fc.string(),
      completedOn: dayArb,
      expiresOn: fc.option(dayArb, { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 20 }), dayArb, (records, today) => {
        const listed = expiringWithin(records, today);
        for (const r of listed) {
          expect(isInDate(r, today)).toBe(true);
          expect(r.expiresOn! <= addDays(today, 60)).toBe(true);
        }
        for (let i = 1; i < listed.length; i++)
          expect(listed[i - 1]!.expiresOn! <= listed[i]!.expiresOn!).toBe(true);
      }),
    );
  });

  it("refuses dates in the future or before 2000", () => {
    expect(completedOnProblem("2026-05-02", "2026-05-01")).toMatch(/future/);
    expect(completedOnProblem("1999-12-31", "2026-05-01")).toMatch(/2000/);
    expect(completedOnProblem("2026-05-01", "2026-05-01")).toBeNull();
  });
});

describe("coverage by in-date training", () => {
  const competencies: GapCompetency[] = [
    { code: "A1", domainCode: "D1", tier: 1 },
    { code: "A2", domainCode: "D1", tier: 1 },
    { code: "B1", domainCode: "D2", tier: 2 },
  ];
  const people = [
    { id: "p1", requiredTier: 1 as const },
    { id: "p2", requiredTier: 1 as const },
    { id: "p3", requiredTier: 2 as const },
    { id: "p4", requiredTier: 3 as const },
  ];
  const held = (
    personId: string,
    outcomes: Record<string, number>,
    expiresOn: string | null = null,
  ): HeldRecord => ({
    personId,
    completedOn: "2026-01-10",
    expiresOn,
    outcomes: Object.entries(outcomes).map(([competencyCode, level]) => ({ competencyCode, level })),
  });

  it("needs every tier competency at the target, from one course or several", () => {
    const records = [
      held("p1", { A1: 3, A2: 3 }), // one course covers tier 1
      held("p2", { A1: 3 }),
      held("p2", { A2: 4 }), // two courses between them
      held("p3", { A1: 3, A2: 2 }), // A2 below the target
      held("p4", { A1: 3, A2: 3, B1: 3 }, "2026-02-01"), // expired by today
    ];
    const rows = trainedCoverage(people, competencies, records, "2026-05-01");
    expect(rows[0]).toEqual({ tier: 1, people: 4, covered: 2, share: 0.5 });
    expect(rows[1]).toEqual({ tier: 2, people: 2, covered: 0, share: 0 });
    // Tier 3 has no competencies here: no one is counted as covered.
    expect(rows[2]).toEqual({ tier: 3, people: 1, covered: 0, share: 0 });
  });

  it("never counts more people than the tier holds, and expired training never adds cover (property)", () => {
    const outcomeArb = fc.dictionary(fc.constantFrom("A1", "A2", "B1"), fc.integer({ min: 1, max: 4 }));
    const recArb = fc.record({
      personId: fc.constantFrom("p1", "p2", "p3", "p4"),
      completedOn: fc.constant("2026-01-10"),
      expiresOn: fc.option(fc.constantFrom("2026-02-01", "2027-01-01"), { nil: null }),
      outcomes: outcomeArb.map((o) =>
        Object.entries(o).map(([competencyCode, level]) => ({ competencyCode, level })),
      ),
    });
    fc.assert(
      fc.property(fc.array(recArb, { maxLength: 12 }), (records) => {
        const all = trainedCoverage(people, competencies, records, "2026-05-01");
        const inDateOnly = trainedCoverage(
          people,
          competencies,
          records.filter((r) => r.expiresOn !== "2026-02-01"),
          "2026-05-01",
        );
        expect(all).toEqual(inDateOnly);
        for (const row of all) expect(row.covered).toBeLessThanOrEqual(row.people);
      }),
    );
  });
});

describe("impact", () => {
  const person = (id: string, before: number, after: number, courses: string[] = []): ImpactPerson => ({
    id,
    before: { A1: before, A2: before },
    after: { A1: after, A2: after },
    completedBetween: courses,
  });

  it("compares the mean change of those who took a course with those who did not", () => {
    const people = [
      ...[1, 2, 3, 4, 5].map((i) => person(`t${i}`, 1, 3, ["c1"])),
      ...[1, 2, 3, 4, 5, 6].map((i) => person(`u${i}`, 2, 2)),
    ];
    const [row] = trainingImpact(people, [{ id: "c1", title: "Course", codes: ["A1"] }], 5);
    expect(row!.trained).toEqual({ people: 5, meanChange: 2, withheld: false });
    expect(row!.untrained).toEqual({ people: 6, meanChange: 0, withheld: false });
  });

  it("withholds a group of fewer than k people, and never lets k fall below 5", () => {
    const people = [person("t1", 1, 3, ["c1"]), ...[1, 2, 3, 4, 5].map((i) => person(`u${i}`, 2, 2))];
    const [row] = trainingImpact(people, [{ id: "c1", title: "Course", codes: ["A1"] }], 2);
    expect(row!.trained).toEqual({ people: 1, meanChange: null, withheld: true });
    expect(row!.untrained.withheld).toBe(false);
  });

  it("leaves out courses no one took, and people with nothing rated twice", () => {
    expect(trainingImpact([person("a", 1, 2)], [{ id: "c1", title: "C", codes: ["A1"] }])).toEqual([]);
    expect(
      personChange({ id: "x", before: { A1: 1 }, after: { A2: 3 }, completedBetween: [] }, ["A1", "A2"]),
    ).toBeNull();
  });
});

describe("which rounds, and what 'between' means", () => {
  const round = (
    id: string,
    opens: string,
    closes: string,
    extra: { closedAt?: string; createdAt?: string } = {},
  ) => ({
    id,
    opensAt: new Date(`${opens}T08:00:00Z`),
    closesAt: new Date(`${closes}T20:00:00Z`),
    closedAt: extra.closedAt ? new Date(`${extra.closedAt}T12:00:00Z`) : null,
    createdAt: new Date(`${extra.createdAt ?? "2026-01-01"}T00:00:00Z`),
  });

  it("pairs the latest round with the latest one that closed before it opened", () => {
    const a = round("z", "2026-01-05", "2026-01-15");
    const b = round("a", "2026-05-01", "2026-06-30");
    const c = round("m", "2026-05-01", "2026-05-10");
    expect(pairRounds([c, a, b])).toEqual({ earlier: a, later: b });
    expect(pairRounds([b, c])).toBeNull(); // they overlap: neither is before the other
    expect(pairRounds([a])).toBeNull();
  });

  it("takes an early close as the end of a round", () => {
    const early = round("e", "2026-01-05", "2026-03-31", { closedAt: "2026-01-20" });
    const later = round("l", "2026-02-01", "2026-02-10");
    expect(pairRounds([later, early])).toEqual({ earlier: early, later });
    expect(impactWindow(early, later)).toEqual({ from: "2026-01-21", to: "2026-02-01" });
  });

  it("is after the earlier round's last day, up to and including the day the later one opened", () => {
    expect(
      impactWindow(round("a", "2026-01-05", "2026-01-15"), round("b", "2026-06-01", "2026-06-15")),
    ).toEqual({ from: "2026-01-16", to: "2026-06-01" });
  });
});

describe("expiry in words", () => {
  it("puts expired training in the past tense", () => {
    expect(expiryText(null, "2026-03-01")).toBe("Does not expire");
    expect(expiryText("2025-01-31", "2026-03-01")).toBe("Expired on 31 January 2025");
    expect(expiryText("2026-03-01", "2026-03-01")).toBe("Expires on 1 March 2026"); // in date to the end of its last day
    expect(expiryText("2027-03-01", "2026-03-01")).toBe("Expires on 1 March 2027");
  });
});
