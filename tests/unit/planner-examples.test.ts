import { describe, it, expect } from "vitest";
import {
  planTraining,
  planTrainingGreedy,
  type PlanCourse,
  type PlanInput,
  type PlanUnit,
} from "../../lib/planner";
import { pointsClosed } from "../../lib/planner/prepare";

const competencies: PlanInput["competencies"] = [
  { code: "K1", tier: 1 },
  { code: "K2", tier: 1 },
  { code: "E1", tier: 2 },
  { code: "S1", tier: 3 },
];
const limits = { budgetPence: 100_000, hoursPerPersonPerYear: 6, inSchoolSessions: 3 };
const exact = { mipRelGap: 0 };

const person = (
  id: string,
  gaps: Record<string, number>,
  requiredTier: 1 | 2 | 3 = 1,
  count = 1,
): PlanUnit => ({
  id,
  jobRole: "TEACHER",
  requiredTier,
  count,
  gaps,
});
const place = (
  id: string,
  costPence: number,
  outcomes: Record<string, number>,
  hours = 2,
  tier: 1 | 2 | 3 = 1,
): PlanCourse => ({
  id,
  tier,
  format: "ONLINE_SELF_PACED",
  hoursPerParticipant: hours,
  costModel: "PER_PLACE",
  costPence,
  outcomes: Object.entries(outcomes).map(([competencyCode, level]) => ({ competencyCode, level })),
});
const session = (
  id: string,
  costPence: number,
  capacity: number,
  outcomes: Record<string, number>,
  hours = 3,
): PlanCourse => ({
  ...place(id, costPence, outcomes, hours),
  format: "IN_SCHOOL",
  costModel: "PER_SESSION",
  sessionCapacity: capacity,
});
const ten = (gaps: Record<string, number>) =>
  Array.from({ length: 10 }, (_, i) => person(`p${String(i).padStart(2, "0")}`, gaps));

describe("points closed", () => {
  it("lifts the rating to the course level: closed = min(gap, max(0, level - (target - gap)))", () => {
    // target 3, gap 2 means rating 1
    expect(pointsClosed(2, 3, 1)).toBe(0);
    expect(pointsClosed(2, 3, 2)).toBe(1);
    expect(pointsClosed(2, 3, 3)).toBe(2);
    expect(pointsClosed(2, 3, 4)).toBe(2);
    // target 4, gap 1 means rating 3
    expect(pointsClosed(1, 4, 3)).toBe(0);
    expect(pointsClosed(1, 4, 4)).toBe(1);
  });
});

