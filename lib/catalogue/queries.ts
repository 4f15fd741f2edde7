import "server-only";
// The training catalogue: Harbour's starter courses (no owner), a trust's courses (read by its
// schools) and a school's own. Row-level security decides what a transaction can read; the filters
// here say the same thing again, so a missing policy would not widen what a page shows.
import { audit } from "../audit/record";
import { withScope } from "../db/scope";
import { UserError } from "../errors";
import { can } from "../permissions";
import { getFramework } from "../framework/queries";
import type { Prisma } from "../generated/prisma/client";
import { scopeOf, type TenantContext } from "../tenancy/context";
import type { Tier } from "../tiers";
import type { AddCourseValues, CourseFilter, CourseFormat } from "./schemas";

export type CourseView = {
  id: string;
  owner: "harbour" | "trust" | "school";
  /** Whether this context may retire it: only its owner. */
  ownCourse: boolean;
  provider: string;
  title: string;
  summary: string;
  tier: Tier;
  format: CourseFormat;
  hoursPerParticipant: number;
  costModel: "PER_PLACE" | "PER_SESSION";
  costPence: number;
  sessionCapacity: number | null;
  qualityAssured: boolean;
  refreshMonths: number | null;
  bookingUrl: string | null;
  outcomes: { competencyCode: string; level: number }[];
};

async function readableWhere(
  ctx: TenantContext,
  tx: Prisma.TransactionClient,
): Promise<Prisma.CourseWhereInput> {
  const global = { schoolId: null, trustId: null };
  if (ctx.kind === "trust") return { OR: [global, { trustId: ctx.trustId }] };
  const school = await tx.school.findUnique({ where: { id: ctx.schoolId }, select: { trustId: true } });
  const own: Prisma.CourseWhereInput[] = [global, { schoolId: ctx.schoolId }];
  if (school?.trustId) own.push({ trustId: school.trustId });
  return { OR: own };
}

function toView(ctx: TenantContext, c: Prisma.CourseGetPayload<{ include: { outcomes: true } }>): CourseView {
  const owner = c.schoolId ? "school" : c.trustId ? "trust" : "harbour";
  const ownCourse = ctx.kind === "school" ? c.schoolId === ctx.schoolId : c.trustId === ctx.trustId;
  return {
    id: c.id,
    owner,
    ownCourse,
    provider: c.provider,
    title: c.title,
    summary: c.summary,
    tier: c.tier as Tier,
    format: c.format,
    hoursPerParticipant: c.hoursPerParticipant,
    costModel: c.costModel,
    costPence: c.costPence,
    sessionCapacity: c.sessionCapacity,
    qualityAssured: c.qualityAssured,
    refreshMonths: c.refreshMonths,
    bookingUrl: c.bookingUrl,
    outcomes: c.outcomes
      .map((o) => ({ competencyCode: o.competencyCode, level: o.level }))
      .sort((a, b) => (a.competencyCode < b.competencyCode ? -1 : 1)),
  };
}

/** Courses the school (or trust) can use, not retired, by tier then title; optionally filtered. */
export const COURSES_SHOWN = 500;

export async function listCourses(ctx: TenantContext, filter: CourseFilter = {}): Promise<CourseView[]> {
  return withScope(scopeOf(ctx), async (tx) => {
    const where: Prisma.CourseWhereInput = {
      AND: [
        await readableWhere(ctx, tx),
        { retiredAt: null },
        filter.tier ? { tier: filter.tier } : {},
        filter.format ? { format: filter.format } : {},
        filter.competency ? { outcomes: { some: { competencyCode: filter.competency } } } : {},
      ],
    };
    // Bounded: Harbour's starter catalogue is a few dozen courses; a trust's and a school's own add tens.
    const rows = await tx.course.findMany({
      where,
      include: { outcomes: true },
      orderBy: [{ tier: "asc" }, { title: "asc" }, { id: "asc" }],
      take: COURSES_SHOWN,
    });
    return rows.map((c) => toView(ctx, c));
  });
}

/** Only the trust's own courses (the trust's catalogue page). */
export async function listOwnCourses(ctx: TenantContext): Promise<CourseView[]> {
  const all = await listCourses(ctx);
  return all.filter((c) => c.ownCourse);
}

/** The competencies a course may name: those of the framework in force, not retired, in order. */
export async function courseCompetencies(ctx: TenantContext) {
  const { content } = await getFramework(ctx);
  return content.competencies
    .filter((c) => !c.retired)
    .map((c) => ({ code: c.code, tier: c.tier, statement: c.statement }));
}

function requireManager(ctx: TenantContext) {
  if (!can(ctx.role, "catalogue:manage")) {
    throw new UserError("You do not have permission to do that.", "forbidden");
  }
}

/** Adds a course owned by the school (a lead) or the trust (a trust leader). */
const auditScope = (ctx: TenantContext) =>
  ctx.kind === "school"
    ? { actorId: ctx.personId, schoolId: ctx.schoolId }
    : { actorId: ctx.personId, trustId: ctx.trustId };

export async function addCourse(ctx: TenantContext, input: AddCourseValues): Promise<{ id: string }> {
  requireManager(ctx);
  const known = new Set((await courseCompetencies(ctx)).map((c) => c.code));
  const unknown = input.outcomes.filter((o) => !known.has(o.competencyCode));
  if (unknown.length > 0) {
    const message = `Choose competencies from your framework (${unknown.map((o) => o.competencyCode).join(", ")} is not in it).`;
    throw new UserError(message, "validation", { outcomes: [message] });
  }
  return withScope(scopeOf(ctx), async (tx) => {
    const created = await tx.course.create({
      data: {
        schoolId: ctx.kind === "school" ? ctx.schoolId : null,
        trustId: ctx.kind === "trust" ? ctx.trustId : null,
        provider: input.provider,
        title: input.title,
        summary: input.summary,
        tier: input.tier,
        format: input.format,
        hoursPerParticipant: input.hoursPerParticipant,
        costModel: input.costModel,
        costPence: input.costPence,
        sessionCapacity: input.sessionCapacity,
        qualityAssured: input.qualityAssured,
        refreshMonths: input.refreshMonths ?? null,
        bookingUrl: input.bookingUrl ?? null,
        outcomes: {
          create: input.outcomes.map((o) => ({ competencyCode: o.competencyCode, level: o.level })),
        },
      },
      select: { id: true },
    });
    await audit(tx, {
      ...auditScope(ctx),
      action: "course.added",
      targetId: created.id,
      detail: { title: input.title },
    });
    return created;
  });
}

/** Retires one of the context's own courses: it leaves the catalogue, but plans and records keep it. */
export async function retireCourse(
  ctx: TenantContext,
  courseId: string,
  now = new Date(),
): Promise<{ id: string }> {
  requireManager(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const owned = ctx.kind === "school" ? { schoolId: ctx.schoolId } : { trustId: ctx.trustId };
    const course = await tx.course.findFirst({
      where: { id: courseId, ...owned, retiredAt: null },
      select: { id: true },
    });
    if (!course) throw new UserError("That course was not found, or it is not yours to retire.", "not_found");
    await tx.course.update({ where: { id: course.id }, data: { retiredAt: now } });
    await audit(tx, { ...auditScope(ctx), action: "course.retired", targetId: course.id });
    return course;
  });
}
