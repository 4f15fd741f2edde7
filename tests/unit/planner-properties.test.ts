import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  planTraining,
  planTrainingGreedy,
  DEFAULT_WEIGHTS,
  type Plan,
  type PlanCourse,
  type PlanInput,
  type Tier,
  type TierWeights,
} from "../../lib/planner";

// Small random instances: up to 3 competencies, 4 courses, 3 people (or buckets adding up to 3).
const CODES = ["K1", "K2", "K3"];
const tierArb = fc.constantFrom<Tier>(1, 2, 3);

const instanceArb = (buckets: boolean) =>
  fc
    .record({
      tiers: fc.array(fc.constantFrom<Tier>(1, 1, 2, 3), { minLength: 1, maxLength: 3 }),
      targets: fc.record({
        1: fc.constantFrom(3, 3, 2, 4),
        2: fc.constantFrom(3, 3, 2, 4),
        3: fc.constantFrom(3, 3, 2, 4),
      }),
      people: fc.array(
        fc.record({
          requiredTier: fc.constantFrom<Tier>(1, 2, 3, 3),
          count: buckets ? fc.integer({ min: 1, max: 3 }) : fc.constant(1),
          ratings: fc.array(
            fc.oneof(
              fc.integer({ min: 0, max: 2 }),
              fc.integer({ min: 0, max: 2 }),
              fc.integer({ min: 0, max: 4 }),
            ),
            { minLength: 3, maxLength: 3 },
          ),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      courses: fc.array(
        fc.record({
          tier: tierArb,
          perSession: fc.boolean(),
          costPence: fc.oneof(
            fc.integer({ min: 0, max: 3_000 }),
            fc.integer({ min: 0, max: 800 }),
            fc.constant(1_000),
          ),
          hours: fc.constantFrom(0.5, 1, 1.5, 2, 3),
          capacity: fc.integer({ min: 1, max: 3 }),
          outcomes: fc.array(
            fc.record({ c: fc.integer({ min: 0, max: 2 }), level: fc.constantFrom(1, 2, 3, 3, 4) }),
            { minLength: 1, maxLength: 3 },
          ),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      budgetPence: fc.oneof(fc.integer({ min: 0, max: 8_000 }), fc.integer({ min: 1_500, max: 6_000 })),
      hours: fc.constantFrom(0, 2, 3, 3, 4.5, 6, 6),
      sessions: fc.constantFrom(0, 1, 1, 2, 3),
      weights: fc.oneof(
        fc.constant(DEFAULT_WEIGHTS),
        fc.record({
          1: fc.integer({ min: 0, max: 50 }),
          2: fc.integer({ min: 0, max: 50 }),
          3: fc.integer({ min: 0, max: 50 }),
        }),
      ),
    })
    .filter((x) => !buckets || x.people.reduce((s, p) => s + p.count, 0) <= 3)
    .map((x): PlanInput => {
      const competencies = x.tiers.map((tier, i) => ({ code: CODES[i]!, tier }));
      const units = x.people.map((p, i) => {
        const gaps: Record<string, number> = {};
        competencies.forEach((c, j) => {
          if (c.tier <= p.requiredTier) gaps[c.code] = Math.max(0, x.targets[c.tier] - p.ratings[j]!);
        });
        return { id: `u${i}`, jobRole: "TEACHER", requiredTier: p.requiredTier, count: p.count, gaps };
      });
      const courses: PlanCourse[] = x.courses.map((c, i) => ({
        id: `c${i}`,
        tier: c.tier,
        format: c.perSession ? "IN_SCHOOL" : "ONLINE_SELF_PACED",
        hoursPerParticipant: c.hours,
        costModel: c.perSession ? "PER_SESSION" : "PER_PLACE",
        costPence: c.costPence,
        sessionCapacity: c.perSession ? c.capacity : null,
        outcomes: c.outcomes.map((o) => ({
          competencyCode: competencies[o.c % competencies.length]!.code,
          level: o.level,
        })),
      }));
      return {
        units,
        courses,
        competencies,
        targets: x.targets,
        // The default weights stand for the strict order; any other weights are the lead's own.
        order: x.weights === DEFAULT_WEIGHTS ? "strict" : "weighted",
        weights: x.weights,
        limits: { budgetPence: x.budgetPence, hoursPerPersonPerYear: x.hours, inSchoolSessions: x.sessions },
        solver: { mipRelGap: 0 },
      };
    });

/** Points a course closes for one member of a unit on one competency, straight from the definition. */
function closed(input: PlanInput, gaps: Record<string, number>, course: PlanCourse, code: string): number {
  const gap = gaps[code] ?? 0;
  if (gap <= 0) return 0;
  const tier = input.competencies.find((c) => c.code === code)!.tier;
  const target = input.targets![tier];
  const rating = target - gap;
  const level = Math.max(0, ...course.outcomes.filter((o) => o.competencyCode === code).map((o) => o.level));
  return gap - Math.max(0, target - Math.max(rating, level));
}

/** The best weighted value over every way of sending every member to any set of courses. */
function bruteForce(input: PlanInput, plannedWeights?: TierWeights): number {
  const { courses, limits } = input;
  const weights = plannedWeights ?? input.weights!;
  const members = input.units.flatMap((u) => Array.from({ length: u.count }, () => u));
  const subsets = Array.from({ length: 1 << courses.length }, (_, mask) =>
    courses.filter((_c, k) => mask & (1 << k)),
  );
  const value = (gaps: Record<string, number>, set: PlanCourse[]) =>
    input.competencies.reduce(
      (v, c) => v + weights[c.tier] * Math.max(0, ...set.map((k) => closed(input, gaps, k, c.code))),
      0,
    );
  let best = 0;
  const choose = (i: number, chosen: PlanCourse[][]) => {
    if (i === members.length) {
      let cost = 0;
      let sessions = 0;
      for (const course of courses) {
        const n = chosen.filter((set) => set.includes(course)).length;
        if (course.costModel === "PER_PLACE") cost += n * course.costPence;
        else {
          const s = Math.ceil(n / course.sessionCapacity!);
          sessions += s;
          cost += s * course.costPence;
        }
      }
      if (cost > limits.budgetPence || sessions > limits.inSchoolSessions) return;
      best = Math.max(
        best,
        chosen.reduce((v, set, m) => v + value(members[m]!.gaps, set), 0),
      );
      return;
    }
    for (const set of subsets) {
      if (set.reduce((h, c) => h + c.hoursPerParticipant, 0) > limits.hoursPerPersonPerYear + 1e-9) continue;
      choose(i + 1, [...chosen, set]);
    }
  };
  choose(0, []);
  return best;
}

/** Every limit and rule a plan must keep, checked from the plan and the input alone. */
function checkPlan(input: PlanInput, plan: Plan) {
  const { limits } = input;
  const byId = new Map(input.courses.map((c) => [c.id, c]));
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  expect(plan.totals.costPence).toBeLessThanOrEqual(limits.budgetPence);
  expect(plan.items.reduce((s, i) => s + i.costPence, 0)).toBe(plan.totals.costPence);
  expect(plan.totals.sessionsUsed).toBeLessThanOrEqual(limits.inSchoolSessions);
  expect(plan.totals.maxHoursPerPerson).toBeLessThanOrEqual(limits.hoursPerPersonPerYear + 1e-9);
  const hours = new Map<string, number>();
  const seats = new Map<string, number>();
  for (const item of plan.items) {
    const course = byId.get(item.courseId)!;
    if (course.costModel === "PER_SESSION") {
      expect(item.people).toBeLessThanOrEqual(item.sessions! * course.sessionCapacity!);
      expect(item.costPence).toBe(item.sessions! * course.costPence);
    } else expect(item.costPence).toBe(item.people * course.costPence);
    for (const a of item.attendees) {
      const unit = unitById.get(a.unitId)!;
      // never sent to a course that closes none of their gaps
      expect(input.competencies.some((c) => closed(input, unit.gaps, course, c.code) > 0)).toBe(true);
      const key = `${a.unitId}/${item.courseId}`;
      seats.set(key, (seats.get(key) ?? 0) + a.count);
      expect(seats.get(key)).toBeLessThanOrEqual(unit.count); // each member at most once
      if (unit.count === 1) hours.set(a.unitId, (hours.get(a.unitId) ?? 0) + course.hoursPerParticipant);
    }
  }
  for (const h of hours.values()) expect(h).toBeLessThanOrEqual(limits.hoursPerPersonPerYear + 1e-9);
  expect(plan.totals.pointsClosed).toBeCloseTo(plan.need.before.points - plan.need.remaining.points, 9);
  expect(plan.totals.valueClosed).toBeCloseTo(plan.need.before.weighted - plan.need.remaining.weighted, 9);
  expect(plan.unmet.reduce((s, u) => s + u.points, 0)).toBeCloseTo(plan.need.remaining.points, 9);
}

describe("planner properties", () => {
  it("the exact planner never breaks the budget, hours or sessions, and books only useful courses", async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb(true), async (input) => {
        checkPlan(input, await planTraining(input));
      }),
      { numRuns: 40 },
    );
  }, 120_000); // HiGHS under a loaded machine: slow, but limited by work, so the same answers

  it("the greedy heuristic keeps the same rules", () => {
    fc.assert(
      fc.property(instanceArb(true), (input) => {
        checkPlan(input, planTrainingGreedy(input));
      }),
      { numRuns: 150 },
    );
  });

  it("the heuristic path (LP rounding) keeps the same rules", async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb(true), async (input) => {
        checkPlan(input, await planTraining({ ...input, solver: { method: "heuristic" } }));
      }),
      { numRuns: 30 },
    );
  });

  it("gives the same plan for the same input", async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb(true), async (input) => {
        const plan = await planTraining(input);
        expect(await planTraining(structuredClone(input))).toEqual(plan);
        // input order does not matter either: everything is sorted by id first
        const reordered = {
          ...input,
          units: [...input.units].reverse(),
          courses: [...input.courses].reverse(),
        };
        expect(await planTraining(reordered)).toEqual(plan);
        expect(planTrainingGreedy(input)).toEqual(planTrainingGreedy(structuredClone(input)));
      }),
      { numRuns: 20 },
    );
  });

  it("matches a brute-force search over every assignment (people one by one)", async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb(false), async (input) => {
        const plan = await planTraining(input);
        expect(plan.method).toBe("exact");
        expect(Math.abs(plan.totals.valueClosed - bruteForce(input, plan.weights))).toBeLessThan(1e-6);
      }),
      { numRuns: 40 },
    );
  });

  it("matches a brute-force search over every member's assignment (buckets of up to 3)", async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb(true), async (input) => {
        const plan = await planTraining(input);
        expect(plan.method).toBe("exact");
        expect(Math.abs(plan.totals.valueClosed - bruteForce(input, plan.weights))).toBeLessThan(1e-6);
      }),
      { numRuns: 30 },
    );
  });

  it("the greedy never claims more than the optimum", () => {
    fc.assert(
      fc.property(instanceArb(false), (input) => {
        const greedy = planTrainingGreedy(input);
        expect(greedy.totals.valueClosed).toBeLessThanOrEqual(bruteForce(input, greedy.weights) + 1e-6);
      }),
      { numRuns: 60 },
    );
  });
});
