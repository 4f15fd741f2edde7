import "server-only";
// Data access for survey rounds: open, extend, close early, list. Progress and reminders are in
// ./progress.ts. Everything runs inside the school's row-level-security scope; who may do what is
// checked here too, so a page that forgets a check still cannot change another's round.
import { audit } from "../audit/record";
import { withScope } from "../db/scope";
import { UserError } from "../errors";
import { getFramework } from "../framework/queries";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { closeProblem, extendProblem, isAsked, openProblem, type OpenRoundInput } from "./rules";
import { findRound, requireManager, requireViewer, summary, type RoundSummary } from "./store";

export type { RoundSummary } from "./store";

/** Opens a round on the school's framework version in force (or an earlier version of it). */
export async function openRound(
  ctx: SchoolContext,
  input: OpenRoundInput,
  now = new Date(),
): Promise<RoundSummary> {
  requireManager(ctx);
  const problem = openProblem(input, now);
  if (problem) throw new UserError(problem, "validation", { closesAt: [problem] });
  const framework = await getFramework(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const versionId = input.frameworkVersionId ?? framework.version.id;
    const version = await tx.frameworkVersion.findUnique({
      where: { id: versionId },
      select: { frameworkId: true },
    });
    if (!version || version.frameworkId !== framework.frameworkId) {
      throw new UserError("Choose a version of your school's framework.", "validation", {
        frameworkVersionId: ["Choose a version of your school's framework."],
      });
    }
    const created = await tx.round.create({
      data: {
        schoolId: ctx.schoolId,
        title: input.title,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        mode: input.mode,
        audience: input.audience,
        jobRoles: input.jobRoles,
        frameworkVersionId: versionId,
        createdById: ctx.personId,
        ...(input.reminders && { reminderPlan: { create: { schoolId: ctx.schoolId, ...input.reminders } } }),
      },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "round.opened",
      schoolId: ctx.schoolId,
      targetId: created.id,
      detail: { title: input.title, mode: input.mode },
    });
    return summary(await findRound(tx, ctx, created.id), now);
  });
}

export async function extendRound(
  ctx: SchoolContext,
  roundId: string,
  closesAt: Date,
  now = new Date(),
): Promise<RoundSummary> {
  requireManager(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const round = await findRound(tx, ctx, roundId);
    const problem = extendProblem(round, closesAt, now);
    if (problem) throw new UserError(problem, "validation", { closesAt: [problem] });
    await tx.round.update({ where: { id: round.id }, data: { closesAt } });
    await audit(tx, {
      actorId: ctx.personId,
      action: "round.extended",
      schoolId: ctx.schoolId,
      targetId: round.id,
      detail: { from: round.closesAt.toISOString(), to: closesAt.toISOString() },
    });
    return summary({ ...round, closesAt }, now);
  });
}

/** Closes a round now; answers in progress stay unsubmitted and no one can add to them. */
export async function closeRound(
  ctx: SchoolContext,
  roundId: string,
  now = new Date(),
): Promise<RoundSummary> {
  requireManager(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const round = await findRound(tx, ctx, roundId);
    const problem = closeProblem(round, now);
    if (problem) throw new UserError(problem, "conflict");
    await tx.round.update({ where: { id: round.id }, data: { closedAt: now } });
    await audit(tx, {
      actorId: ctx.personId,
      action: "round.closed",
      schoolId: ctx.schoolId,
      targetId: round.id,
    });
    return summary({ ...round, closedAt: now }, now);
  });
}

/** A school runs a few rounds a year: lists show the newest this many (decades of rounds). */
export const ROUNDS_SHOWN = 100;

/** The school's rounds, newest first, up to ROUNDS_SHOWN (leaders). */
export async function listRounds(ctx: SchoolContext, now = new Date()): Promise<RoundSummary[]> {
  requireViewer(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const rows = await tx.round.findMany({
      where: { schoolId: ctx.schoolId },
      include: { frameworkVersion: { select: { number: true } } },
      orderBy: [{ opensAt: "desc" }, { id: "asc" }],
      take: ROUNDS_SHOWN,
    });
    return rows.map((r) => summary(r, now));
  });
}

export async function getRound(ctx: SchoolContext, roundId: string, now = new Date()): Promise<RoundSummary> {
  return withScope(scopeOf(ctx), async (tx) => summary(await findRound(tx, ctx, roundId), now));
}

export type MyRound = RoundSummary & { myStatus: "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" };

/** Rounds that ask the signed-in person, with how far they have got: their own dashboard. */
export async function listMyRounds(ctx: SchoolContext, now = new Date()): Promise<MyRound[]> {
  return withScope(scopeOf(ctx), async (tx) => {
    const rows = await tx.round.findMany({
      where: { schoolId: ctx.schoolId },
      include: {
        frameworkVersion: { select: { number: true } },
        participations: { where: { personId: ctx.personId }, select: { status: true } },
      },
      // The newest ROUNDS_SHOWN, then shown soonest-closing first.
      orderBy: [{ opensAt: "desc" }, { id: "asc" }],
      take: ROUNDS_SHOWN,
    });
    rows.sort((a, b) => a.closesAt.getTime() - b.closesAt.getTime());
    // The person's own job role, read once: a round asks them if its audience includes it.
    const me = await tx.membership.findFirst({
      where: { schoolId: ctx.schoolId, personId: ctx.personId },
      select: { jobRole: true },
    });
    return rows
      .filter((r) => r.participations[0] || (me?.jobRole && isAsked(r, me.jobRole)))
      .map((r) => ({ ...summary(r, now), myStatus: r.participations[0]?.status ?? "NOT_STARTED" }));
  });
}
