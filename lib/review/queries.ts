import "server-only";
// Reading the whole-school review: the page's overview (the open review, the latest agreed one, the
// trend and the benchmarks), the lead's agreement view, and what the action plan reads.
import { withScope, type Tx } from "../db/scope";
import { publishBenchmarks, type BenchmarkGroup, type PublishedBenchmark } from "../disclosure";
import { can } from "../permissions";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { PRINCIPLE_KEYS, type ReviewLevel } from "./principles";
import type { AgreedReview } from "./scores";
import { mayContribute, requirePermission } from "./store";

export { saveRatings, getContribution, type Contribution } from "./contribute";
export { startReview, inviteContributors, addGovernor, agreePrinciple, closeReview } from "./manage";

/** Reviews come every 3 to 6 months: the trend shows the newest this many (ten years and more). */
export const REVIEWS_SHOWN = 40;

export type AgreedStatement = { statementKey: string; level: ReviewLevel; evidence: string };
export type ReviewOverview = {
  open: { id: string; startedAt: Date; allStaff: boolean; mayContribute: boolean } | null;
  /** Oldest first: for the trend. Leaders only (review:view). */
  agreed: AgreedReview[];
  latest: { id: string; agreedAt: Date; statements: AgreedStatement[] } | null;
  benchmarks: PublishedBenchmark[] | null;
};

export async function reviewOverview(ctx: SchoolContext): Promise<ReviewOverview> {
  if (!can(ctx.role, "review:view")) requirePermission(ctx, "review:contribute");
  const leader = can(ctx.role, "review:view");
  return withScope(scopeOf(ctx), async (tx) => {
    const open = await tx.review.findFirst({ where: { schoolId: ctx.schoolId, status: "OPEN" } });
    const invited = open
      ? Boolean(
          await tx.reviewContributor.findFirst({ where: { reviewId: open.id, personId: ctx.personId } }),
        )
      : false;
    const openPart = open
      ? {
          id: open.id,
          startedAt: open.startedAt,
          allStaff: open.allStaff,
          mayContribute: mayContribute(ctx, open, invited),
        }
      : null;
    if (!leader) return { open: openPart, agreed: [], latest: null, benchmarks: null };
    const rows = await agreedReviews(tx, ctx.schoolId, REVIEWS_SHOWN);
    const newest = rows[0];
    return {
      open: openPart,
      agreed: rows.map(toAgreed).reverse(),
      latest: newest
        ? {
            id: newest.id,
            agreedAt: newest.agreedAt!,
            statements: newest.agreed.map((a) => ({ ...a, level: a.level as ReviewLevel })),
          }
        : null,
      benchmarks: await benchmarks(tx, ctx),
    };
  });
}

const agreedReviews = (tx: Tx, schoolId: string, take: number) =>
  tx.review.findMany({
    where: { schoolId, status: "AGREED" },
    orderBy: [{ agreedAt: "desc" }, { id: "asc" }],
    take,
    include: { agreed: { select: { statementKey: true, level: true, evidence: true } } },
  });

const toAgreed = (r: Awaited<ReturnType<typeof agreedReviews>>[number]): AgreedReview => ({
  id: r.id,
  agreedAt: r.agreedAt!,
  levels: r.agreed.map((a) => ({ statementKey: a.statementKey, level: a.level as ReviewLevel })),
});

/** Other schools' figures, only as counts and means from the SECURITY DEFINER function, published through the core. */
async function benchmarks(tx: Tx, ctx: SchoolContext): Promise<PublishedBenchmark[]> {
  const school = await tx.school.findUnique({ where: { id: ctx.schoolId }, select: { trustId: true } });
  const groups = await tx.$queryRaw<BenchmarkGroup[]>`
    SELECT "principleKey", "groupKind", schools, mean FROM review_benchmarks()`;
  return publishBenchmarks(PRINCIPLE_KEYS, groups, Boolean(school?.trustId));
}

/** The school's agreed level of each statement in its latest agreed review (empty when none). For the action plan. */
export async function latestAgreedRatings(
  ctx: SchoolContext,
): Promise<{ statementKey: string; level: ReviewLevel; reviewedAt: Date }[]> {
  return withScope(scopeOf(ctx), async (tx) => {
    const [latest] = await agreedReviews(tx, ctx.schoolId, 1);
    if (!latest) return [];
    return latest.agreed.map((a) => ({
      statementKey: a.statementKey,
      level: a.level as ReviewLevel,
      reviewedAt: latest.agreedAt!,
    }));
  });
}

/** When the school last agreed a review, or null. For the action plan's "review done this term". */
export async function lastAgreedReviewAt(ctx: SchoolContext): Promise<Date | null> {
  return withScope(scopeOf(ctx), async (tx) => {
    const latest = await tx.review.findFirst({
      where: { schoolId: ctx.schoolId, status: "AGREED" },
      orderBy: { agreedAt: "desc" },
      select: { agreedAt: true },
    });
    return latest?.agreedAt ?? null;
  });
}
