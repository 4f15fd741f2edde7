import "server-only";
// The handover of the senior mental health lead (issue 9, part 6; decision 0026): the head appoints
// a new lead from the school's members; in the same transaction the old lead becomes staff, their open
// actions pass to the new lead, and the handover is recorded, shown on the plan and audited.
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { can } from "../permissions";
import { recordEvent } from "../action-plan/store";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import {
  actionsToHandOver,
  applyReassignments,
  candidateProblem,
  outgoingLead,
  type Reassignment,
} from "./rules";
import type { AppointLeadInput, ConfirmHandoverInput } from "./schemas";

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

function requireAppointer(ctx: SchoolContext) {
  if (!can(ctx.role, "lead:appoint"))
    throw new UserError("Only the headteacher can appoint the senior mental health lead.", "forbidden");
}

/** Members of the school with their roles: who can be appointed, and who the leads are now. */
async function members(tx: Tx, schoolId: string) {
  const rows = await tx.membership.findMany({
    where: { schoolId },
    select: { personId: true, role: true, person: { select: { name: true } } },
    orderBy: { person: { name: "asc" } },
  });
  return rows.map((m) => ({ personId: m.personId, role: m.role, name: m.person.name }));
}

export type AppointView = Awaited<ReturnType<typeof appointView>>;

/** What the head's page shows: the leads now, who could be appointed, and the handovers so far. */
export async function appointView(ctx: SchoolContext) {
  requireAppointer(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const all = await members(tx, ctx.schoolId);
    const leads = all.filter((m) => can(m.role, "action-plan:manage"));
    const candidates = all.filter((m) => candidateProblem(m) === null);
    const handovers = await handoversIn(tx, ctx.schoolId);
    return { leads, candidates, handovers };
  });
}

export type AppointResult = {
  handoverId: string;
  toName: string;
  fromName: string | null;
  moved: number;
  inPlace: boolean;
};

/**
 * One transaction: two appointments at once queue on a per-school lock and the second then sees the
 * first's result (its outgoing lead is no longer a lead, or its choice is already the lead), so it is
 * refused in words and writes nothing.
 */
