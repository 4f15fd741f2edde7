import "server-only";
// Hand edits and approval. Every edit writes a new DRAFT version copied from the newest one, so the
// history keeps what the planner (or the last person) proposed; an APPROVED version is never changed.
import { audit } from "../audit/record";
import { moveBookings } from "../commissioning/queries";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { can } from "../permissions";
import type { Term } from "../planner/types";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { requirePlanner } from "./generate";
import { ADDED_BY_HAND } from "./explain";
import { creditFor } from "./rescore";
import { loadCatalogue, loadLatest, writeVersion, type DraftItem, type DraftVersion } from "./store";
import { TERM_LABELS, toDbTerm } from "./terms";
import { priceItem, retotal } from "./totals";

export const APPROVED_MESSAGE = "This plan is approved; make a new version to change it.";

type Latest = Awaited<ReturnType<typeof loadLatest>>;

async function edit(
  ctx: SchoolContext,
  planId: string,
  change: (tx: Tx, v: Latest) => Promise<{ items: DraftItem[]; note: string; touched: Set<DraftItem> }>,
) {
  requirePlanner(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const latest = await loadLatest(tx, ctx, planId);
    if (latest.status === "APPROVED") throw new UserError(APPROVED_MESSAGE, "conflict");
    const { items, note, touched } = await change(tx, latest);
    const courses = new Map((await loadCatalogue(tx, ctx)).map((c) => [c.id, c]));
    const priced = items.map((i) => {
      const course = courses.get(i.courseId);
      return touched.has(i) && course ? priceItem(i, course) : i;
    });
    const next: DraftVersion = { ...latest, number: latest.number + 1, status: "DRAFT", items: priced };
    next.summary = retotal(next);
    const written = await writeVersion(tx, ctx, next, note);
    await moveBookings(tx, ctx, latest.versionId, priced, written.itemIds);
    return written;
  });
}

function findItem(v: Latest, itemId: string) {
  const item = v.items.find((i) => i.id === itemId);
  if (!item)
    throw new UserError(
      "That booking is not in the newest version of this plan. Reload the page.",
      "not_found",
    );
  return item;
}

/** A school member, or a clear validation error: attendees never come from another school. */
async function requireMember(tx: Tx, ctx: SchoolContext, personId: string, field: string) {
  const m = await tx.membership.findFirst({
    where: { personId, schoolId: ctx.schoolId },
    include: { person: { select: { name: true } } },
  });
  if (!m) {
    const message = "Only members of this school can attend its training.";
    throw new UserError(message, "validation", { [field]: [message] });
  }
  return m.person.name;
}

export const removeItem = (ctx: SchoolContext, input: { planId: string; itemId: string }) =>
  edit(ctx, input.planId, async (_tx, v) => {
    findItem(v, input.itemId);
    return {
      items: v.items.filter((i) => i.id !== input.itemId),
      note: "Removed a booking",
      touched: new Set(),
    };
  });

export const moveItem = (ctx: SchoolContext, input: { planId: string; itemId: string; term: Term }) =>
  edit(ctx, input.planId, async (_tx, v) => {
    const item = findItem(v, input.itemId);
    if (item.booking && !item.booking.withdrawnAt && item.term !== toDbTerm(input.term))
      throw new UserError(
        `This is your trust's offer, which runs ${item.booking.dates}, so it stays in its term. Remove it to book something else.`,
        "conflict",
      );
    const items = v.items.map((i) => (i.id === input.itemId ? { ...i, term: toDbTerm(input.term) } : i));
    return { items, note: `Moved a booking to ${TERM_LABELS[input.term]}`, touched: new Set() };
  });

export const removeAttendee = (ctx: SchoolContext, input: { planId: string; attendeeId: string }) =>
  edit(ctx, input.planId, async (_tx, v) => {
    const item = v.items.find((i) => i.attendees.some((a) => a.id === input.attendeeId));
    if (!item)
      throw new UserError(
        "That attendee is not in the newest version of this plan. Reload the page.",
        "not_found",
      );
    const gone = item.attendees.find((a) => a.id === input.attendeeId)!;
    const unit = gone.personId ?? gone.groupKey;
    const changed: DraftItem = {
      ...item,
      attendees: item.attendees.filter((a) => a.id !== input.attendeeId),
      closes: item.closes.filter((c) => c.unitId !== unit),
    };
    // A booking with no one left on it is dropped rather than kept at no cost.
    const items = v.items.flatMap((i) => (i !== item ? [i] : changed.attendees.length > 0 ? [changed] : []));
    return { items, note: "Removed an attendee", touched: new Set([changed]) };
  });

