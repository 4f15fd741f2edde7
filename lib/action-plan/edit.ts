import "server-only";
// The school's side: start the plan, save a version (refusing stale saves), start a new version
// after validation, and reject a suggestion for good.
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { getFramework } from "../framework/queries";
import { can } from "../permissions";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { reassignmentsFor } from "../lead-handover/queries";
import { applyReassignments } from "../lead-handover/rules";
import type { SavedPlan } from "./schemas";
import {
  claimRevision,
  editableVersion,
  ownerNames,
  readContent,
  recordEvent,
  requireUniqueKeys,
  writeContent,
} from "./store";

export function requireManager(ctx: SchoolContext) {
  if (!can(ctx.role, "action-plan:manage"))
    throw new UserError("Only the senior mental health lead can change the action plan.", "forbidden");
}

/** The school's one plan, with an empty version 1 the first time the lead opens it. */
export async function ensurePlan(ctx: SchoolContext): Promise<{ planId: string }> {
  requireManager(ctx);
  try {
    return await withScope(scopeOf(ctx), async (tx) => {
      const found = await tx.actionPlan.findUnique({ where: { schoolId: ctx.schoolId } });
      if (found) return { planId: found.id };
      const plan = await tx.actionPlan.create({
        data: { schoolId: ctx.schoolId, createdById: ctx.personId },
      });
      const v = await tx.actionPlanVersion.create({
        data: {
          planId: plan.id,
          schoolId: ctx.schoolId,
          number: 1,
          createdById: ctx.personId,
          updatedById: ctx.personId,
        },
      });
      await recordEvent(tx, v, ctx.personId, "created");
      return { planId: plan.id };
    });
  } catch (error) {
    // Two first visits at once: the other one made it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return withScope(scopeOf(ctx), async (tx) => ({
        planId: (await tx.actionPlan.findUniqueOrThrow({ where: { schoolId: ctx.schoolId } })).id,
      }));
    throw error;
  }
}

/** Saves the whole plan over the version it was opened from, or refuses if anyone saved since. */
export async function savePlan(ctx: SchoolContext, input: SavedPlan, now = new Date()) {
  requireManager(ctx);
  requireUniqueKeys(input.objectives);
  const codes = new Set(input.objectives.flatMap((o) => o.actions.flatMap((a) => a.competencyCodes)));
  // Competency links name statements of the framework version the school uses now.
  const known =
    codes.size > 0 ? new Set((await getFramework(ctx)).content.competencies.map((c) => c.code)) : codes;
  const unknown = [...codes].filter((c) => !known.has(c));
  if (unknown.length > 0)
    throw new UserError(
      `These competencies are not in your framework: ${unknown.join(", ")}. Remove them from the actions.`,
      "validation",
    );
  return withScope(scopeOf(ctx), async (tx) => {
    const v = await editableVersion(tx, ctx.schoolId, input.versionId);
    const revision = await claimRevision(tx, v, input.revision, ctx.personId, now);
    const names = await ownerNames(tx, ctx.schoolId, input.objectives);
    await writeContent(tx, v, input.objectives, names);
    await recordEvent(tx, v, ctx.personId, "saved", { revision });
    return { versionId: v.id, revision };
  });
}

/**
 * After a decision the plan changes only as a new DRAFT version, copied from the decided one: a
 * validated version is locked for good, and one sent back keeps what the reviewer saw and said.
 */
export async function startNewVersion(ctx: SchoolContext, input: { versionId: string }) {
  requireManager(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const v = await tx.actionPlanVersion.findFirst({
      where: { id: input.versionId, schoolId: ctx.schoolId },
    });
    if (!v) throw new UserError("That plan was not found. Reload the page.", "not_found");
    const newest = await newestVersion(tx, v.planId);
    if (newest.id !== v.id || (v.status !== "VALIDATED" && v.status !== "CHANGES_REQUESTED"))
      throw new UserError(
        "Only the newest version, once decided, can be the start of a new one. Reload the page.",
        "conflict",
      );
    const next = await tx.actionPlanVersion.create({
      data: {
        planId: v.planId,
        schoolId: v.schoolId,
        number: v.number + 1,
        createdById: ctx.personId,
        updatedById: ctx.personId,
      },
    });
    // A lead appointed while this version was locked takes the open actions handed to them.
    const reassigned = await reassignmentsFor(tx, v.id);
    const content = (await readContent(tx, v.id)).map((o) => ({
      ...o,
      actions: applyReassignments(o.actions, reassigned),
    }));
    // Owners who have left since stay named but unassigned; the lead picks someone before submitting.
    const stillHere = new Set(
      (
        await tx.membership.findMany({
          where: {
            schoolId: ctx.schoolId,
            personId: { in: content.flatMap((o) => o.actions.map((a) => a.ownerId)) },
          },
          select: { personId: true },
        })
      ).map((m) => m.personId),
    );
    await copyContent(tx, next, content, stillHere);
    await recordEvent(tx, next, ctx.personId, "new-version", { from: v.number });
    return { versionId: next.id, number: next.number };
  });
}

async function copyContent(
  tx: Tx,
  to: { id: string; schoolId: string },
  content: Awaited<ReturnType<typeof readContent>>,
  stillHere: Set<string>,
) {
  for (const [position, o] of content.entries()) {
    const row = await tx.actionPlanObjective.create({
      data: {
        versionId: to.id,
        schoolId: to.schoolId,
        key: o.key,
        principleKey: o.principleKey,
        title: o.title,
        position,
      },
    });
    await tx.actionPlanAction.createMany({
      data: o.actions.map((a, i) => ({
        versionId: to.id,
        schoolId: to.schoolId,
        objectiveId: row.id,
        key: a.key,
        position: i,
        title: a.title,
        ownerId: stillHere.has(a.ownerId) ? a.ownerId : null,
        ownerName: a.ownerName,
        startOn: new Date(`${a.startOn}T00:00:00.000Z`),
        dueOn: new Date(`${a.dueOn}T00:00:00.000Z`),
        status: a.status,
        measure: (a.measure ?? undefined) as Prisma.InputJsonValue | undefined,
        ragOverride: a.ragOverride,
        ragNote: a.ragOverride ? a.ragNote : null,
        successMeasure: a.successMeasure,
        resources: a.resources,
        costPence: Math.round(a.costPounds * 100),
        competencyCodes: a.competencyCodes,
        suggestionKey: a.suggestionKey,
      })),
    });
  }
}

export async function newestVersion(tx: Tx, planId: string) {
  return tx.actionPlanVersion.findFirstOrThrow({ where: { planId }, orderBy: { number: "desc" } });
}

/** A rejected suggestion is stored by its key and never offered again. */
export async function rejectSuggestion(ctx: SchoolContext, input: { key: string }, now = new Date()) {
  requireManager(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const plan = await tx.actionPlan.findUnique({ where: { schoolId: ctx.schoolId } });
    if (!plan) throw new UserError("Open the action plan first.", "not_found");
    await tx.actionPlanRejection.createMany({
      data: [
        {
          planId: plan.id,
          schoolId: ctx.schoolId,
          key: input.key,
          rejectedById: ctx.personId,
          rejectedAt: now,
        },
      ],
      skipDuplicates: true,
    });
    return { key: input.key };
  });
}