export async function appointLead(
  ctx: SchoolContext,
  input: AppointLeadInput,
  now = new Date(),
): Promise<AppointResult> {
  requireAppointer(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`lead-handover:${ctx.schoolId}`}))`;
    const all = await members(tx, ctx.schoolId);
    const candidate = all.find((m) => m.personId === input.personId) ?? null;
    const problem = candidateProblem(candidate);
    if (problem) throw new UserError(problem, "validation", { personId: [problem] });
    const to = candidate!;
    const out = outgoingLead(
      all.filter((m) => can(m.role, "action-plan:manage")),
      input.fromPersonId || null,
    );
    if (!out.ok) throw new UserError(out.message, "conflict", { fromPersonId: [out.message] });
    const from = out.lead;

    // The new lead first, so the school always has someone who manages its people.
    await tx.membership.update({
      where: { personId_schoolId: { personId: to.personId, schoolId: ctx.schoolId } },
      data: { role: "LEAD" },
    });
    if (from)
      await tx.membership.update({
        where: { personId_schoolId: { personId: from.personId, schoolId: ctx.schoolId } },
        data: { role: "STAFF" },
      });

    const moved = await handOverActions(tx, ctx, from, to, now);
    const handover = await tx.leadHandover.create({
      data: {
        schoolId: ctx.schoolId,
        fromPersonId: from?.personId ?? null,
        fromName: from?.name ?? "",
        toPersonId: to.personId,
        toName: to.name,
        appointedById: ctx.personId,
        appointedAt: now,
        versionId: moved.version?.id ?? null,
        versionNumber: moved.version?.number ?? null,
        inPlace: moved.inPlace,
        actionsMoved: moved.actions.length,
      },
    });
    if (moved.actions.length > 0)
      await tx.leadHandoverAction.createMany({
        data: moved.actions.map((a) => ({
          handoverId: handover.id,
          schoolId: ctx.schoolId,
          actionKey: a.key,
          title: a.title,
          dueOn: a.dueOn,
          fromPersonId: from?.personId ?? null,
          toPersonId: to.personId,
        })),
      });
    if (moved.version)
      await recordEvent(tx, moved.version, ctx.personId, "handover", {
        from: from?.name ?? "",
        to: to.name,
        moved: moved.actions.length,
        inPlace: moved.inPlace,
      });
    await audit(tx, {
      actorId: ctx.personId,
      action: "lead.appointed",
      schoolId: ctx.schoolId,
      targetId: to.personId,
      detail: {
        handoverId: handover.id,
        from: from ? { personId: from.personId, role: from.role, becomes: "STAFF" } : null,
        to: { personId: to.personId, role: to.role, becomes: "LEAD" },
        actionsMoved: moved.actions.length,
        inPlace: moved.inPlace,
      },
    });
    return {
      handoverId: handover.id,
      toName: to.name,
      fromName: from?.name ?? null,
      moved: moved.actions.length,
      inPlace: moved.inPlace,
    };
  });
}

/**
 * The outgoing lead's open actions in the plan's newest version. A DRAFT changes in place (its
 * revision moves on, so a form opened before is refused as stale, never merged); a submitted,
 * validated or sent-back version is left exactly as it was reviewed, and the recorded handover
 * applies when the next version is started from it.
 */
async function handOverActions(
  tx: Tx,
  ctx: SchoolContext,
  from: { personId: string } | null,
  to: { personId: string; name: string },
  now: Date,
) {
  const none = {
    version: null,
    inPlace: false,
    actions: [] as { key: string; title: string; dueOn: Date }[],
  };
  const plan = await tx.actionPlan.findUnique({ where: { schoolId: ctx.schoolId } });
  if (!plan) return none;
  const version = await tx.actionPlanVersion.findFirst({
    where: { planId: plan.id },
    orderBy: { number: "desc" },
  });
  if (!version) return none;
  const inPlace = version.status === "DRAFT";
  if (inPlace)
    await tx.actionPlanVersion.updateMany({
      where: { id: version.id, status: "DRAFT" },
      data: { revision: { increment: 1 }, updatedById: ctx.personId, updatedAt: now },
    });
  const saved = await tx.actionPlanAction.findMany({
    where: { versionId: version.id },
    orderBy: [{ objective: { position: "asc" } }, { position: "asc" }],
    select: { key: true, title: true, dueOn: true, ownerId: true, ownerName: true, status: true },
  });
  // A locked version keeps its owners as reviewed: earlier handovers on it say who owns what now.
  const rows = inPlace ? saved : applyReassignments(saved, await reassignmentsFor(tx, version.id));
  const actions = actionsToHandOver(rows, from?.personId ?? null);
  if (inPlace && actions.length > 0)
    await tx.actionPlanAction.updateMany({
      where: { versionId: version.id, key: { in: actions.map((a) => a.key) } },
      data: { ownerId: to.personId, ownerName: to.name },
    });
  return { version, inPlace, actions };
}

/** The handovers recorded in a school, newest first, with the actions each moved. */
export async function handoversIn(tx: Tx, schoolId: string) {
  return tx.leadHandover.findMany({
    where: { schoolId },
    orderBy: { appointedAt: "desc" },
    take: 20,
    include: { actions: { orderBy: { dueOn: "asc" } } },
  });
}
export type HandoverRecord = Awaited<ReturnType<typeof handoversIn>>[number];

/** Actions handed to the signed-in person that they have not confirmed yet. */
export async function waitingFor(tx: Tx, ctx: SchoolContext) {
  const rows = await tx.leadHandoverAction.findMany({
    where: { schoolId: ctx.schoolId, toPersonId: ctx.personId, confirmedAt: null },
    orderBy: [{ dueOn: "asc" }, { title: "asc" }],
    include: { handover: { select: { fromName: true, appointedAt: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    dueOn: dayOf(r.dueOn),
    fromName: r.handover.fromName,
    handedAt: r.handover.appointedAt,
  }));
}
export type WaitingAction = Awaited<ReturnType<typeof waitingFor>>[number];

/** Confirms handed-over actions one by one, or all still waiting at once; records who and when. */
export async function confirmHandover(ctx: SchoolContext, input: ConfirmHandoverInput, now = new Date()) {
  if (!can(ctx.role, "action-plan:manage"))
    throw new UserError("Only the senior mental health lead can confirm handed-over actions.", "forbidden");
  return withScope(scopeOf(ctx), async (tx) => {
    const done = await tx.leadHandoverAction.updateMany({
      where: {
        schoolId: ctx.schoolId,
        toPersonId: ctx.personId,
        confirmedAt: null,
        ...(input.itemIds ? { id: { in: input.itemIds } } : {}),
      },
      data: { confirmedAt: now, confirmedById: ctx.personId },
    });
    if (done.count === 0)
      throw new UserError(
        "Nothing is waiting for you to confirm: it may have been confirmed already. Reload the page.",
        "conflict",
      );
    await audit(tx, {
      actorId: ctx.personId,
      action: "lead.handover-confirmed",
      schoolId: ctx.schoolId,
      detail: { confirmed: done.count, all: !input.itemIds },
    });
    return { confirmed: done.count };
  });
}

/**
 * Handovers recorded against a locked version, oldest first: they apply when the version is copied
 * into the next one, once (later copies keep whatever owners the lead has chosen since).
 */
export async function reassignmentsFor(tx: Tx, versionId: string): Promise<Reassignment[]> {
  const rows = await tx.leadHandoverAction.findMany({
    where: { handover: { versionId, inPlace: false } },
    orderBy: { handover: { appointedAt: "asc" } },
    select: { actionKey: true, fromPersonId: true, toPersonId: true, handover: { select: { toName: true } } },
  });
  return rows.map((r) => ({
    actionKey: r.actionKey,
    fromPersonId: r.fromPersonId,
    toPersonId: r.toPersonId,
    toName: r.handover.toName,
  }));
}

/** What the action plan page shows of handovers: the school's record, and what waits for this lead. */
export async function planHandovers(ctx: SchoolContext) {
  return withScope(scopeOf(ctx), async (tx) => ({
    handovers: await handoversIn(tx, ctx.schoolId),
    waiting: can(ctx.role, "action-plan:manage") ? await waitingFor(tx, ctx) : [],
  }));
}
