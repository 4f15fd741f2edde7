// A trust with two schools and their leads, for the accreditation tests: one school self-evaluates,
// the other's lead peer-reviews it, the trust leader assigns, records the visit and decides.
import { schoolCtx, schoolWithStaff } from "./assessment-fixtures";
import { makeMember, makeTrust, makeTrustLeader } from "./fixtures";
import { trustCtx } from "./records-fixtures";
import { saveSelfEvaluation, startSelfEvaluation } from "@/lib/accreditation/school";
import { reviewerView } from "@/lib/accreditation/reviewer";
import { getSchemeForSchool } from "@/lib/accreditation/scheme";
import type { Rating } from "@/lib/accreditation/rules";

export async function accreditationWorld() {
  const trust = await makeTrust();
  const a = await schoolWithStaff(["TEACHER"], { trustId: trust.id });
  const b = await schoolWithStaff(["TEACHER"], { trustId: trust.id });
  const head = schoolCtx((await makeMember(a.school.id, "HEAD", "SENIOR_LEADER")).id, a.school, "HEAD");
  const leader = trustCtx((await makeTrustLeader(trust.id)).id, trust);
  const scheme = await getSchemeForSchool({ personId: a.lead.personId, schoolId: a.school.id });
  const criteria = scheme.strands.flatMap((s) => s.criteria);
  return { trust, a, b, head, leader, scheme, criteria };
}

export type World = Awaited<ReturnType<typeof accreditationWorld>>;

/** Every criterion rated `rating` with a narrative. */
export const allRated = (w: World, rating: Rating) =>
  w.criteria.map((c) => ({ criterionId: c.id, rating, narrative: `Our practice for ${c.key}.` }));

export async function startedAndRated(w: World, rating: Rating = "MET") {
  const { submissionId } = await startSelfEvaluation(w.a.lead);
  await saveSelfEvaluation(w.a.lead, { submissionId, ratings: allRated(w, rating) });
  return submissionId;
}

export const asAssessor = (personId: string) => ({
  kind: "assessor" as const,
  personId,
  role: "ASSESSOR" as const,
});
export { reviewerView };
