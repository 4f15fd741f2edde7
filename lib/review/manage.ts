import "server-only";
// The lead's part of a review: start it, ask staff and record governors, agree the school's rating
// of each statement, and close it as agreed, which also refreshes the school's row of the benchmark
// rollup in the same transaction.
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import type { RatingsInput } from "./forms";
import type { ReviewLevel } from "./principles";
import { principleOfStatement, principleScores, STATEMENT_COUNT } from "./scores";
import { findReview, lockOpenReview, LOCKED_MESSAGE, requirePermission } from "./store";

const ALREADY_OPEN = "A review is already open: agree and close it before starting another.";

export async function startReview(ctx: SchoolContext, allStaff: boolean, now = new Date()) {
  requirePermission(ctx, "review:manage");
  return withScope(scopeOf(ctx), async (tx) => {
    if (await tx.review.findFirst({ where: { schoolId: ctx.schoolId, status: "OPEN" } })) {
      throw new UserError(ALREADY_OPEN, "conflict");
    }
    // The partial unique index refuses a second open review if two starts race past the check above.
    const review = await tx.review
      .create({ data: { schoolId: ctx.schoolId, allStaff, startedById: ctx.personId, startedAt: now } })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === "P2002") throw new UserError(ALREADY_OPEN, "conflict");
        throw error;
      });
    await audit(tx, {
      actorId: ctx.personId,
      action: "review.started",
      schoolId: ctx.schoolId,
      targetId: review.id,
    });
    return { id: review.id, startedAt: review.startedAt };
  });
}

/** Asks more people to contribute (people already asked stay asked), and whether all staff may. */
export async function inviteContributors(
  ctx: SchoolContext,
  input: { reviewId: string; allStaff: boolean; personIds: string[] },
) {
  requirePermission(ctx, "review:manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const review = await lockOpenReview(tx, ctx, input.reviewId);
    const ids = [...new Set(input.personIds)];
    const members = await tx.membership.findMany({
      where: { schoolId: ctx.schoolId, personId: { in: ids } },
      select: { personId: true },
    });
    if (members.length !== ids.length) {
      const message = "Choose people who are in your school now.";
      throw new UserError(message, "validation", { personIds: [message] });
    }
    await tx.review.update({ where: { id: review.id }, data: { allStaff: input.allStaff } });
    await tx.reviewContributor.createMany({
      data: ids.map((personId) => ({
        reviewId: review.id,
        schoolId: ctx.schoolId,
        personId,
        addedById: ctx.personId,
      })),
      skipDuplicates: true,
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "review.contributors-changed",
      schoolId: ctx.schoolId,
      targetId: review.id,
      detail: { allStaff: input.allStaff, invited: ids.length },
    });
    return { allStaff: input.allStaff, invited: ids.length };
  });
}

/** A governor is not a Harbour user: the lead names them and enters their ratings (decision 0023). */
export async function addGovernor(ctx: SchoolContext, input: { reviewId: string; name: string }) {
  requirePermission(ctx, "review:manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const review = await lockOpenReview(tx, ctx, input.reviewId);
    const governor = await tx.reviewContributor.create({
      data: {
        reviewId: review.id,
        schoolId: ctx.schoolId,
        governorName: input.name,
        addedById: ctx.personId,
      },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "review.governor-added",
      schoolId: ctx.schoolId,
      targetId: review.id,
    });
    return { contributorId: governor.id, name: input.name };
  });
}

/** The school's rating of every statement of one principle, as the lead agrees it. */
export async function agreePrinciple(ctx: SchoolContext, input: RatingsInput) {
  requirePermission(ctx, "review:manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const review = await lockOpenReview(tx, ctx, input.reviewId);
    for (const r of input.ratings) {
      // The form schema requires a level for agreement; null here would be a caller's mistake.
      if (r.level === null)
        throw new UserError("Choose the school's level for every statement.", "validation");
      await tx.reviewAgreedRating.upsert({
        where: { reviewId_statementKey: { reviewId: review.id, statementKey: r.statementKey } },
        create: {
          reviewId: review.id,
          schoolId: ctx.schoolId,
          statementKey: r.statementKey,
          level: r.level,
          evidence: r.evidence,
          agreedById: ctx.personId,
        },
        update: { level: r.level, evidence: r.evidence, agreedById: ctx.personId },
      });
    }
    return { agreed: input.ratings.length };
  });
}

/** Closes the review as agreed: every statement must have the school's rating. Read-only after. */
export async function closeReview(ctx: SchoolContext, reviewId: string, now = new Date()) {
  requirePermission(ctx, "review:manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const review = await findReview(tx, ctx, reviewId);
    if (review.status !== "OPEN") throw new UserError(LOCKED_MESSAGE, "conflict");
    const agreed = (
      await tx.reviewAgreedRating.findMany({
        where: { reviewId },
        select: { statementKey: true, level: true },
      })
    ).filter((r) => principleOfStatement(r.statementKey) !== undefined);
    const missing = STATEMENT_COUNT - agreed.length;
    if (missing > 0) {
      throw new UserError(
        `Agree the school's rating of every statement first: ${missing} ${missing === 1 ? "statement still needs" : "statements still need"} one.`,
        "validation",
      );
    }
    // Waits for saves holding the review open; a second close in a race finds it agreed already.
    const closed = await tx.review.updateMany({
      where: { id: reviewId, schoolId: ctx.schoolId, status: "OPEN" },
      data: { status: "AGREED", agreedAt: now, agreedById: ctx.personId },
    });
    if (closed.count === 0) throw new UserError(LOCKED_MESSAGE, "conflict");
    await replaceRollup(
      tx,
      ctx,
      agreed.map((r) => ({ statementKey: r.statementKey, level: r.level as ReviewLevel })),
      now,
    );
    await audit(tx, {
      actorId: ctx.personId,
      action: "review.agreed",
      schoolId: ctx.schoolId,
      targetId: reviewId,
    });
    return { agreedAt: now };
  });
}

/**
 * The school's row of the rollup, replaced. The app may not read the table: it deletes with no
 * WHERE (the policy limits it to its own school) and inserts with no RETURNING.
 */
async function replaceRollup(
  tx: Tx,
  ctx: SchoolContext,
  levels: { statementKey: string; level: ReviewLevel }[],
  reviewedAt: Date,
) {
  const scores = principleScores(levels).filter((s) => s.score !== null);
  await tx.$executeRaw`DELETE FROM "ReviewBenchmark"`;
  await tx.$executeRaw`
    INSERT INTO "ReviewBenchmark" ("schoolId", "principleKey", score, "reviewedAt")
    SELECT ${ctx.schoolId}, k, s, ${reviewedAt} FROM unnest(
      ${scores.map((s) => s.principleKey)}::text[], ${scores.map((s) => s.score!)}::double precision[]) AS t(k, s)`;
}
