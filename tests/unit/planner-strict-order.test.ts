// "Core before Enhanced before Specialist" holds strictly by default, even where an Enhanced course is
// far better value per pound than a Core one (with the old 100/10/1 weights it won).
import { describe, expect, it } from "vitest";
import {
  planTraining,
  planTrainingGreedy,
  type PlanCourse,
  type PlanInput,
  type PlanUnit,
} from "../../lib/planner";
import { strictWeights } from "../../lib/planner/prepare";

const competencies: PlanInput["competencies"] = [
  { code: "K1", tier: 1 },
  { code: "E1", tier: 2 },
  { code: "S1", tier: 3 },
];
const place = (
  id: string,
  tier: 1 | 2 | 3,
  costPence: number,
  outcomes: Record<string, number>,
): PlanCourse => ({
  id,
  tier,
  format: "ONLINE_SELF_PACED",
  hoursPerParticipant: 1,
  costModel: "PER_PLACE",
  costPence,
  outcomes: Object.entries(outcomes).map(([competencyCode, level]) => ({ competencyCode, level })),
});

// One Core point for £100, or three Enhanced points a head for £3 a head for eleven tutors: the
// Enhanced course closes 100 times the points per pound (more than 10x), and the budget buys one or
// the other (£100, or £33 and then too little for the Core place).
const units: PlanUnit[] = [
  { id: "p1", jobRole: "TEACHER", requiredTier: 1 as const, count: 1, gaps: { K1: 1 } },
  { id: "tutors", jobRole: "FORM_TUTOR", requiredTier: 2 as const, count: 11, gaps: { E1: 3 } },
];
const courses = [place("core", 1, 10_000, { K1: 3 }), place("enhanced", 2, 300, { E1: 3 })];
const limits = { budgetPence: 10_000, hoursPerPersonPerYear: 1, inSchoolSessions: 0 };
const base: PlanInput = { units, courses, competencies, limits, solver: { mipRelGap: 0 } };

describe("strict tier order", () => {
  it("books the Core course although the Enhanced one is 100 times the points per pound", async () => {
    for (const plan of [await planTraining(base), planTrainingGreedy(base)]) {
      expect(plan.order).toBe("strict");
      expect(plan.items.map((i) => i.courseId)).toEqual(["core"]);
      expect(plan.pointsByTier).toEqual({ 1: 1, 2: 0, 3: 0 });
    }
  });

  it("the old 100/10/1 weights, chosen as weights, let the Enhanced course win (33 points x 10 > 1 x 100)", async () => {
    const plan = await planTraining({ ...base, order: "weighted", weights: { 1: 100, 2: 10, 3: 1 } });
    expect(plan.items.map((i) => i.courseId)).toEqual(["enhanced"]);
  });

  it("after Core, spends what is left on Enhanced before Specialist", async () => {
    const plan = await planTraining({
      ...base,
      units: [{ id: "p1", jobRole: "SENCO", requiredTier: 3, count: 1, gaps: { K1: 1, E1: 1, S1: 3 } }],
      courses: [...courses, place("specialist", 3, 100, { S1: 3 })],
      limits: { ...limits, budgetPence: 10_300, hoursPerPersonPerYear: 2 },
    });
    expect(plan.items.map((i) => i.courseId).sort()).toEqual(["core", "enhanced"]);
  });

  it("uses weights under which one point of a tier outweighs every point of the tiers below", () => {
    const w = strictWeights({
      competencies,
      units: [
        { id: "a", jobRole: "SENCO", requiredTier: 3, count: 4, gaps: { K1: 2, E1: 3, S1: 3 } },
        { id: "b", jobRole: "TEACHER", requiredTier: 1, count: 10, gaps: { K1: 3 } },
      ],
    });
    const specialist = 4 * 3;
    const enhanced = 4 * 3;
    expect(w[2]).toBeGreaterThan(specialist * w[3]);
    expect(w[1]).toBeGreaterThan(enhanced * w[2] + specialist * w[3]);
  });
});
