import "server-only";
// Shared by plan generation, edits and views: the catalogue a school may plan with, a plan's latest
// version as plain data, and writing a version with its items and attendees.
import { audit } from "../audit/record";
import type { Tx } from "../db/scope";
import { UserError } from "../errors";
import type { PlanCourse, Plan, Tier, TierWeights } from "../planner/types";
import { plannableCourseProblems } from "../planner/schemas";
import type { SchoolContext } from "../tenancy/context";
import type { OwnDevelopmentSummary } from "../lead-development/plan-needs";

export type CatalogueCourse = PlanCourse & { title: string; provider: string; bookingUrl: string | null };

/** Courses the school may book (Harbour's, its trust's, its own), not retired, that the planner can use. */
export async function loadCatalogue(tx: Tx, ctx: SchoolContext): Promise<CatalogueCourse[]> {
  const school = await tx.school.findUniqueOrThrow({
    where: { id: ctx.schoolId },
    select: { trustId: true },
  });
  const owners = [{ schoolId: null, trustId: null }, { schoolId: ctx.schoolId }];
  const rows = await tx.course.findMany({
    where: { retiredAt: null, OR: school.trustId ? [...owners, { trustId: school.trustId }] : owners },
    include: { outcomes: true },
    orderBy: { id: "asc" },
  });
  return rows
    .map((c) => ({
      id: c.id,
      title: c.title,
      provider: c.provider,
      bookingUrl: c.bookingUrl,
      tier: c.tier as Tier,
      format: c.format,
      hoursPerParticipant: c.hoursPerParticipant,
      costModel: c.costModel,
      costPence: c.costPence,
      sessionCapacity: c.sessionCapacity,
      outcomes: c.outcomes.map((o) => ({ competencyCode: o.competencyCode, level: o.level })),
    }))
    .filter((c) => plannableCourseProblems(c).length === 0);
}

/** A closed gap as stored: the planner's GapClose plus the competency's tier, so edits can re-total need. */
export type StoredClose = { unitId: string; competencyCode: string; points: number; tier: Tier };

export type Summary = {
  mode: "NAMED" | "CONFIDENTIAL";
  reason: string | null;
  optimalityNote: string;
  totals: Plan["totals"];
  need: Plan["need"];
  unmet: Plan["unmet"];
  weights: TierWeights;
  /** True once a person has changed the planner's bookings: need figures then count what is credited to the bookings left (see ./totals). */
  edited: boolean;
  /** When the lead asked to include staff who did not respond in whole-staff sessions: how many joined, how many did not fit. */
  nonRespondents?: { added: number; left: number } | null;
  /** When the lead's own development needs joined the plan (lib/lead-development/plan-needs.ts). */
  ownDevelopment?: OwnDevelopmentSummary | null;
};

export type DraftAttendee = { personId: string | null; groupKey: string | null; count: number };
export type DraftItem = {
  id: string | null;
  courseId: string;
  term: "AUTUMN" | "SPRING" | "SUMMER";
  sessions: number;
  costPence: number;
  hours: number;
  why: string;
  closes: StoredClose[];
  attendees: (DraftAttendee & { id: string | null })[];
  /** A generated booking on a trust offer (lib/commissioning): booked with the plan. */
  offerId?: string | null;
  /** The item's booking on a trust offer as stored; edits move it to their copy (moveBookings). */
  booking?: { offerId: string; dates: string; withdrawnAt: Date | null } | null;
};
export type DraftVersion = {
  planId: string;
  number: number;
  status: "DRAFT" | "APPROVED";
  limits: unknown;
  method: string;
  optimalityGap: number | null;
  summary: Summary;
  items: DraftItem[];
};

/** The plan (in this school only) and its newest version as plain data. */
export async function loadLatest(
  tx: Tx,
  ctx: SchoolContext,
  planId: string,
): Promise<DraftVersion & { versionId: string }> {
  const plan = await tx.trainingPlan.findFirst({
    where: { id: planId, schoolId: ctx.schoolId },
    select: { id: true },
  });
  if (!plan) throw new UserError("That plan was not found.", "not_found");
  const v = await tx.planVersion.findFirst({
    where: { planId, schoolId: ctx.schoolId },
    orderBy: { number: "desc" },
    include: {
      items: {
        include: {
          attendees: { orderBy: { id: "asc" } },
          offerBooking: { select: { offerId: true, offer: { select: { dates: true, withdrawnAt: true } } } },
        },
        orderBy: { id: "asc" },
      },
    },
  });
  if (!v) throw new UserError("That plan was not found.", "not_found");
  return {
    versionId: v.id,
    planId,
    number: v.number,
    status: v.status,
    limits: v.limits,
    method: v.method,
    optimalityGap: v.optimalityGap,
    summary: v.summary as Summary,
    items: v.items.map((i) => ({
      id: i.id,
      courseId: i.courseId,
      term: i.term,
      sessions: i.sessions,
      costPence: i.costPence,
      hours: i.hours,
      why: i.why,
      closes: (i.closes as { closes?: StoredClose[] }).closes ?? [],
      booking: i.offerBooking
        ? {
            offerId: i.offerBooking.offerId,
            dates: i.offerBooking.offer.dates,
            withdrawnAt: i.offerBooking.offer.withdrawnAt,
          }
        : null,
      attendees: i.attendees.map((a) => ({
        id: a.id,
        personId: a.personId,
        groupKey: a.groupKey,
        count: a.count,
      })),
    })),
  };
}

/** Writes a version and its rows (the caller's transaction makes it all or nothing). */
export async function writeVersion(
  tx: Tx,
  ctx: SchoolContext,
  v: DraftVersion,
  changeNote: string,
): Promise<{ versionId: string; number: number; itemIds: string[] }> {
  const created = await tx.planVersion.create({
    data: {
      planId: v.planId,
      schoolId: ctx.schoolId,
      number: v.number,
      status: "DRAFT",
      limits: v.limits as object,
      method: v.method,
      optimalityGap: v.optimalityGap,
      summary: v.summary as object,
      changeNote,
      createdById: ctx.personId,
    },
  });
  await audit(tx, {
    actorId: ctx.personId,
    action: "plan.version-created",
    schoolId: ctx.schoolId,
    targetId: v.planId,
    detail: { version: v.number, note: changeNote },
  });
  const itemIds: string[] = [];
  for (const item of v.items) {
    const row = await tx.planItem.create({
      data: {
        planVersionId: created.id,
        schoolId: ctx.schoolId,
        courseId: item.courseId,
        term: item.term,
        sessions: item.sessions,
        costPence: item.costPence,
        hours: item.hours,
        why: item.why,
        closes: { closes: item.closes },
        attendees: {
          create: item.attendees.map((a) => ({
            schoolId: ctx.schoolId,
            personId: a.personId,
            groupKey: a.groupKey,
            count: a.count,
          })),
        },
      },
      select: { id: true },
    });
    itemIds.push(row.id);
  }
  return { versionId: created.id, number: created.number, itemIds };
}
