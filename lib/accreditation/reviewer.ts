import "server-only";
// The peer reviewer's side (decision 0028). A reviewer is the lead of another school in the trust,
// acting here as an assessor: outside the school under review, with access to their assignments
// only. Their scope carries only their person id, so row-level security shows them the submissions
// assigned to them and nothing else of those schools.
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { londonDay } from "../rounds/dates";
import { assessorNames, type VisitInput } from "./forms";
import type { Rating } from "./rules";
import { moveProblem } from "./rules";
import { criterionRefs, loadSubmission } from "./store";
import { acceptedAssessors } from "./visit-assessors";

export type AssessorContext = { kind: "assessor"; personId: string; role: "ASSESSOR" };

const GONE = "That self-evaluation was not found, or it was not assigned to you.";

/**
 * Someone is an assessor while at least one submission is (or was) assigned to them: to peer-review,
 * or as an accepted visit assessor (decision 0042).
 */
export async function loadAssessorContext(personId: string): Promise<AssessorContext | null> {
  const [reviews, visits] = await withScope({ personId }, (tx) =>
    Promise.all([
      tx.accreditationSubmission.count({ where: { reviewerId: personId } }),
      tx.accreditationVisitAssessor.count({ where: { personId, acceptedAt: { not: null } } }),
    ]),
  );
  return reviews + visits > 0 ? { kind: "assessor", personId, role: "ASSESSOR" } : null;
}

/** The submissions whose visit this person accepted to assess (row-level security: theirs only). */
async function visitIds(tx: Tx, personId: string) {
  const grants = await tx.accreditationVisitAssessor.findMany({
    where: { personId, acceptedAt: { not: null } },
    select: { submissionId: true },
  });
  return [...new Set(grants.map((g) => g.submissionId))];
}

export async function assignedToMe(personId: string) {
  return withScope({ personId }, async (tx) => {
    const visits = await visitIds(tx, personId);
    const rows = await tx.accreditationSubmission.findMany({
      where: { OR: [{ reviewerId: personId }, { id: { in: visits } }] },
      include: { school: { select: { name: true } } },
      orderBy: { assignedAt: "desc" },
      take: 200,
    });
    return rows.map((r) => ({
      id: r.id,
      schoolName: r.school.name,
      status: r.status,
      assignedAt: r.assignedAt,
      as: r.reviewerId === personId ? ("reviewer" as const) : ("visit" as const),
    }));
  });
}

/** The submission as its peer reviewer or one of its visit assessors sees it; not found for anyone else. */
export async function reviewerView(personId: string, submissionId: string) {
  return withScope({ personId }, async (tx) => {
    const view = await loadSubmission(tx, submissionId);
    if (!view) throw new UserError(GONE, "not_found");
    if (view.reviewerId === personId) return { ...view, as: "reviewer" as const, assessors: [] };
    const visits = await visitIds(tx, personId);
    if (!visits.includes(view.id)) throw new UserError(GONE, "not_found");
    return { ...view, as: "visit" as const, assessors: await acceptedAssessors(tx, view.id) };
  });
}

/**
 * An accepted visit assessor records the visit (decision 0042): its assessors are the accepted
 * assessor accounts, with the names as typed kept for display.
 */
export async function recordVisitAsAssessor(ctx: AssessorContext, input: VisitInput, now = new Date()) {
  return withScope({ personId: ctx.personId }, async (tx) => {
    const visits = await visitIds(tx, ctx.personId);
    const view = visits.includes(input.submissionId) ? await loadSubmission(tx, input.submissionId) : null;
    if (!view) throw new UserError(GONE, "not_found");
    if (view.status !== "REVIEWED") throw new UserError(moveProblem(view.status, "VISITED")!, "conflict");
    if (input.visitedOn > londonDay(now))
      throw new UserError("Record the visit once it has happened.", "validation", {
        visitedOn: ["The visit day cannot be in the future."],
      });
    const accounts = await acceptedAssessors(tx, view.id);
    await tx.accreditationVisit.create({
      data: {
        submissionId: view.id,
        schoolId: view.schoolId,
        visitedOn: new Date(`${input.visitedOn}T00:00:00.000Z`),
        assessors: assessorNames(input.assessors),
        assessorIds: accounts.map((a) => a.personId),
        interviewed: [...new Set(input.interviewed)],
        findings: input.findings,
        recordedById: ctx.personId,
      },
    });
    await tx.accreditationSubmission.update({ where: { id: view.id }, data: { status: "VISITED" } });
    await audit(tx, { actorId: ctx.personId, action: "accreditation.visit-recorded", targetId: view.id });
    return { submissionId: view.id };
  });
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
