import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  assertPlannableCourses,
  bucketByProfile,
  planLimitsSchema,
  plannableCourseProblems,
  toPlanLimits,
  unitsFromPeople,
  DEFAULT_WEIGHTS,
  type PersonNeeds,
} from "../../lib/planner";
import { UserError } from "../../lib/errors";

const valid = { budgetPounds: 6000, hoursPerPersonPerYear: 6, inSchoolSessions: 3 };
const messages = (input: unknown) => {
  const result = planLimitsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("planLimitsSchema", () => {
  it("accepts sensible limits and fills in terms, the strict tier order and weights", () => {
    const parsed = planLimitsSchema.parse(valid);
    expect(parsed.terms).toEqual(["autumn", "spring", "summer"]);
    expect(parsed.order).toBe("strict");
    expect(parsed.weights).toEqual(DEFAULT_WEIGHTS);
    expect(toPlanLimits(parsed)).toEqual({
      limits: {
        budgetPence: 600_000,
        hoursPerPersonPerYear: 6,
        inSchoolSessions: 3,
        terms: ["autumn", "spring", "summer"],
      },
      weights: { 1: 100, 2: 10, 3: 1 },
      order: "strict",
    });
  });

  it("accepts the edges: £0 and £1,000,000, 0 and 200 hours, 0 and 50 sessions", () => {
    expect(messages({ budgetPounds: 0, hoursPerPersonPerYear: 0, inSchoolSessions: 0 })).toEqual([]);
    expect(messages({ budgetPounds: 1_000_000, hoursPerPersonPerYear: 200, inSchoolSessions: 50 })).toEqual(
      [],
    );
  });

  it("rejects negative or absurd values with clear messages", () => {
    expect(messages({ ...valid, budgetPounds: -1 })).toEqual(["The budget cannot be negative."]);
    expect(messages({ ...valid, budgetPounds: 1_000_000.01 })).toEqual([
      "The budget can be at most £1,000,000.",
    ]);
    expect(messages({ ...valid, budgetPounds: 12.345 })).toEqual([
      "Give the budget in pounds and pence, with at most two decimal places.",
    ]);
    expect(messages({ ...valid, hoursPerPersonPerYear: 201 })).toEqual([
      "Allow at most 200 hours of training per person per year.",
    ]);
    expect(messages({ ...valid, hoursPerPersonPerYear: -2 })).toEqual(["Hours cannot be negative."]);
    expect(messages({ ...valid, inSchoolSessions: 2.5 })).toEqual(["Enter a whole number of sessions."]);
    expect(messages({ ...valid, inSchoolSessions: 51 })).toEqual([
      "Allow at most 50 in-school sessions a year.",
    ]);
    expect(messages({ ...valid, weights: { 1: 1001, 2: 10, 3: 1 } })).toEqual([
      "A weight can be at most 1,000.",
    ]);
    expect(messages({ ...valid, weights: { 1: 0, 2: 0, 3: 0 } })).toEqual([
      "At least one tier needs a weight above 0.",
    ]);
    expect(messages({ ...valid, terms: [] })).toEqual(["Choose at least one term."]);
    expect(messages({ ...valid, terms: ["autumn", "autumn"] })).toEqual(["Choose each term once."]);
    expect(messages({ ...valid, budgetPounds: "lots" })).toEqual(["Enter the budget in pounds."]);
    expect(messages({ ...valid, budgetPounds: Number.NaN })).toHaveLength(1);
  });

  it("turns any valid pounds-and-pence budget into exact pence (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (pence) => {
        const parsed = planLimitsSchema.parse({ ...valid, budgetPounds: pence / 100 });
        expect(toPlanLimits(parsed).limits.budgetPence).toBe(pence);
      }),
    );
  });
});

describe("course checks", () => {
  it("rejects a course with no outcomes, naming it", () => {
    const course = { id: "c1", title: "Wellbeing basics", costModel: "PER_PLACE" as const, outcomes: [] };
    expect(plannableCourseProblems(course)).toEqual([
      '"Wellbeing basics" has no outcomes, so it cannot close any gap. Add at least one competency and the level it develops.',
    ]);
    expect(() => assertPlannableCourses([course])).toThrow(UserError);
    expect(() => assertPlannableCourses([course])).toThrow(/no outcomes/);
  });

  it("rejects a per-session course with no capacity", () => {
    const course = {
      id: "c2",
      costModel: "PER_SESSION" as const,
      outcomes: [{ competencyCode: "C1.01", level: 3 }],
    };
    expect(plannableCourseProblems(course)).toEqual([
      "Course c2 is priced per session but has no session capacity. Enter how many people one session holds.",
    ]);
  });

  it("accepts a well-formed course", () => {
    const course = {
      id: "c3",
      costModel: "PER_SESSION" as const,
      sessionCapacity: 30,
      outcomes: [{ competencyCode: "C1.01", level: 3 }],
    };
    expect(plannableCourseProblems(course)).toEqual([]);
    expect(() => assertPlannableCourses([course])).not.toThrow();
  });
});

describe("units", () => {
  const people: PersonNeeds[] = [
    { id: "alice", jobRole: "TEACHER", requiredTier: 1, gaps: { K1: 2, K2: 0 } },
    { id: "bob", jobRole: "TEACHER", requiredTier: 1, gaps: { K1: 2 } },
    { id: "cara", jobRole: "TEACHER", requiredTier: 1, gaps: { K1: 1 } },
    { id: "dev", jobRole: "ADMIN", requiredTier: 1, gaps: { K1: 2 } },
    { id: "eve", jobRole: "ADMIN", requiredTier: 1, gaps: { K1: 0 } },
  ];

  it("keeps people one by one for named rounds, dropping zero gaps", () => {
    expect(unitsFromPeople(people.slice(0, 1))).toEqual([
      { id: "alice", jobRole: "TEACHER", requiredTier: 1, count: 1, gaps: { K1: 2 } },
    ]);
  });

  it("buckets identical profiles per job role for confidential rounds, without naming anyone", () => {
    const units = bucketByProfile(people);
    expect(units).toEqual([
      { id: "ADMIN#1", jobRole: "ADMIN", requiredTier: 1, count: 1, gaps: { K1: 2 } },
      { id: "TEACHER#1", jobRole: "TEACHER", requiredTier: 1, count: 1, gaps: { K1: 1 } },
      { id: "TEACHER#2", jobRole: "TEACHER", requiredTier: 1, count: 2, gaps: { K1: 2 } },
    ]);
    expect(JSON.stringify(units)).not.toMatch(/alice|bob|cara|dev|eve/);
    expect(bucketByProfile([...people].reverse())).toEqual(units);
  });
});
