import "server-only";
// The lead's own self-assessments: saved and read only by that person, in that school (row-level
// security holds the same rule underneath: lead_self_assessment_own_* in the migration).
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { can } from "../permissions";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { readRatings, ownGaps, saveLeadAssessmentSchema, type LeadRatings } from "./rules";
import type { z } from "zod";

export type OwnAssessment = { id: string; assessedAt: Date; ratings: LeadRatings; note: string | null };

/** How many past self-assessments the page lists (newest first); the newest one is what counts. */
const HISTORY = 12;

function requireLead(ctx: SchoolContext) {
  if (!can(ctx.role, "development:self"))
    throw new UserError(
      "Only the school's senior mental health lead assesses their own development here.",
      "forbidden",
    );
}

export async function saveOwnAssessment(
  ctx: SchoolContext,
  input: z.output<typeof saveLeadAssessmentSchema>,
): Promise<{ id: string; assessedAt: Date; gaps: number }> {
  requireLead(ctx);
  const row = await withScope(scopeOf(ctx), (tx) =>
    tx.leadSelfAssessment.create({
      data: {
        schoolId: ctx.schoolId,
        personId: ctx.personId,
        ratings: input.ratings,
        note: input.note?.trim() || null,
      },
      select: { id: true, assessedAt: true },
    }),
  );
  return { ...row, gaps: ownGaps(input.ratings).length };
}

/** The signed-in lead's own self-assessments, newest first. */
export async function listOwnAssessments(ctx: SchoolContext): Promise<OwnAssessment[]> {
  requireLead(ctx);
  const rows = await withScope(scopeOf(ctx), (tx) =>
    tx.leadSelfAssessment.findMany({
      where: { schoolId: ctx.schoolId, personId: ctx.personId },
      orderBy: [{ assessedAt: "desc" }, { id: "desc" }],
      take: HISTORY,
    }),
  );
  return rows.map((r) => ({
    id: r.id,
    assessedAt: r.assessedAt,
    ratings: readRatings(r.ratings),
    note: r.note,
  }));
}

/** Inside a caller's transaction (plan generation, the home page): the newest, or null. */
export async function latestOwnAssessment(tx: Tx, ctx: SchoolContext): Promise<OwnAssessment | null> {
  if (!can(ctx.role, "development:self")) return null;
  const r = await tx.leadSelfAssessment.findFirst({
    where: { schoolId: ctx.schoolId, personId: ctx.personId },
    orderBy: [{ assessedAt: "desc" }, { id: "desc" }],
  });
  return r ? { id: r.id, assessedAt: r.assessedAt, ratings: readRatings(r.ratings), note: r.note } : null;
}

/**
 * For the action plan: the signed-in lead's own gaps from their newest self-assessment, largest
 * first; empty when they have none, have not assessed themselves, or are not a lead.
 */
export async function leadOwnGaps(
  ctx: SchoolContext,
): Promise<{ areaKey: string; areaTitle: string; gap: number }[]> {
  const latest = await withScope(scopeOf(ctx), (tx) => latestOwnAssessment(tx, ctx));
  return latest ? ownGaps(latest.ratings) : [];
}
