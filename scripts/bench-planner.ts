// Benchmark for the training-plan optimiser: a 120-person school and a 1,000-person college built
// from the default framework and starter catalogue, with seeded random ratings.
// Run: npx tsx scripts/bench-planner.ts
import { performance } from "node:perf_hooks";
import { STARTER_CATALOGUE } from "../lib/catalogue/starter-catalogue";
import { DEFAULT_FRAMEWORK } from "../lib/framework/default-framework";
import { gapRecord } from "../lib/gaps/analysis";
import type { Respondent } from "../lib/gaps/types";
import {
  planTraining,
  planTrainingGreedy,
  unitsFromPeople,
  bucketByProfile,
  type PlanInput,
  type Plan,
} from "../lib/planner";
import { JOB_ROLES } from "../lib/tiers";
import type { JobRole } from "../lib/generated/prisma/enums";

/** mulberry32: small, fast, seeded; the same seed gives the same school every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const normal = (r: () => number) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());

const SCHOOL_MIX: Partial<Record<JobRole, number>> = {
  TEACHER: 40,
  TEACHING_ASSISTANT: 22,
  SUPPORT_STAFF: 7,
  ADMIN: 7,
  SITE_STAFF: 3,
  CATERING: 4,
  MIDDAY_SUPERVISOR: 5,
  SENIOR_LEADER: 3,
  FORM_TUTOR: 14,
  HEAD_OF_YEAR: 4,
  PASTORAL_LEAD: 2,
  LEARNING_MENTOR: 2,
  ELSA: 2,
  SENCO: 1,
  DSL: 1,
  DEPUTY_DSL: 2,
  SENIOR_MH_LEAD: 1,
};
const COLLEGE_MIX: Partial<Record<JobRole, number>> = {
  TEACHER: 344,
  TEACHING_ASSISTANT: 180,
  SUPPORT_STAFF: 60,
  ADMIN: 60,
  SITE_STAFF: 25,
  CATERING: 35,
  MIDDAY_SUPERVISOR: 40,
  SENIOR_LEADER: 25,
  FORM_TUTOR: 120,
  HEAD_OF_YEAR: 30,
  PASTORAL_LEAD: 20,
  LEARNING_MENTOR: 20,
  ELSA: 15,
  SENCO: 5,
  DSL: 2,
  DEPUTY_DSL: 10,
  SENIOR_MH_LEAD: 3,
  COUNSELLOR: 6,
};

function staff(mix: Partial<Record<JobRole, number>>, seed: number): Respondent[] {
  const r = rng(seed);
  const people: Respondent[] = [];
  for (const [role, n] of Object.entries(mix) as [JobRole, number][]) {
    for (let i = 0; i < n; i++) {
      const requiredTier = JOB_ROLES[role].defaultTier;
      const base = 2.2 + 0.6 * normal(r) + 0.3 * (requiredTier - 1);
      const ratings: Record<string, number> = {};
      for (const c of DEFAULT_FRAMEWORK.competencies) {
        const ease = c.tier === 1 ? 0.3 : c.tier === 2 ? -0.2 : -0.5;
        ratings[c.code] = Math.max(0, Math.min(4, Math.round(base + ease + 0.8 * normal(r))));
      }
      people.push({
        id: `${role.toLowerCase()}-${String(i + 1).padStart(3, "0")}`,
        jobRole: role,
        requiredTier,
        ratings,
      });
    }
  }
  return people;
}

const courses: PlanInput["courses"] = STARTER_CATALOGUE.map((c) => ({
  id: c.key,
  tier: c.tier,
  format: c.format,
  hoursPerParticipant: c.hoursPerParticipant,
  costModel: c.costModel,
  costPence: c.costPence,
  sessionCapacity: c.sessionCapacity ?? null,
  outcomes: c.outcomes,
}));

function input(people: Respondent[], limits: PlanInput["limits"], confidential: boolean): PlanInput {
  const needs = people.map((p) => ({
    ...p,
    gaps: gapRecord(p, DEFAULT_FRAMEWORK.competencies, DEFAULT_FRAMEWORK.targets),
  }));
  return {
    units: confidential ? bucketByProfile(needs) : unitsFromPeople(needs),
    courses,
    competencies: DEFAULT_FRAMEWORK.competencies,
    targets: DEFAULT_FRAMEWORK.targets,
    limits,
  };
}

function report(label: string, ms: number, plan: Plan, units: number) {
  const pct = (x: number | null) => (x === null ? "unknown" : `${(x * 100).toFixed(3)}%`);
  const closed = plan.need.before.weighted - plan.need.remaining.weighted;
  console.log(
    [
      label.padEnd(34),
      `${units} units`.padEnd(10),
      `${ms.toFixed(0).padStart(6)} ms`,
      plan.method.padEnd(9),
      `gap ${pct(plan.optimalityGap)}`.padEnd(16),
      `cost £${(plan.totals.costPence / 100).toFixed(2)} / £${(plan.totals.budgetPence / 100).toFixed(0)}`.padEnd(
        24,
      ),
      `value ${closed} of ${plan.need.before.weighted}`,
      `(${plan.totals.pointsClosed} points, ${plan.totals.peopleTrained} people, ${plan.totals.sessionsUsed} sessions)`,
    ].join("  "),
  );
  if (plan.method === "heuristic") console.log(" ".repeat(36), plan.optimalityNote);
}

async function run(label: string, data: PlanInput, alsoGreedy = true) {
  let t = performance.now();
  const plan = await planTraining(data);
  report(`${label}: auto`, performance.now() - t, plan, data.units.length);
  if (!alsoGreedy) return;
  t = performance.now();
  const greedy = planTrainingGreedy(data);
  report(`${label}: greedy only`, performance.now() - t, greedy, data.units.length);
}

const school = staff(SCHOOL_MIX, 20240901);
const college = staff(COLLEGE_MIX, 20240902);
console.log(`school ${school.length} people, college ${college.length} people, ${courses.length} courses`);
const schoolLimits = { budgetPence: 600_000, hoursPerPersonPerYear: 6, inSchoolSessions: 3 };
const collegeLimits = { budgetPence: 4_000_000, hoursPerPersonPerYear: 6, inSchoolSessions: 6 };
await run("school (named)", input(school, schoolLimits, false));
await run("school (confidential buckets)", input(school, schoolLimits, true));
await run("college (named)", input(college, collegeLimits, false));
await run("college (confidential buckets)", input(college, collegeLimits, true));
// Longer limit: can HiGHS prove optimality for the college given time?
const slow = { ...input(college, collegeLimits, false), solver: { timeLimitSeconds: 30 } };
await run("college (named), 30 s limit", slow, false);
// What a model over maxColumns gets: LP bound, rounding and greedy, no branch-and-bound.
const quick = { ...input(college, collegeLimits, false), solver: { method: "heuristic" as const } };
await run("college (named), heuristic path", quick, false);
