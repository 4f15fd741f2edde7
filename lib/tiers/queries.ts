import "server-only";
// Data access for each school's job-role-to-tier mapping. Only roles that differ from DESIGN.md's
// default are stored, so a school that never changes a role keeps following the defaults.
import { audit } from "../audit/record";
import { withScope } from "../db/scope";
import { UserError } from "../errors";
import type { JobRole } from "../generated/prisma/enums";
import { can } from "../permissions";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { JOB_ROLE_KEYS, JOB_ROLES, requiredTier, type Tier } from "./index";
import type { JobRoleTierMap } from "./forms";

export type JobRoleTierRow = {
  jobRole: JobRole;
  label: string;
  defaultTier: Tier;
  requiredTier: Tier;
  /** People in the school with this job role now. */
  people: number;
};

function requireManager(ctx: SchoolContext) {
  if (!can(ctx.role, "people:manage")) {
    throw new UserError("Only the senior mental health lead can change job roles.", "forbidden");
  }
}

/** Every job role with the school's required tier and head count, in DESIGN.md's order. */
export async function listJobRoleTiers(ctx: SchoolContext): Promise<JobRoleTierRow[]> {
  if (!can(ctx.role, "school:view"))
    throw new UserError("Only school leaders can see job roles.", "forbidden");
  return withScope(scopeOf(ctx), async (tx) => {
    const stored = await tx.jobRoleTier.findMany({ where: { schoolId: ctx.schoolId } });
    const counts = await tx.membership.groupBy({
      by: ["jobRole"],
      where: { schoolId: ctx.schoolId },
      _count: { _all: true },
    });
    const overrides = Object.fromEntries(stored.map((r) => [r.jobRole, r.requiredTier as Tier]));
    const people = new Map(counts.map((c) => [c.jobRole, c._count._all]));
    return JOB_ROLE_KEYS.map((jobRole) => ({
      jobRole,
      label: JOB_ROLES[jobRole].label,
      defaultTier: JOB_ROLES[jobRole].defaultTier,
      requiredTier: requiredTier(jobRole, overrides),
      people: people.get(jobRole) ?? 0,
    }));
  });
}

/**
 * Replaces the school's mapping: rows for roles that differ from the default, none for the rest.
 * Rounds already answered keep the tier each person had when they answered.
 */
export async function saveJobRoleTiers(
  ctx: SchoolContext,
  tiers: JobRoleTierMap,
): Promise<{ changed: number }> {
  requireManager(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.jobRoleTier.findMany({ where: { schoolId: ctx.schoolId } });
    const was = Object.fromEntries(before.map((r) => [r.jobRole, r.requiredTier as Tier]));
    const changes = JOB_ROLE_KEYS.filter((j) => requiredTier(j, was) !== tiers[j]).map((j) => ({
      jobRole: j,
      from: requiredTier(j, was),
      to: tiers[j],
    }));
    if (changes.length === 0) return { changed: 0 };
    await tx.jobRoleTier.deleteMany({ where: { schoolId: ctx.schoolId } });
    await tx.jobRoleTier.createMany({
      data: JOB_ROLE_KEYS.filter((j) => tiers[j] !== JOB_ROLES[j].defaultTier).map((j) => ({
        schoolId: ctx.schoolId,
        jobRole: j,
        requiredTier: tiers[j],
      })),
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "job-role-tiers.changed",
      schoolId: ctx.schoolId,
      detail: { changes },
    });
    return { changed: changes.length };
  });
}

/** Back to DESIGN.md's defaults for every role. */
export async function resetJobRoleTiers(ctx: SchoolContext): Promise<{ changed: number }> {
  requireManager(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.jobRoleTier.findMany({ where: { schoolId: ctx.schoolId } });
    if (before.length === 0) return { changed: 0 };
    await tx.jobRoleTier.deleteMany({ where: { schoolId: ctx.schoolId } });
    const changes = before
      .filter((r) => r.requiredTier !== JOB_ROLES[r.jobRole].defaultTier)
      .map((r) => ({ jobRole: r.jobRole, from: r.requiredTier, to: JOB_ROLES[r.jobRole].defaultTier }));
    await audit(tx, {
      actorId: ctx.personId,
      action: "job-role-tiers.reset",
      schoolId: ctx.schoolId,
      detail: { changes },
    });
    return { changed: changes.length };
  });
}
