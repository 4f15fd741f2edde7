import "server-only";
// The lead's view of an open or agreed review: every contribution to each statement, named, beside
// the school's agreed rating; who has been asked; the governors recorded.
import { withScope } from "../db/scope";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import type { ReviewLevel } from "./principles";
import { findReview, requirePermission } from "./store";

export type NamedRating = { name: string; governor: boolean; level: ReviewLevel; evidence: string };
export type AgreementView = {
  id: string;
  status: "OPEN" | "AGREED";
  startedAt: Date;
  agreedAt: Date | null;
  allStaff: boolean;
  contributions: Record<string, NamedRating[]>;
  agreed: Record<string, { level: ReviewLevel; evidence: string }>;
  governors: { contributorId: string; name: string }[];
  /** Staff who could be asked, with whether they have been. */
  staff: { personId: string; name: string; invited: boolean }[];
  contributorCount: number;
};

export async function agreementView(ctx: SchoolContext, reviewId: string): Promise<AgreementView> {
  requirePermission(ctx, "review:manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const review = await findReview(tx, ctx, reviewId);
    const [contributors, ratings, agreed, staff] = await Promise.all([
      tx.reviewContributor.findMany({
        where: { reviewId },
        include: { person: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      }),
      tx.reviewRating.findMany({ where: { reviewId } }),
      tx.reviewAgreedRating.findMany({ where: { reviewId } }),
      tx.membership.findMany({
        where: { schoolId: ctx.schoolId, role: "STAFF" },
        include: { person: { select: { name: true } } },
        orderBy: { person: { name: "asc" } },
        take: 2000,
      }),
    ]);
    const byId = new Map(contributors.map((c) => [c.id, c]));
    const contributions: Record<string, NamedRating[]> = {};
    for (const r of ratings) {
      const c = byId.get(r.contributorId);
      if (!c) continue;
      (contributions[r.statementKey] ??= []).push({
        name: c.governorName ?? c.person?.name ?? "Former member of staff",
        governor: c.personId === null,
        level: r.level as ReviewLevel,
        evidence: r.evidence,
      });
    }
    for (const list of Object.values(contributions)) list.sort((a, b) => a.name.localeCompare(b.name));
    const invited = new Set(contributors.map((c) => c.personId));
    return {
      id: review.id,
      status: review.status,
      startedAt: review.startedAt,
      agreedAt: review.agreedAt,
      allStaff: review.allStaff,
      contributions,
      agreed: Object.fromEntries(
        agreed.map((a) => [a.statementKey, { level: a.level as ReviewLevel, evidence: a.evidence }]),
      ),
      governors: contributors.flatMap((c) =>
        c.governorName ? [{ contributorId: c.id, name: c.governorName }] : [],
      ),
      staff: staff.map((m) => ({
        personId: m.personId,
        name: m.person.name,
        invited: invited.has(m.personId),
      })),
      contributorCount: new Set(ratings.map((r) => r.contributorId)).size,
    };
  });
}
