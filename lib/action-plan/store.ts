import "server-only";
// Reading and writing one version's content. A version's objectives and actions are replaced as a
// whole on each save, inside the caller's transaction; keys stay stable across saves and versions.
import type { Tx } from "../db/scope";
import { UserError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { Measure } from "./rag";
import type { ActionInput, ObjectiveInput } from "./schemas";

export const STALE_MESSAGE =
  "Someone else saved this plan since you opened it. Your changes are still on this page: open the plan in a new tab to see theirs, then apply yours again.";
export const LOCKED_MESSAGE = "This version is validated and locked. Start a new version to change it.";
export const SUBMITTED_MESSAGE =
  "This version is with its reviewer. You can change it again once they validate it or ask for changes.";
export const CHANGES_MESSAGE =
  "The reviewer asked for changes to this version. Start a new version to make them; this one keeps what they saw.";
export const OWNER_MESSAGE = "Choose someone who is in this school now.";

export type VersionRow = Prisma.ActionPlanVersionGetPayload<object>;

// Date columns hold the London day as midnight UTC, and are read back the same way.
const asDate = (day: string) => new Date(`${day}T00:00:00.000Z`);
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** The version, in this school, that the school may still edit; anything else in words. */
export async function editableVersion(tx: Tx, schoolId: string, versionId: string): Promise<VersionRow> {
  const v = await tx.actionPlanVersion.findFirst({ where: { id: versionId, schoolId } });
  if (!v) throw new UserError("That plan was not found. Reload the page.", "not_found");
  if (v.status === "VALIDATED") throw new UserError(LOCKED_MESSAGE, "conflict");
  if (v.status === "SUBMITTED") throw new UserError(SUBMITTED_MESSAGE, "conflict");
  if (v.status === "CHANGES_REQUESTED") throw new UserError(CHANGES_MESSAGE, "conflict");
  return v;
}

/**
 * Compare-and-set on the version's revision: a racing save waits for the first one's row lock,
 * then finds the revision moved on and matches nothing, so the second save is refused, never merged.
 */
export async function claimRevision(tx: Tx, v: VersionRow, revision: number, personId: string, now: Date) {
  const bumped = await tx.actionPlanVersion.updateMany({
    where: { id: v.id, revision, status: "DRAFT" },
    data: { revision: { increment: 1 }, updatedById: personId, updatedAt: now },
  });
  if (bumped.count === 0) throw new UserError(STALE_MESSAGE, "stale");
  return revision + 1;
}

/** Owners must be members of the school now: the names are kept with the actions for reviewers. */
export async function ownerNames(tx: Tx, schoolId: string, objectives: ObjectiveInput[]) {
  const ids = [...new Set(objectives.flatMap((o) => o.actions.map((a) => a.ownerId)))];
  const members = await tx.membership.findMany({
    where: { schoolId, personId: { in: ids } },
    select: { personId: true, person: { select: { name: true } } },
  });
  const names = new Map(members.map((m) => [m.personId, m.person.name]));
  const fieldErrors: Record<string, string[]> = {};
  objectives.forEach((o, i) =>
    o.actions.forEach((a, j) => {
      if (!names.has(a.ownerId)) fieldErrors[`objectives.${i}.actions.${j}.ownerId`] = [OWNER_MESSAGE];
    }),
  );
  if (Object.keys(fieldErrors).length > 0)
    throw new UserError(
      "An action's owner is not in this school. Choose another owner.",
      "validation",
      fieldErrors,
    );
  return names;
}

/** Keys are unique within a version (objectives and actions alike), so comments and differences stay exact. */
export function requireUniqueKeys(objectives: ObjectiveInput[]) {
  const keys = objectives.flatMap((o) => [o.key, ...o.actions.map((a) => a.key)]);
  if (new Set(keys).size !== keys.length)
    throw new UserError("The plan has two items with the same key. Reload the page.", "validation");
}

export async function writeContent(
  tx: Tx,
  v: { id: string; schoolId: string },
  objectives: ObjectiveInput[],
  names: Map<string, string>,
) {
  await tx.actionPlanObjective.deleteMany({ where: { versionId: v.id } });
  for (const [position, o] of objectives.entries()) {
    const row = await tx.actionPlanObjective.create({
      data: {
        versionId: v.id,
        schoolId: v.schoolId,
        key: o.key,
        principleKey: o.principleKey,
        title: o.title,
        position,
      },
      select: { id: true },
    });
    if (o.actions.length === 0) continue;
    await tx.actionPlanAction.createMany({
      data: o.actions.map((a, i) => actionRow(a, i, v, row.id, names)),
    });
  }
}

function actionRow(
  a: ActionInput,
  position: number,
  v: { id: string; schoolId: string },
  objectiveId: string,
  names: Map<string, string>,
): Prisma.ActionPlanActionCreateManyInput {
  return {
    versionId: v.id,
    schoolId: v.schoolId,
    objectiveId,
    key: a.key,
    position,
    title: a.title,
    ownerId: a.ownerId,
    ownerName: names.get(a.ownerId) ?? "",
    startOn: asDate(a.startOn),
    dueOn: asDate(a.dueOn),
    status: a.status,
    measure: (a.measure ?? undefined) as Prisma.InputJsonValue | undefined,
    ragOverride: a.ragOverride,
    ragNote: a.ragOverride ? a.ragNote : null,
    successMeasure: a.successMeasure,
    resources: a.resources,
    costPence: Math.round(a.costPounds * 100),
    competencyCodes: a.competencyCodes,
    suggestionKey: a.suggestionKey,
  };
}

/** A version's content in the form's own shape (the same the schema parses), in plan order. */
export async function readContent(tx: Tx, versionId: string) {
  const objectives = await tx.actionPlanObjective.findMany({
    where: { versionId },
    orderBy: { position: "asc" },
    include: { actions: { orderBy: { position: "asc" } } },
  });
  return objectives.map((o) => ({
    key: o.key,
    principleKey: o.principleKey as ObjectiveInput["principleKey"],
    title: o.title,
    actions: o.actions.map((a) => ({
      key: a.key,
      title: a.title,
      // An owner who has left since is null: the form asks for another before the next save.
      ownerId: a.ownerId ?? "",
      ownerName: a.ownerName,
      startOn: dayOf(a.startOn),
      dueOn: dayOf(a.dueOn),
      status: a.status,
      measure: (a.measure ?? null) as Measure | null,
      ragOverride: a.ragOverride,
      ragNote: a.ragNote ?? "",
      successMeasure: a.successMeasure,
      resources: a.resources,
      costPounds: a.costPence / 100,
      competencyCodes: a.competencyCodes,
      suggestionKey: a.suggestionKey,
    })),
  }));
}
export type VersionContent = Awaited<ReturnType<typeof readContent>>;

export async function recordEvent(
  tx: Tx,
  v: { id: string; schoolId: string },
  actorId: string,
  kind: string,
  detail: Prisma.InputJsonObject = {},
) {
  // The actor's name goes with the event: a school cannot read a trust leader's or validator's person row.
  const actorName = await nameOf(tx, actorId);
  await tx.actionPlanEvent.create({
    data: { versionId: v.id, schoolId: v.schoolId, actorId, kind, detail: { ...detail, actorName } },
  });
}

/** The signed-in person's own name (always readable to them). */
export async function nameOf(tx: Tx, personId: string): Promise<string> {
  return (await tx.person.findUnique({ where: { id: personId }, select: { name: true } }))?.name ?? "";
}