export const addAttendee = (
  ctx: SchoolContext,
  input: { planId: string; itemId: string; personId: string },
) =>
  edit(ctx, input.planId, async (tx, v) => {
    const item = findItem(v, input.itemId);
    const name = await requireMember(tx, ctx, input.personId, "personId");
    if (item.attendees.some((a) => a.personId === input.personId)) {
      throw new UserError(`${name} is already booked on this.`, "validation", {
        personId: [`${name} is already booked on this.`],
      });
    }
    const course = (await loadCatalogue(tx, ctx)).find((c) => c.id === item.courseId);
    const closes = course ? await creditFor(tx, ctx, v, course, [input.personId]) : [];
    const changed: DraftItem = {
      ...item,
      attendees: [...item.attendees, { id: null, personId: input.personId, groupKey: null, count: 1 }],
      closes: [...item.closes, ...closes],
    };
    return {
      items: v.items.map((i) => (i === item ? changed : i)),
      note: `Added ${name}`,
      touched: new Set([changed]),
    };
  });

export const addItem = (
  ctx: SchoolContext,
  input: { planId: string; courseId: string; term: Term; personIds: string[] },
) =>
  edit(ctx, input.planId, async (tx, v) => {
    const course = (await loadCatalogue(tx, ctx)).find((c) => c.id === input.courseId);
    if (!course)
      throw new UserError("Choose a course from your catalogue.", "validation", {
        courseId: ["Choose a course from your catalogue."],
      });
    const ids = [...new Set(input.personIds)];
    for (const id of ids) await requireMember(tx, ctx, id, "personIds");
    const item: DraftItem = {
      id: null,
      courseId: course.id,
      term: toDbTerm(input.term),
      sessions: 0,
      costPence: 0,
      hours: course.hoursPerParticipant,
      why: ADDED_BY_HAND,
      closes: await creditFor(tx, ctx, v, course, ids),
      attendees: ids.map((personId) => ({ id: null, personId, groupKey: null, count: 1 })),
    };
    return { items: [...v.items, item], note: `Added "${course.title}"`, touched: new Set([item]) };
  });

/** The lead asks for a new DRAFT copied from the approved version: only then may it change again. */
export async function reviseApproved(ctx: SchoolContext, input: { planId: string }) {
  requirePlanner(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const latest = await loadLatest(tx, ctx, input.planId);
    if (latest.status !== "APPROVED")
      throw new UserError("This plan already has a draft to edit.", "conflict");
    const written = await writeVersion(
      tx,
      ctx,
      { ...latest, number: latest.number + 1, status: "DRAFT" },
      `New draft from approved version ${latest.number}`,
    );
    await moveBookings(tx, ctx, latest.versionId, latest.items, written.itemIds);
    return written;
  });
}

/** The head approves the newest version, which must still be a DRAFT. */
export async function approveVersion(
  ctx: SchoolContext,
  input: { planId: string; versionId: string },
  now = new Date(),
) {
  if (!can(ctx.role, "plans:approve"))
    throw new UserError("Only the headteacher can approve a plan.", "forbidden");
  return withScope(scopeOf(ctx), async (tx) => {
    const latest = await loadLatest(tx, ctx, input.planId);
    if (latest.versionId !== input.versionId) {
      throw new UserError(
        "The plan has changed since you opened it. Reload the page and check the newest version.",
        "conflict",
      );
    }
    if (latest.status === "APPROVED") throw new UserError("This version is already approved.", "conflict");
    await tx.planVersion.update({
      where: { id: latest.versionId },
      data: { status: "APPROVED", approvedById: ctx.personId, approvedAt: now },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "plan.approved",
      schoolId: ctx.schoolId,
      targetId: input.planId,
      detail: { version: latest.number },
    });
    return { versionId: latest.versionId, number: latest.number };
  });
}
