import "server-only";
// Adding, tagging, untagging and deleting evidence in one school (decision 0029). Files are put in
// storage before the row is written and removed again if the row is not: nothing is left behind.
import { randomBytes } from "node:crypto";
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { logError } from "../log";
import { can } from "../permissions";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { checkFile, type Received } from "./file-check";
import { safeFileName } from "./file-rules";
import { evidenceStorage, type EvidenceStorage } from "./storage";
import { parseTarget, type EvidenceTarget } from "./targets";
import { usesOf } from "./queries";

export const ITEM_NOT_FOUND = "That evidence was not found in this school. Reload the page.";
export const ACTION_NOT_FOUND = "That action is not in this school's action plan.";
export const CRITERION_NOT_FOUND = "That criterion is not in an accreditation scheme this school uses.";
export const IN_USE = "This evidence is in use. Check where, then confirm to delete it.";

const notFound = () => new UserError(ITEM_NOT_FOUND, "not_found");

function mayManage(ctx: SchoolContext) {
  if (!can(ctx.role, "evidence:manage"))
    throw new UserError("You do not have permission to do that.", "forbidden");
}

async function added(tx: Tx, ctx: SchoolContext, itemId: string, kind: string) {
  await audit(tx, {
    actorId: ctx.personId,
    action: "evidence.added",
    schoolId: ctx.schoolId,
    targetId: itemId,
    detail: { kind },
  });
}

export async function addNote(ctx: SchoolContext, input: { title: string; note: string }) {
  mayManage(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const item = await tx.evidenceItem.create({
      data: {
        schoolId: ctx.schoolId,
        kind: "NOTE",
        title: input.title,
        note: input.note,
        createdById: ctx.personId,
      },
      select: { id: true },
    });
    await added(tx, ctx, item.id, "NOTE");
    return item;
  });
}

export async function addLink(ctx: SchoolContext, input: { title: string; url: string }) {
  mayManage(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const item = await tx.evidenceItem.create({
      data: {
        schoolId: ctx.schoolId,
        kind: "LINK",
        title: input.title,
        url: input.url,
        createdById: ctx.personId,
      },
      select: { id: true },
    });
    await added(tx, ctx, item.id, "LINK");
    return item;
  });
}

/**
 * A received file: its type checked from the content, put in storage under a new key, then its row
 * written. If anything after the put fails, the stored copy is deleted; the temporary file always is.
 */
export async function addFile(
  ctx: SchoolContext,
  input: { title: string; clientName: string; file: Received },
  storage: EvidenceStorage = evidenceStorage(),
) {
  let stored: string | null = null;
  try {
    mayManage(ctx);
    const type = await checkFile(input.file.path);
    const key = `${ctx.schoolId}/${randomBytes(16).toString("hex")}`;
    await storage.put(key, input.file.path, { size: input.file.size, contentType: type.mime });
    stored = key;
    const item = await withScope(scopeOf(ctx), async (tx) => {
      const row = await tx.evidenceItem.create({
        data: {
          schoolId: ctx.schoolId,
          kind: "FILE",
          title: input.title,
          fileKey: key,
          fileName: safeFileName(input.clientName, type.mime),
          fileType: type.mime,
          fileSize: input.file.size,
          createdById: ctx.personId,
        },
        select: { id: true },
      });
      await added(tx, ctx, row.id, "FILE");
      return row;
    });
    stored = null;
    return { ...item, type: type.label };
  } finally {
    if (stored) await storage.delete(stored).catch((e) => logError(e, "evidence.cleanup"));
    await input.file.cleanup();
  }
}

async function itemIn(tx: Tx, ctx: SchoolContext, itemId: string) {
  const item = await tx.evidenceItem.findFirst({ where: { id: itemId, schoolId: ctx.schoolId } });
  if (!item) throw notFound();
  return item;
}

