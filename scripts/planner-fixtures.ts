// Seeded synthetic staff for the planner benchmark, the determinism test and the load check: a
// 120-person school and a 1,000-person college built from the default framework and starter
// catalogue. Pure: the same seed gives the same people every run.
import { STARTER_CATALOGUE } from "../lib/catalogue/starter-catalogue";
import { DEFAULT_FRAMEWORK } from "../lib/framework/default-framework";
import { gapRecord } from "../lib/gaps/analysis";
import type { Respondent } from "../lib/gaps/types";
import { bucketByProfile, unitsFromPeople, type PlanInput } from "../lib/planner";
import { JOB_ROLES } from "../lib/tiers";
import type { JobRole } from "../lib/generated/prisma/enums";

/** mulberry32: small, fast, seeded. */
export function rng(seed: number) {
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

export const SCHOOL_MIX: Partial<Record<JobRole, number>> = {
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
export const COLLEGE_MIX: Partial<Record<JobRole, number>> = {
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

export function staff(mix: Partial<Record<JobRole, number>>, seed: number): Respondent[] {
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

export const starterCourses: PlanInput["courses"] = STARTER_CATALOGUE.map((c) => ({
  id: c.key,
  tier: c.tier,
  format: c.format,
  hoursPerParticipant: c.hoursPerParticipant,
  costModel: c.costModel,
  costPence: c.costPence,
  sessionCapacity: c.sessionCapacity ?? null,
  outcomes: c.outcomes,
}));

export function planInput(
  people: Respondent[],
  limits: PlanInput["limits"],
  confidential: boolean,
): PlanInput {
  const needs = people.map((p) => ({
    ...p,
    gaps: gapRecord(p, DEFAULT_FRAMEWORK.competencies, DEFAULT_FRAMEWORK.targets),
  }));
  return {
    units: confidential ? bucketByProfile(needs) : unitsFromPeople(needs),
    courses: starterCourses,
    competencies: DEFAULT_FRAMEWORK.competencies,
    targets: DEFAULT_FRAMEWORK.targets,
    limits,
  };
}

export const SCHOOL_SEED = 20240901;
export const COLLEGE_SEED = 20240902;
export const SCHOOL_LIMITS = { budgetPence: 600_000, hoursPerPersonPerYear: 6, inSchoolSessions: 3 };
export const COLLEGE_LIMITS = { budgetPence: 4_000_000, hoursPerPersonPerYear: 6, inSchoolSessions: 6 };
