import "server-only";
// The peer reviewer's side (decision 0028). A reviewer is the lead of another school in the trust,
// acting here as an assessor: outside the school under review, with access to their assignments
// only. Their scope carries only their person id, so row-level security shows them the submissions
// assigned to them and nothing else of those schools.
import { audit } from "../audit/record";
import { withScope } from "../db/scope";
import { UserError } from "../errors";
import type { Rating } from "./rules";
import { moveProblem } from "./rules";
import { criterionRefs, loadSubmission } from "./store";

export type AssessorContext = { kind: "assessor"; personId: string; role: "ASSESSOR" };

const GONE = "That self-evaluation was not found, or it was not assigned to you.";

/** Someone is an assessor while at least one submission is (or was) assigned to them. */
export async function loadAssessorContext(personId: string): Promise<AssessorContext | null> {
  const n = await withScope({ personId }, (tx) =>
    tx.accreditationSubmission.count({ where: { reviewerId: personId } }),
  );
  return n > 0 ? { kind: "assessor", personId, role: "ASSESSOR" } : null;
}

export async function assignedToMe(personId: string) {
  return withScope({ personId }, async (tx) => {
    const rows = await tx.accreditationSubmission.findMany({
      where: { reviewerId: personId },
      include: { school: { select: { name: true } } },
      orderBy: { assignedAt: "desc" },
      take: 200,
    });
    return rows.map((r) => ({
      id: r.id,
      schoolName: r.school.name,
      status: r.status,
      assignedAt: r.assignedAt,
    }));
  });
}

export async function reviewerView(personId: string, submissionId: string) {
  const view = await withScope({ personId }, (tx) => loadSubmission(tx, submissionId));
  if (!view || view.reviewerId !== personId) throw new UserError(GONE, "not_found");
  return view;
}

export async function savePeerReview(
  ctx: AssessorContext,
  input: {
    submissionId: string;
    ratings: { criterionId: string; rating: Rating | ""; comment: string }[];
    note: string;
    send: boolean;
  },
  now = new Date(),
) {
  return withScope({ personId: ctx.personId }, async (tx) => {
    const view = await loadSubmission(tx, input.submissionId);
    if (!view || view.reviewerId !== ctx.personId) throw new UserError(GONE, "not_found");
    if (view.status !== "IN_REVIEW") throw new UserError(moveProblem(view.status, "REVIEWED")!, "conflict");
    const refs = criterionRefs(view.scheme);
    const keyOf = new Map(refs.map((c) => [c.id, c.key]));
    if (input.ratings.some((r) => !keyOf.has(r.criterionId)))
      throw new UserError("That criterion is not part of this scheme.", "validation");
    for (const r of input.ratings) {
      if (r.rating === "") {
        await tx.accreditationPeerRating.deleteMany({
          where: { submissionId: view.id, criterionId: r.criterionId },
        });
        continue;
      }
      await tx.accreditationPeerRating.upsert({
        where: { submissionId_criterionId: { submissionId: view.id, criterionId: r.criterionId } },
        create: {
          submissionId: view.id,
          schoolId: view.schoolId,
          criterionId: r.criterionId,
          criterionKey: keyOf.get(r.criterionId)!,
          rating: r.rating,
          comment: r.comment,
          reviewerId: ctx.personId,
        },
        update: { rating: r.rating, comment: r.comment },
      });
    }
    if (input.send) {
      const done = await tx.accreditationPeerRating.findMany({
        where: { submissionId: view.id },
        select: { criterionId: true },
      });
      const have = new Set(done.map((d) => d.criterionId));
      const unrated = refs.filter((c) => !have.has(c.id)).map((c) => c.key);
      if (unrated.length > 0)
        throw new UserError(
          `Rate every criterion before sending the review. Still to rate: ${unrated.join(", ")}.`,
          "validation",
        );
      await tx.accreditationSubmission.update({
        where: { id: view.id },
        data: { status: "REVIEWED", reviewedAt: now, reviewNote: input.note },
      });
      await audit(tx, { actorId: ctx.personId, action: "accreditation.peer-reviewed", targetId: view.id });
    }
    return { submissionId: view.id, sent: input.send };
  });
}