/** Tags an item of this school to a target; tagging twice is a no-op. */
export async function tagItem(ctx: SchoolContext, input: { itemId: string; target: string }) {
  mayManage(ctx);
  const target = parseTarget(input.target);
  if (!target)
    throw new UserError("Choose what this evidence is for.", "validation", {
      target: ["Choose what this evidence is for."],
    });
  return withScope(scopeOf(ctx), async (tx) => {
    await itemIn(tx, ctx, input.itemId);
    const where = await tagColumns(tx, ctx, target);
    const existing = await tx.evidenceTag.findFirst({ where: { itemId: input.itemId, ...where } });
    if (existing) return { id: existing.id };
    return tx.evidenceTag.create({
      data: { schoolId: ctx.schoolId, itemId: input.itemId, createdById: ctx.personId, ...where },
      select: { id: true },
    });
  });
}

/** The typed columns for a target, with an action checked to be in this school's plan. */
export async function tagColumns(tx: Tx, ctx: SchoolContext, target: EvidenceTarget) {
  if (target.kind === "principle") return { kind: "PRINCIPLE" as const, principleKey: target.key };
  if (target.kind === "lead-area") {
    if (!can(ctx.role, "development:self"))
      throw new UserError("You do not have permission to do that.", "forbidden");
    return { kind: "LEAD_AREA" as const, leadAreaKey: target.key };
  }
  if (target.kind === "criterion") {
    const school = await tx.school.findUnique({ where: { id: ctx.schoolId }, select: { trustId: true } });
    const criterion = await tx.accreditationCriterion.findFirst({
      where: {
        id: target.key,
        OR: [{ trustId: null }, ...(school?.trustId ? [{ trustId: school.trustId }] : [])],
      },
      select: { id: true },
    });
    if (!criterion) throw new UserError(CRITERION_NOT_FOUND, "validation", { target: [CRITERION_NOT_FOUND] });
    return { kind: "CRITERION" as const, criterionId: criterion.id };
  }
  const plan = await tx.actionPlan.findFirst({ where: { schoolId: ctx.schoolId }, select: { id: true } });
  const action = plan
    ? await tx.actionPlanAction.findFirst({
        where: { schoolId: ctx.schoolId, key: target.key, version: { planId: plan.id } },
        select: { id: true },
      })
    : null;
  if (!plan || !action) throw new UserError(ACTION_NOT_FOUND, "validation", { target: [ACTION_NOT_FOUND] });
  return { kind: "ACTION" as const, actionPlanId: plan.id, actionKey: target.key };
}

export async function untagItem(ctx: SchoolContext, input: { itemId: string; tagId: string }) {
  mayManage(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    await itemIn(tx, ctx, input.itemId);
    const gone = await tx.evidenceTag.deleteMany({ where: { id: input.tagId, itemId: input.itemId } });
    if (gone.count === 0) throw new UserError("That tag was already removed. Reload the page.", "not_found");
    return { removed: gone.count };
  });
}

/**
 * Deletes an item; one that is tagged needs `confirmed` (the page lists where it is used first).
 * The stored file goes after the row, so a failed delete never leaves a row without its file.
 */
export async function deleteItem(
  ctx: SchoolContext,
  input: { itemId: string; confirmed: boolean },
  storage: EvidenceStorage = evidenceStorage(),
) {
  mayManage(ctx);
  const item = await withScope(scopeOf(ctx), async (tx) => {
    const row = await itemIn(tx, ctx, input.itemId);
    const tags = await tx.evidenceTag.count({ where: { itemId: row.id } });
    if (tags > 0 && !input.confirmed) {
      const uses = await usesOf(tx, ctx, row.id);
      throw new UserError(`${IN_USE} Used for: ${uses.map((u) => u.title).join("; ")}.`, "conflict");
    }
    await tx.evidenceItem.delete({ where: { id: row.id } });
    await audit(tx, {
      actorId: ctx.personId,
      action: "evidence.deleted",
      schoolId: ctx.schoolId,
      targetId: row.id,
      detail: { kind: row.kind, tags },
    });
    return row;
  });
  if (item.fileKey) await storage.delete(item.fileKey).catch((e) => logError(e, "evidence.delete-file"));
  return { deleted: item.id };
}
