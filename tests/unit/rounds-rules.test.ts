import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JobRole } from "@/lib/generated/prisma/enums";
import {
  askedMembers,
  extendProblem,
  isAsked,
  openProblem,
  roundStatus,
  disclosureFor,
} from "@/lib/rounds/rules";
import { publishProgress, type Participant } from "@/lib/disclosure";
import { openRoundFormSchema } from "@/lib/rounds/forms";

type ParticipantState = Participant["state"];
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
  // The one schema for opening a round: the form's, in London days.
  const valid = {
    title: "Autumn 2026",
    opensOn: "2026-09-01",
    closesOn: "2026-09-30",
    mode: "NAMED",
    audience: "ALL_STAFF",
  };

  it("accepts form strings and drops job roles when all staff are asked", () => {
    const r = openRoundFormSchema.parse({ ...valid, jobRoles: ["SENCO"] });
    expect(r.opensAt).toBeInstanceOf(Date);
    expect(r.jobRoles).toEqual([]);
  });

  it("says clearly what is wrong, beside the field", () => {
    const r = openRoundFormSchema.safeParse({
      ...valid,
      closesOn: "2026-08-01",
      audience: "JOB_ROLES",
      jobRoles: [],
      title: "x",
    });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath).toMatchObject({
      title: "Give the round a title of at least 3 characters.",
      closesOn: "The closing date must not be before the opening date.",
      jobRoles: "Choose at least one job role, or ask all staff.",
    });
    expect(
      openRoundFormSchema.safeParse({ ...valid, jobRoles: [], title: "Autumn\u0000" }).error!.issues[0]!.path,
    ).toEqual(["title"]);
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

describe("progress (published through lib/disclosure)", () => {
  const person = (jobRole: JobRole, state: ParticipantState, tier: Tier = 1): Participant => ({
    jobRole,
    tier,
    state,
  });
  const people = [
    ...Array.from({ length: 6 }, (_, i) => person("TEACHER", i < 4 ? "SUBMITTED" : "NOT_STARTED")),
    ...Array.from({ length: 5 }, (_, i) => person("TEACHING_ASSISTANT", i < 2 ? "SUBMITTED" : "IN_PROGRESS")),
    person("SENCO", "SUBMITTED", 3),
  ];
  const label = (r: string) => r;

  it("shows every figure in a NAMED round", () => {
    const p = publishProgress({
      mode: disclosureFor("NAMED", "LEAD"),
      k: 5,
      participants: people,
      roleLabel: label,
    });
    expect(p.overall).toMatchObject({ asked: 12, submitted: 7, inProgress: 3 });
    expect(p.groups.find((g) => g.key === "SENCO")).toMatchObject({ submitted: 1, rate: 1 });
    expect(p.bands.map((b) => [b.label, b.asked])).toEqual([
      ["Core roles", 11],
      ["Specialist roles", 1],
    ]);
  });

  it("merges groups in a CONFIDENTIAL round until each has k people who submitted", () => {
    const p = publishProgress({
      mode: disclosureFor("CONFIDENTIAL", "LEAD"),
      k: 5,
      participants: people,
      roleLabel: label,
    });
    expect(p.overall).toMatchObject({ asked: 12, submitted: 7 });
    // One SENCO and no Enhanced staff: every tier is counted together; no group's size is published.
    expect(p.groups).toEqual([]);
    expect(p.bands.map((g) => [g.label, g.asked, g.submitted])).toEqual([["All staff", 12, 7]]);
  });

  it("never shows a band resting on fewer than k people who submitted, and loses no one", () => {
    const arb = fc.array(
      fc.record({
        jobRole: fc.constantFrom(...JOB_ROLE_KEYS.slice(0, 5), "FORM_TUTOR" as JobRole, "SENCO" as JobRole),
        tier: fc.constantFrom<Tier>(1, 2, 3),
        state: fc.constantFrom<ParticipantState>("NOT_STARTED", "IN_PROGRESS", "SUBMITTED"),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 5, max: 8 }), (ps, k) => {
        const p = publishProgress({ mode: "controlled", k, participants: ps, roleLabel: label });
        expect(p.groups).toEqual([]);
        expect(p.bands.reduce((s, g) => s + g.asked, 0)).toBe(ps.length);
        expect(p.bands.reduce((s, g) => s + g.submitted, 0)).toBe(p.overall.submitted);
        if (p.overall.submitted >= k) for (const g of p.bands) expect(g.submitted).toBeGreaterThanOrEqual(k);
        else expect(p.bands.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
