// Job roles, tiers and the scope rule, as DESIGN.md fixes them. Pure: no database, no clock.
import type { JobRole } from "../generated/prisma/enums";

export type Tier = 1 | 2 | 3;
export const TIERS: readonly Tier[] = [1, 2, 3];
export const TIER_NAMES: Record<Tier, string> = { 1: "Core", 2: "Enhanced", 3: "Specialist" };

export const JOB_ROLES: Record<JobRole, { label: string; defaultTier: Tier }> = {
  TEACHER: { label: "Teacher", defaultTier: 1 },
  TEACHING_ASSISTANT: { label: "Teaching assistant", defaultTier: 1 },
  SUPPORT_STAFF: { label: "Support staff", defaultTier: 1 },
  ADMIN: { label: "Administrative staff", defaultTier: 1 },
  SITE_STAFF: { label: "Site staff", defaultTier: 1 },
  CATERING: { label: "Catering staff", defaultTier: 1 },
  MIDDAY_SUPERVISOR: { label: "Midday supervisor", defaultTier: 1 },
  SENIOR_LEADER: { label: "Senior leader", defaultTier: 1 },
  FORM_TUTOR: { label: "Form tutor", defaultTier: 2 },
  HEAD_OF_YEAR: { label: "Head of year", defaultTier: 2 },
  PASTORAL_LEAD: { label: "Pastoral lead", defaultTier: 2 },
  LEARNING_MENTOR: { label: "Learning mentor", defaultTier: 2 },
  ELSA: { label: "ELSA (emotional literacy support assistant)", defaultTier: 2 },
  SENCO: { label: "SENCO", defaultTier: 3 },
  DSL: { label: "Designated safeguarding lead", defaultTier: 3 },
  DEPUTY_DSL: { label: "Deputy designated safeguarding lead", defaultTier: 3 },
  SENIOR_MH_LEAD: { label: "Senior mental health lead", defaultTier: 3 },
  COUNSELLOR: { label: "Counsellor", defaultTier: 3 },
};

export const JOB_ROLE_KEYS = Object.keys(JOB_ROLES) as JobRole[];

/** A school's overrides win; every other role keeps DESIGN.md's default. */
export function requiredTier(jobRole: JobRole, overrides: Partial<Record<JobRole, Tier>> = {}): Tier {
  return overrides[jobRole] ?? JOB_ROLES[jobRole].defaultTier;
}

/** A competency is in scope for a person when its tier is at most their required tier. */
export function inScope(competencyTier: Tier, personTier: Tier): boolean {
  return competencyTier <= personTier;
}

/** Case- and spacing-tolerant lookup for CSV input: "Teaching assistant", "teaching_assistant" both work. */
export function parseJobRole(text: string): JobRole | null {
  const key = text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
  if (key in JOB_ROLES) return key as JobRole;
  const byLabel = JOB_ROLE_KEYS.find((k) => JOB_ROLES[k].label.toLowerCase() === text.trim().toLowerCase());
  return byLabel ?? null;
}
