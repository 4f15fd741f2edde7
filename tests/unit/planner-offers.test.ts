// A trust offer in the planner: a PER_PLACE course with limited places and one term. Every solver
// path (HiGHS, the heuristics, the greedy) keeps within the places, and the booking lands in its term.
import { describe, expect, it } from "vitest";
import { planTraining, planTrainingGreedy, type PlanCourse, type PlanInput } from "../../lib/planner";
import { offerAsCourse, offerIdOf, termOfDate, isOpen } from "../../lib/commissioning/offers";

const competencies: PlanInput["competencies"] = [{ code: "K1", tier: 1 }];
const limits = { budgetPence: 100_000, hoursPerPersonPerYear: 6, inSchoolSessions: 0 };
const course = (id: string, costPence: number, extra: Partial<PlanCourse> = {}): PlanCourse => ({
  id,
  tier: 1,
  format: "FACE_TO_FACE",
  hoursPerParticipant: 2,
  costModel: "PER_PLACE",
  costPence,
  outcomes: [{ competencyCode: "K1", level: 3 }],
  ...extra,
});
const people = (n: number, count = 1) =>
  Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    jobRole: "TEACHER",
    requiredTier: 1 as const,
    count,
    gaps: { K1: 2 },
  }));

const offer = (places: number) =>
  offerAsCourse({
    id: "o1",
    course: {
      id: "base",
      tier: 1,
      format: "FACE_TO_FACE",
      hoursPerParticipant: 2,
      costModel: "PER_PLACE",
      costPence: 9_000,
      outcomes: [{ competencyCode: "K1", level: 3 }],
    },
    term: "spring",
    places,
    placesBooked: 1,
    pricePerPlacePence: 2_000,
    closesOn: "2027-01-10",
  });

describe("a trust offer in the planner", () => {
  const input = (units: PlanInput["units"], courses: PlanCourse[]): PlanInput => ({
    units,
    courses,
    competencies,
    limits,
  });

  for (const [name, solve] of [
    ["HiGHS", (i: PlanInput) => planTraining({ ...i, solver: { mipRelGap: 0 } })],
    ["the heuristics", (i: PlanInput) => planTraining({ ...i, solver: { method: "heuristic" } })],
    ["the greedy", async (i: PlanInput) => planTrainingGreedy(i)],
  ] as const) {
    it(`${name}: takes the cheaper offer up to its places left, the rest the course itself`, async () => {
      // 4 places, 1 booked already: 3 left, for 5 people (and a bucket of 2 in the same need).
      const plan = await solve(
        input([...people(5), { ...people(1, 2)[0]!, id: "b" }], [offer(4), course("base", 9_000)]),
      );
      const onOffer = plan.items.filter((i) => offerIdOf(i.courseId) === "o1");
      const seats = onOffer.reduce((n, i) => n + i.people, 0);
      expect(seats).toBe(3);
      expect(onOffer.every((i) => i.term === "spring")).toBe(true);
      const base = plan.items.filter((i) => i.courseId === "base").reduce((n, i) => n + i.people, 0);
      expect(base).toBe(4);
      expect(plan.totals.costPence).toBe(3 * 2_000 + 4 * 9_000);
    });
  }

  it("a full offer, or one outside the chosen terms, is never booked", async () => {
    const full = await planTraining(input(people(2), [offer(1)]));
    expect(full.items).toEqual([]);
    const autumnOnly = await planTraining({
      ...input(people(2), [offer(5)]),
      limits: { ...limits, terms: ["autumn"] },
    });
    expect(autumnOnly.items).toEqual([]);
  });

  it("dates give the term, and an offer is open to its closing day while places are left", () => {
    expect(termOfDate("2026-10-01")).toBe("autumn");
    expect(termOfDate("2027-02-01")).toBe("spring");
    expect(termOfDate("2027-06-01")).toBe("summer");
    expect(isOpen({ closesOn: "2026-12-04", places: 2, placesBooked: 1 }, "2026-12-04")).toBe(true);
    expect(isOpen({ closesOn: "2026-12-03", places: 2, placesBooked: 1 }, "2026-12-04")).toBe(false);
    expect(isOpen({ closesOn: "2026-12-05", places: 2, placesBooked: 2 }, "2026-12-04")).toBe(false);
  });
});