describe("planTraining on hand-worked examples", () => {
  it("returns an empty plan, with a reason, for empty input", async () => {
    const plan = await planTraining({ units: [], courses: [], competencies, limits });
    expect(plan.items).toEqual([]);
    expect(plan.reason).toMatch(/no one to plan for/i);
    expect(plan.need).toEqual({ before: { points: 0, weighted: 0 }, remaining: { points: 0, weighted: 0 } });
    expect(plan.totals.costPence).toBe(0);
  });

  it("explains an empty catalogue and marks every need no-course", async () => {
    const plan = await planTraining({ units: [person("p1", { K1: 2 })], courses: [], competencies, limits });
    expect(plan.reason).toMatch(/no courses/i);
    expect(plan.unmet).toEqual([
      { unitId: "p1", competencyCode: "K1", people: 1, points: 2, reason: "no-course" },
    ]);
  });

  it("books one in-school session where it is cheaper than the places, when money is tight", async () => {
    // Ten people, gap 2 on K1. Places: 10 x £50 = £500. One session for 10: £300. Budget £400.
    const courses = [place("elearn", 5_000, { K1: 3 }), session("inset", 30_000, 10, { K1: 3 })];
    const plan = await planTraining({
      units: ten({ K1: 2 }),
      courses,
      competencies,
      limits: { ...limits, budgetPence: 40_000 },
      solver: exact,
    });
    expect(plan.method).toBe("exact");
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]).toMatchObject({
      courseId: "inset",
      sessions: 1,
      people: 10,
      costPence: 30_000,
      pointsClosed: 20,
    });
    expect(plan.totals).toMatchObject({
      costPence: 30_000,
      sessionsUsed: 1,
      peopleTrained: 10,
      pointsClosed: 20,
    });
    expect(plan.unmet).toEqual([]);
  });

  it("still books the cheaper session when money is plentiful (same value, less spend)", async () => {
    const courses = [place("elearn", 5_000, { K1: 3 }), session("inset", 30_000, 10, { K1: 3 })];
    const plan = await planTraining({ units: ten({ K1: 2 }), courses, competencies, limits, solver: exact });
    expect(plan.items.map((i) => i.courseId)).toEqual(["inset"]);
    expect(plan.totals.costPence).toBe(30_000);
  });

  it("buys places where they are cheaper than a session", async () => {
    const units = ten({ K1: 2 }).slice(0, 4);
    const courses = [place("elearn", 5_000, { K1: 3 }), session("inset", 30_000, 10, { K1: 3 })];
    const plan = await planTraining({ units, courses, competencies, limits, solver: exact });
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]).toMatchObject({ courseId: "elearn", sessions: null, people: 4, costPence: 20_000 });
  });

  it("closes Core before Enhanced with the default weights", async () => {
    const units = [person("lead", { K1: 1, E1: 3 }, 2)];
    const courses = [place("core", 2_000, { K1: 3 }), place("enhanced", 2_000, { E1: 3 })];
    for (const plan of [
      await planTraining({
        units,
        courses,
        competencies,
        limits: { ...limits, budgetPence: 2_000 },
        solver: exact,
      }),
      planTrainingGreedy({ units, courses, competencies, limits: { ...limits, budgetPence: 2_000 } }),
    ]) {
      expect(plan.items.map((i) => i.courseId)).toEqual(["core"]);
      expect(plan.pointsByTier).toEqual({ 1: 1, 2: 0, 3: 0 }); // one Core point beats three Enhanced
      expect(plan.unmet).toEqual([
        { unitId: "lead", competencyCode: "E1", people: 1, points: 3, reason: "no-money" },
      ]);
    }
  });

  it("follows weights the lead changes", async () => {
    const units = [person("lead", { K1: 1, E1: 3 }, 2)];
    const courses = [place("core", 2_000, { K1: 3 }), place("enhanced", 2_000, { E1: 3 })];
    const plan = await planTraining({
      units,
      courses,
      competencies,
      limits: { ...limits, budgetPence: 2_000 },
      order: "weighted",
      weights: { 1: 1, 2: 1, 3: 1 },
      solver: exact,
    });
    expect(plan.items.map((i) => i.courseId)).toEqual(["enhanced"]);
  });

  it("counts the best level reached, never the sum, and drops a course that adds nothing", async () => {
    // Gap 3 on K1 (rating 0). "partial" reaches level 2 (2 points); "full" reaches 3 (3 points) and K2.
    const units = [person("p1", { K1: 3, K2: 1 })];
    const courses = [place("partial", 1_000, { K1: 2 }), place("full", 1_000, { K1: 3, K2: 3 })];
    const plan = await planTraining({ units, courses, competencies, limits, solver: exact });
    expect(plan.items.map((i) => i.courseId)).toEqual(["full"]);
    expect(plan.items[0]!.closes).toEqual([
      { unitId: "p1", competencyCode: "K1", points: 3 },
      { unitId: "p1", competencyCode: "K2", points: 1 },
    ]);
    expect(plan.totals.pointsClosed).toBe(4);
    expect(plan.need.remaining).toEqual({ points: 0, weighted: 0 });
  });

  it("keeps each person within their hours", async () => {
    const units = [person("p1", { K1: 2, K2: 2 })];
    const courses = [place("a", 1_000, { K1: 3 }, 2), place("b", 1_000, { K2: 3 }, 2)];
    const plan = await planTraining({
      units,
      courses,
      competencies,
      limits: { ...limits, hoursPerPersonPerYear: 3 },
      solver: exact,
    });
    expect(plan.items).toHaveLength(1);
    expect(plan.totals.maxHoursPerPerson).toBe(2);
    expect(plan.unmet).toEqual([
      {
        unitId: "p1",
        competencyCode: plan.items[0]!.courseId === "a" ? "K2" : "K1",
        people: 1,
        points: 2,
        reason: "no-time",
      },
    ]);
  });

  it("gives each unmet need its reason", async () => {
    const units = [person("p1", { K1: 2, K2: 2, S1: 1 }, 3)];
    const courses = [place("long", 1_000, { K1: 3 }, 10), place("dear", 50_000, { K2: 3 }, 1)];
    const plan = await planTraining({
      units,
      courses,
      competencies,
      limits: { ...limits, budgetPence: 10_000 },
    });
    expect(plan.items).toEqual([]);
    expect(plan.reason).toMatch(/fits the limits/);
    expect(plan.unmet.map((u) => [u.competencyCode, u.reason])).toEqual([
      ["K1", "no-time"],
      ["K2", "no-money"],
      ["S1", "no-course"],
    ]);
  });

  it("treats a bucket of five like five people", async () => {
    const courses = [place("elearn", 5_000, { K1: 3 }), session("inset", 12_000, 3, { K1: 3, K2: 3 })];
    const budget = { ...limits, budgetPence: 22_000, inSchoolSessions: 1 };
    const five = Array.from({ length: 5 }, (_, i) => person(`p${i}`, { K1: 2, K2: 1 }));
    const single = await planTraining({ units: five, courses, competencies, limits: budget, solver: exact });
    const bucket = await planTraining({
      units: [person("TEACHER#1", { K1: 2, K2: 1 }, 1, 5)],
      courses,
      competencies,
      limits: budget,
      solver: exact,
    });
    expect(bucket.totals.valueClosed).toBe(single.totals.valueClosed);
    expect(bucket.items.flatMap((i) => i.attendees.map((a) => a.unitId))).toEqual(
      expect.arrayContaining(["TEACHER#1"]),
    );
  });

  it("spreads sessions across the terms and says why", async () => {
    const units = Array.from({ length: 9 }, (_, i) => person(`p${i}`, { K1: 2, K2: 1 }));
    const courses = [session("inset", 10_000, 3, { K1: 3, K2: 3, E1: 3 })];
    const plan = await planTraining({ units, courses, competencies, limits, solver: exact });
    expect(plan.items.map((i) => [i.term, i.sessions, i.people])).toEqual([
      ["autumn", 1, 3],
      ["spring", 1, 3],
      ["summer", 1, 3],
    ]);
    expect(plan.items[0]!.why).toMatch(/^Closes 9 gap points \(Core 9\) for 3 people on K1, K2\./);
    expect(plan.items[0]!.why).toMatch(/Some of its outcomes \(E1\)/);
    expect(plan.items[0]!.costPerGapPoint).toBeCloseTo(10_000 / 9, 10);
  });

  it("is deterministic", async () => {
    const units = ten({ K1: 2, K2: 1 });
    const courses = [
      place("a", 3_000, { K1: 3 }),
      place("b", 2_000, { K1: 2, K2: 3 }),
      session("c", 9_000, 4, { K1: 3, K2: 3 }),
    ];
    const input = { units, courses, competencies, limits: { ...limits, budgetPence: 25_000 } };
    expect(await planTraining(input)).toEqual(await planTraining(input));
    expect(planTrainingGreedy(input)).toEqual(planTrainingGreedy(input));
  });

  it("reports the heuristic honestly when asked for it", async () => {
    const units = ten({ K1: 2, K2: 1 });
    const courses = [place("a", 3_000, { K1: 3 }), place("b", 2_000, { K1: 2, K2: 3 })];
    const plan = await planTraining({
      units,
      courses,
      competencies,
      limits: { ...limits, budgetPence: 25_000 },
      solver: { method: "heuristic" },
    });
    expect(["heuristic", "exact"]).toContain(plan.method);
    if (plan.method === "heuristic") expect(plan.optimalityGap).toBeGreaterThanOrEqual(0);
    const greedy = planTrainingGreedy({ units, courses, competencies, limits });
    expect(greedy.method).toBe("heuristic");
    expect(greedy.optimalityGap).toBeNull();
    expect(greedy.optimalityNote).toMatch(/not checked against the best possible/);
  });

  it("refuses inconsistent input loudly", async () => {
    await expect(
      planTraining({ units: [person("p", { NOPE: 1 })], courses: [], competencies, limits }),
    ).rejects.toThrow(/unknown competency NOPE/);
    await expect(
      planTraining({ units: [person("p", {}), person("p", {})], courses: [], competencies, limits }),
    ).rejects.toThrow(/Duplicate unit/);
    const broken = { ...session("s", 1, 1, { K1: 3 }), sessionCapacity: null };
    await expect(planTraining({ units: [], courses: [broken], competencies, limits })).rejects.toThrow(
      /no session capacity/,
    );
  });
});
