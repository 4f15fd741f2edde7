import "server-only";
// Data access for per-school retention (decision 0041): the setting, and the job's deletion of
// individual responses whose rounds ended longer ago than the school keeps them.
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { logError } from "../log";
import { can } from "../permissions";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { deletionDue, retentionCutoff } from "./retention";

export type RetentionView = {
  years: number;
  /** Rounds whose responses are still held, with the date they go. */
  upcoming: { roundId: string; title: string; deleteOn: Date }[];
  /** Rounds whose individual responses were deleted (their figures stay). */
  deleted: { roundId: string; title: string; deletedAt: Date }[];
};

export async function getRetention(ctx: SchoolContext): Promise<RetentionView> {
  if (!can(ctx.role, "school:view")) throw new UserError("Only school leaders can see this.", "forbidden");
  return withScope(scopeOf(ctx), async (tx) => {
    const school = await tx.school.findUniqueOrThrow({
      where: { id: ctx.schoolId },
      select: { retentionYears: true },
    });
    const rounds = await tx.round.findMany({
      where: { schoolId: ctx.schoolId },
      select: { id: true, title: true, closesAt: true, closedAt: true, responsesDeletedAt: true },
      orderBy: [{ closesAt: "asc" }, { id: "asc" }],
      take: 200,
    });
    return {
      years: school.retentionYears,
      upcoming: rounds
        .filter((r) => !r.responsesDeletedAt)
        .map((r) => ({ roundId: r.id, title: r.title, deleteOn: deletionDue(r, school.retentionYears) })),
      deleted: rounds
        .filter((r) => r.responsesDeletedAt)
        .map((r) => ({ roundId: r.id, title: r.title, deletedAt: r.responsesDeletedAt! })),
    };
  });
}

export async function setRetention(ctx: SchoolContext, years: number): Promise<{ years: number }> {
  if (!can(ctx.role, "retention:manage"))
    throw new UserError("Only the senior mental health lead or head can change this.", "forbidden");
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.school.findUniqueOrThrow({
      where: { id: ctx.schoolId },
      select: { retentionYears: true },
    });
    if (before.retentionYears === years) return { years };
    await tx.school.update({ where: { id: ctx.schoolId }, data: { retentionYears: years } });
    await audit(tx, {
      actorId: ctx.personId,
      action: "retention.changed",
      schoolId: ctx.schoolId,
      detail: { from: before.retentionYears, to: years },
    });
    return { years };
  });
}

/**
 * The job's work for one school, inside that school's scope: each round that ended more than the
 * school's years ago is marked first (so the triggers keep its figures), then its responses are
 * deleted (their answers cascade). Open rounds are never touched. One audit event per round.
 */
export async function deleteExpiredResponses(tx: Tx, schoolId: string, now: Date): Promise<number> {
  const school = await tx.school.findUniqueOrThrow({
    where: { id: schoolId },
    select: { retentionYears: true },
  });
  const cutoff = retentionCutoff(now, school.retentionYears);
  const due = await tx.round.findMany({
    where: {
      schoolId,
      responsesDeletedAt: null,
      OR: [{ closedAt: { lte: cutoff } }, { closedAt: null, closesAt: { lte: cutoff } }],
    },
    select: { id: true, title: true },
  });
  let deleted = 0;
  for (const round of due) {
    await tx.round.update({ where: { id: round.id }, data: { responsesDeletedAt: now } });
    const { count } = await tx.response.deleteMany({ where: { roundId: round.id, schoolId } });
    // Who took part is about individuals too (decision 0045); the round's summary stays frozen.
    await tx.participation.deleteMany({ where: { roundId: round.id, schoolId } });
    deleted += count;
    await audit(tx, {
      actorId: null,
      action: "retention.responses-deleted",
      schoolId,
      targetId: round.id,
      detail: { round: round.title, responses: count, years: school.retentionYears },
    });
  }
  return deleted;
}

/**
 * Every school in turn, each in its own transaction and scope; returns the responses deleted. One
 * school's failure is logged and does not stop the others; the run is then reported as failed.
 */
export async function runRetention(schoolIds: string[], now: Date): Promise<number> {
  let total = 0;
  let failed: unknown = null;
  for (const schoolId of schoolIds) {
    try {
      total += await withScope({ schoolId }, (tx) => deleteExpiredResponses(tx, schoolId, now));
    } catch (error) {
      logError(error, `retention for school ${schoolId}`);
      failed = error;
    }
  }
  if (failed) throw failed;
  return total;
}
