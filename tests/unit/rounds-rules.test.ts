import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JobRole } from "@/lib/generated/prisma/enums";
import {
  askedMembers,
  extendProblem,
  isAsked,
  openProblem,
  openRoundSchema,
  roundStatus,
  summariseProgress,
  type ProgressPerson,
  type ProgressState,
} from "@/lib/rounds/rules";
import { JOB_ROLE_KEYS, type Tier } from "@/lib/tiers";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const round = { opensAt: day(1), closesAt: day(10), closedAt: null };

describe("round status", () => {
  it("is scheduled, then open from the opening instant, then closed at the closing instant", () => {
    expect(roundStatus(round, day(0))).toBe("SCHEDULED");
    expect(roundStatus(round, day(1))).toBe("OPEN");
    expect(roundStatus(round, day(9))).toBe("OPEN");
    expect(roundStatus(round, day(10))).toBe("CLOSED");
  });

  it("is closed from the moment the lead closes it early", () => {
    const closed = { ...round, closedAt: day(5) };
    expect(roundStatus(closed, day(4))).toBe("OPEN");
    expect(roundStatus(closed, day(5))).toBe("CLOSED");
  });

  it("never goes backwards in time", () => {
    const order = { SCHEDULED: 0, OPEN: 1, CLOSED: 2 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        fc.option(fc.integer({ min: 0, max: 100 })),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (open, length, closed, t1, t2) => {
          const r = {
            opensAt: day(open),
            closesAt: day(open + length),
            closedAt: closed === null ? null : day(closed),
          };
          const [a, b] = [Math.min(t1, t2), Math.max(t1, t2)];
          expect(order[roundStatus(r, day(a))]).toBeLessThanOrEqual(order[roundStatus(r, day(b))]);
        },
      ),
    );
  });
});

describe("who is asked", () => {
  it("asks everyone, or only the chosen job roles", () => {
    expect(isAsked({ audience: "ALL_STAFF", jobRoles: [] }, "CATERING")).toBe(true);
    const chosen = { audience: "JOB_ROLES" as const, jobRoles: ["FORM_TUTOR", "SENCO"] as JobRole[] };
    expect(isAsked(chosen, "SENCO")).toBe(true);
    expect(isAsked(chosen, "TEACHER")).toBe(false);
    const members = [{ jobRole: "SENCO" as JobRole }, { jobRole: "TEACHER" as JobRole }, { jobRole: null }];
    expect(askedMembers(chosen, members)).toEqual([{ jobRole: "SENCO" }]);
  });
});

describe("opening and extending", () => {
  const valid = {
    title: "Autumn 2026",
    opensAt: "2026-09-01",
    closesAt: "2026-09-30",
    mode: "NAMED",
    audience: "ALL_STAFF",
  };

  it("accepts form strings and drops job roles when all staff are asked", () => {
    const r = openRoundSchema.parse({ ...valid, jobRoles: ["SENCO"] });
    expect(r.opensAt).toBeInstanceOf(Date);
    expect(r.jobRoles).toEqual([]);
  });

  it("says clearly what is wrong, beside the field", () => {
    const r = openRoundSchema.safeParse({
      ...valid,
      closesAt: "2026-08-01",
      audience: "JOB_ROLES",
      title: "x",
    });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath).toMatchObject({
      title: "Give the round a title of at least 3 characters.",
      closesAt: "The closing date must be after the opening date.",
      jobRoles: "Choose at least one job role, or ask all staff.",
    });
    expect(openRoundSchema.safeParse({ ...valid, opensAt: "not a date" }).error!.issues[0]!.message).toBe(
      "Enter the opening date.",
    );
  });

  it("refuses a closing date already past", () => {
    expect(openProblem({ closesAt: day(1) }, day(2))).toMatch(/already passed/);
    expect(openProblem({ closesAt: day(3) }, day(2))).toBeNull();
  });

  it("extends only to a later date, and never reopens a round closed early", () => {
    expect(extendProblem(round, day(12), day(5))).toBeNull();
    expect(extendProblem(round, day(12), day(11))).toBeNull();
    expect(extendProblem(round, day(9), day(5))).toMatch(/later than the current one/);
    expect(extendProblem({ ...round, closedAt: day(4) }, day(12), day(5))).toMatch(/closed early/);
  });
});

describe("progress", () => {
  const person = (jobRole: JobRole, state: ProgressState, requiredTier: Tier = 1): ProgressPerson => ({
    jobRole,
    requiredTier,
    state,
  });
  const people = [
    ...Array.from({ length: 6 }, (_, i) => person("TEACHER", i < 4 ? "SUBMITTED" : "NOT_STARTED")),
    ...Array.from({ length: 5 }, (_, i) => person("TEACHING_ASSISTANT", i < 2 ? "SUBMITTED" : "IN_PROGRESS")),
    person("SENCO", "SUBMITTED", 3),
  ];

  it("shows every figure in a NAMED round", () => {
    const p = summariseProgress(people, { mode: "NAMED", k: 5 });
    expect(p.overall).toMatchObject({ asked: 12, submitted: 7, inProgress: 3, withheld: false });
    expect(p.byJobRole.find((g) => g.key === "SENCO")).toMatchObject({ submitted: 1, rate: 1 });
  });

  it("withholds a small group in a CONFIDENTIAL round, and a second one beside it", () => {
    const p = summariseProgress(people, { mode: "CONFIDENTIAL", k: 5 });
    expect(p.overall).toMatchObject({ asked: 12, submitted: 7, withheld: false });
    const shown = Object.fromEntries(p.byJobRole.map((g) => [g.key, g.withheld]));
    expect(shown).toEqual({ SENCO: true, TEACHING_ASSISTANT: true, TEACHER: false });
    expect(p.byJobRole.find((g) => g.key === "SENCO")).toMatchObject({ submitted: null, rate: null });
    expect(p.byTier.map((g) => [g.key, g.withheld])).toEqual([
      ["1", true],
      ["3", true],
    ]);
  });

  it("never leaves exactly one group withheld, and shows only groups of at least k", () => {
    const arb = fc.array(
      fc.record({
        jobRole: fc.constantFrom(...JOB_ROLE_KEYS.slice(0, 5)),
        requiredTier: fc.constantFrom<Tier>(1, 2, 3),
        state: fc.constantFrom<ProgressState>("NOT_STARTED", "IN_PROGRESS", "SUBMITTED"),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 5, max: 8 }), (ps, k) => {
        const p = summariseProgress(ps, { mode: "CONFIDENTIAL", k });
        for (const groups of [p.byJobRole, p.byTier]) {
          const withheld = groups.filter((g) => g.withheld);
          if (groups.length > 1) expect(withheld.length).not.toBe(1);
          for (const g of groups) if (!g.withheld) expect(g.asked).toBeGreaterThanOrEqual(k);
        }
        expect(p.overall.withheld).toBe(ps.length < k);
      }),
    );
  });
});
