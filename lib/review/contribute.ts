import "server-only";
// A contributor's own ratings: read them, and save one principle's worth in one transaction. Each
// person sees and changes only their own; the lead also enters the ratings of a governor they named.
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import type { RatingsInput } from "./forms";
import type { ReviewLevel } from "./principles";
import { findReview, lockOpenReview, mayContribute, ownContributor, requirePermission } from "./store";

export type OwnRating = { statementKey: string; level: ReviewLevel; evidence: string };
export type Contribution = {
  reviewId: string;
  status: "OPEN" | "AGREED";
  startedAt: Date;
  /** Whose ratings these are: null for one's own, a governor's name when the lead enters theirs. */
  governor: { contributorId: string; name: string } | null;
  ratings: OwnRating[];
};

/** One's own ratings in a review (empty before the first save), or a governor's for the lead. */
export async function getContribution(
  ctx: SchoolContext,
  reviewId: string,
  governorId?: string,
): Promise<Contribution> {
  requirePermission(ctx, "review:contribute");
  return withScope(scopeOf(ctx), async (tx) => {
    const review = await findReview(tx, ctx, reviewId);
    const contributor = governorId
      ? await governorOf(tx, ctx, review.id, governorId)
      : await ownContributor(tx, ctx, review, false);
    const rows = contributor
      ? await tx.reviewRating.findMany({
          where: { contributorId: contributor.id },
          select: { statementKey: true, level: true, evidence: true },
        })
      : [];
    return {
      reviewId: review.id,
      status: review.status,
      startedAt: review.startedAt,
      governor:
        contributor?.governorName && governorId
          ? { contributorId: contributor.id, name: contributor.governorName }
          : null,
      ratings: rows.map((r) => ({ ...r, level: r.level as ReviewLevel })),
    };
  });
}

/** Saves one principle's ratings; an unrated statement removes any earlier rating of it. */
export async function saveRatings(ctx: SchoolContext, input: RatingsInput): Promise<{ saved: number }> {
  requirePermission(ctx, "review:contribute");
  return withScope(scopeOf(ctx), async (tx) => {
    const review = await lockOpenReview(tx, ctx, input.reviewId);
    const contributor = input.contributorId
      ? await governorOf(tx, ctx, review.id, input.contributorId)
      : await ownContributor(tx, ctx, review, true);
    if (!contributor) throw new UserError("You cannot contribute to this review.", "forbidden");
    let saved = 0;
    for (const r of input.ratings) {
      const key = {
        contributorId_statementKey: { contributorId: contributor.id, statementKey: r.statementKey },
      };
      if (r.level === null) {
        await tx.reviewRating.deleteMany({
          where: { contributorId: contributor.id, statementKey: r.statementKey },
        });
        continue;
      }
      await tx.reviewRating.upsert({
        where: key,
        create: {
          reviewId: review.id,
          schoolId: ctx.schoolId,
          contributorId: contributor.id,
          statementKey: r.statementKey,
          level: r.level,
          evidence: r.evidence,
        },
        update: { level: r.level, evidence: r.evidence },
      });
      saved++;
    }
    return { saved };
  });
}

/** A governor the lead named in this review: only the lead may read or enter their ratings. */
async function governorOf(tx: Tx, ctx: SchoolContext, reviewId: string, contributorId: string) {
  requirePermission(ctx, "review:manage");
  const governor = await tx.reviewContributor.findFirst({
    where: { id: contributorId, reviewId, schoolId: ctx.schoolId, personId: null },
  });
  if (!governor) throw new UserError("That governor was not found in this review.", "not_found");
  return governor;
}

export { mayContribute };
