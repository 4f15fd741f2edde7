import "server-only";
// Shared by the review queries: finding a review within the school, holding it open while a save
// runs, and who may rate in it. Who may do what is checked here too, not only by the action wrapper.
import type { Tx } from "../db/scope";
import { UserError } from "../errors";
import { can, type Permission } from "../permissions";
import type { SchoolContext } from "../tenancy/context";

const MESSAGES: Partial<Record<Permission, string>> = {
  "review:manage": "Only the senior mental health lead can run the whole-school review.",
  "review:view": "Only school leaders can see the whole-school review.",
  "review:contribute": "You cannot contribute to this review.",
};

export function requirePermission(ctx: SchoolContext, permission: Permission) {
  if (!can(ctx.role, permission)) throw new UserError(MESSAGES[permission] ?? "Not allowed.", "forbidden");
}

export const LOCKED_MESSAGE = "This review has been agreed and is now read-only.";

export async function findReview(tx: Tx, ctx: SchoolContext, reviewId: string) {
  // schoolId in the filter as well as in row-level security: another school's review is "not found".
  const review = await tx.review.findFirst({ where: { id: reviewId, schoolId: ctx.schoolId } });
  if (!review) throw new UserError("That review was not found.", "not_found");
  return review;
}

/**
 * Finds the review and holds it OPEN until the transaction ends: closing it waits for saves in
 * flight, and a save that arrives after the close sees it agreed and writes nothing.
 */
export async function lockOpenReview(tx: Tx, ctx: SchoolContext, reviewId: string) {
  const review = await findReview(tx, ctx, reviewId);
  const open = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Review" WHERE id = ${reviewId} AND "schoolId" = ${ctx.schoolId} AND status = 'OPEN'
    FOR SHARE`;
  if (open.length === 0) throw new UserError(LOCKED_MESSAGE, "conflict");
  return review;
}

type ReviewRow = Awaited<ReturnType<typeof findReview>>;

/**
 * The contributor row of the signed-in person, made on their first save. The lead and the head
 * always contribute; staff when the lead asked them, or asked all staff.
 */
export async function ownContributor(tx: Tx, ctx: SchoolContext, review: ReviewRow, create: boolean) {
  const existing = await tx.reviewContributor.findFirst({
    where: { reviewId: review.id, personId: ctx.personId },
  });
  if (existing) return existing;
  if (!mayContribute(ctx, review, false)) throw new UserError(MESSAGES["review:contribute"]!, "forbidden");
  if (!create) return null;
  return tx.reviewContributor.create({
    data: { reviewId: review.id, schoolId: ctx.schoolId, personId: ctx.personId, addedById: ctx.personId },
  });
}

/** Whether this person may rate in this review (invited: they already have a contributor row). */
export function mayContribute(ctx: SchoolContext, review: { allStaff: boolean }, invited: boolean): boolean {
  if (!can(ctx.role, "review:contribute")) return false;
  // Those who see the whole school (lead, head) always contribute; other staff when asked.
  return can(ctx.role, "school:view") || review.allStaff || invited;
}
