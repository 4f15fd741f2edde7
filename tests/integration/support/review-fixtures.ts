// Schools with a lead, a head and staff, and reviews agreed at chosen levels, for the review tests.
import type { ReviewLevel } from "@/lib/review/principles";
import { PRINCIPLES } from "@/lib/review/principles";
import { agreePrinciple, closeReview, startReview } from "@/lib/review/queries";
import type { SchoolContext } from "@/lib/tenancy/context";
import { schoolCtx } from "./assessment-fixtures";
import { makeMember, makeSchool } from "./fixtures";

export async function reviewSchool(opts: { trustId?: string; staff?: number } = {}) {
  const school = await makeSchool({ trustId: opts.trustId });
  const leadPerson = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
  const headPerson = await makeMember(school.id, "HEAD", "SENIOR_LEADER");
  const staff: SchoolContext[] = [];
  for (let i = 0; i < (opts.staff ?? 2); i++) {
    staff.push(schoolCtx((await makeMember(school.id, "STAFF", "TEACHER")).id, school, "STAFF"));
  }
  return {
    school,
    lead: schoolCtx(leadPerson.id, school, "LEAD"),
    head: schoolCtx(headPerson.id, school, "HEAD"),
    staff,
  };
}

/** One principle's form, every statement at `level` (or unrated with null). */
export function ratingsFor(
  reviewId: string,
  principleIndex: number,
  level: ReviewLevel | null,
  evidence = "",
) {
  const p = PRINCIPLES[principleIndex]!;
  return {
    reviewId,
    principleKey: p.key,
    ratings: p.statements.map((s) => ({
      statementKey: s.key,
      level,
      evidence: level === null ? "" : evidence,
    })),
  };
}

/** Starts, agrees every statement (principle i at levelOf(i)) and closes a review. */
export async function agreedReview(
  lead: SchoolContext,
  levelOf: (i: number) => ReviewLevel,
  at = new Date(),
) {
  const { id } = await startReview(lead, false, at);
  for (let i = 0; i < PRINCIPLES.length; i++) await agreePrinciple(lead, ratingsFor(id, i, levelOf(i)));
  await closeReview(lead, id, at);
  return id;
}

/** One principle's form as the browser sends it (levels as radio values; "" for unrated). */
export function ratingsForm(reviewId: string, principleIndex: number, level: "" | "0" | "1" | "2" | "3") {
  const p = PRINCIPLES[principleIndex]!;
  return {
    reviewId,
    principleKey: p.key,
    ratings: p.statements.map((s) => ({ statementKey: s.key, level, evidence: "" })),
  };
}
