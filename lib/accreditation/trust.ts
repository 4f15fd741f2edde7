import "server-only";
// The trust leader's side: the trust's submissions, assigning a peer reviewer (the lead of another
// school in the trust), recording the assessment visit, and the decision.
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { can, rolesWith } from "../permissions";
import { londonDay } from "../rounds/dates";
import type { TrustContext } from "../tenancy/context";
import type { LevelKey } from "./default-scheme";
import { assessorNames, type VisitInput } from "./forms";
import { decisionProblem, moveProblem, renewalDay, supportedLevel, type Status } from "./rules";
import { criterionRefs, loadSubmission, type SubmissionView } from "./store";
import { acceptedAssessors, trustVisitAssessors } from "./visit-assessors";

const GONE = "That self-evaluation was not found.";
// Peer reviewers are those who self-evaluate their own school: its lead.
const REVIEWER_ROLES = rolesWith("accreditation:self-evaluate");
const scope = (ctx: TrustContext) => ({ personId: ctx.personId, trustId: ctx.trustId });

function require(ctx: TrustContext) {
  if (!can(ctx.role, "accreditation:manage"))
    throw new UserError("You do not have permission to do that.", "forbidden");
}

export type TrustSubmissionRow = {
  id: string;
  schoolName: string;
  status: Status;
  submittedAt: Date | null;
  reviewerName: string | null;
  level: LevelKey | null;
  renewalDue: string | null;
};

export async function trustSubmissions(ctx: TrustContext): Promise<TrustSubmissionRow[]> {
  require(ctx);
  return withScope(scope(ctx), async (tx) => {
    // Row-level security shows the trust its schools' submissions once submitted, never a draft.
    const rows = await tx.accreditationSubmission.findMany({
      where: { school: { trustId: ctx.trustId } },
      include: { school: { select: { name: true } } },
      orderBy: [{ submittedAt: "desc" }],
      take: 500,
    });
    return rows.map((r) => ({
      id: r.id,
      schoolName: r.school.name,
      status: r.status,
      submittedAt: r.submittedAt,
      reviewerName: r.reviewerName,
      level: r.level,
      renewalDue: r.renewalDue ? r.renewalDue.toISOString().slice(0, 10) : null,
    }));
  });
}

async function ofTrust(tx: Tx, ctx: TrustContext, submissionId: string): Promise<SubmissionView> {
  const view = await loadSubmission(tx, submissionId);
  if (!view) throw new UserError(GONE, "not_found");
  const school = await tx.school.findUnique({ where: { id: view.schoolId }, select: { trustId: true } });
  if (school?.trustId !== ctx.trustId) throw new UserError(GONE, "not_found");
  return view;
}

export async function trustSubmission(ctx: TrustContext, submissionId: string) {
  require(ctx);
  return withScope(scope(ctx), async (tx) => {
    const view = await ofTrust(tx, ctx, submissionId);
    return {
      view,
      reviewers: await reviewerChoices(tx, ctx, view.schoolId),
      visitAssessors: await trustVisitAssessors(tx, view.id),
    };
  });
}

/** Leads of the trust's other schools: who may peer-review this school. */
async function reviewerChoices(tx: Tx, ctx: TrustContext, schoolId: string) {
  const leads = await tx.membership.findMany({
    where: { role: { in: REVIEWER_ROLES }, school: { trustId: ctx.trustId }, schoolId: { not: schoolId } },
    include: { person: { select: { name: true } }, school: { select: { name: true } } },
    orderBy: [{ school: { name: "asc" } }, { person: { name: "asc" } }],
    take: 500,
  });
  return leads.map((m) => ({ personId: m.personId, name: m.person.name, schoolName: m.school!.name }));
}

/** The lead of another school in the trust, or a refusal beside the field that says why not. */
async function reviewerLead(tx: Tx, ctx: TrustContext, view: SubmissionView, reviewerId: string) {
  const memberships = await tx.membership.findMany({
    where: { personId: reviewerId },
    include: {
      school: { select: { id: true, name: true, trustId: true } },
      person: { select: { name: true } },
    },
  });
  const field = (message: string) => new UserError(message, "validation", { reviewerId: [message] });
  if (memberships.some((m) => m.schoolId === view.schoolId))
    throw field(
      "The peer reviewer must come from another school: this person works at the school being reviewed.",
    );
  const lead = memberships.find((m) => REVIEWER_ROLES.includes(m.role) && m.school?.trustId === ctx.trustId);
  if (!lead) throw field("Choose the lead of another school in this trust: this person is not one.");
  return lead;
}

export async function assignReviewer(
  ctx: TrustContext,
  input: { submissionId: string; reviewerId: string },
  now = new Date(),
) {
  require(ctx);
  return withScope(scope(ctx), async (tx) => {
    const view = await ofTrust(tx, ctx, input.submissionId);
    if (view.status !== "SUBMITTED") throw new UserError(moveProblem(view.status, "IN_REVIEW")!, "conflict");
    const lead = await reviewerLead(tx, ctx, view, input.reviewerId);
    await tx.accreditationSubmission.update({
      where: { id: view.id },
      data: {
        status: "IN_REVIEW",
        reviewerId: input.reviewerId,
        reviewerName: lead.person.name,
        reviewerSchoolName: lead.school!.name,
        assignedById: ctx.personId,
        assignedAt: now,
      },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "accreditation.reviewer-assigned",
      trustId: ctx.trustId,
      targetId: view.id,
      detail: { reviewerId: input.reviewerId },
    });
    return { submissionId: view.id };
  });
}

/**
 * Another reviewer in place of the one assigned, while the review is under way: the old reviewer
 * loses access at once (row-level security is keyed on the assignment) and their unsent ratings are
 * cleared (a trigger), so the new reviewer starts afresh.
 */
export async function reassignReviewer(
  ctx: TrustContext,
  input: { submissionId: string; reviewerId: string },
  now = new Date(),
) {
  require(ctx);
  return withScope(scope(ctx), async (tx) => {
    const view = await ofTrust(tx, ctx, input.submissionId);
    if (view.status !== "IN_REVIEW")
      throw new UserError(
        view.status === "SUBMITTED"
          ? "No peer reviewer is assigned yet: assign one instead."
          : "The peer review is already done, so the reviewer can no longer change.",
        "conflict",
      );
    if (input.reviewerId === view.reviewerId)
      throw new UserError("Choose someone else: this lead is already the peer reviewer.", "validation", {
        reviewerId: ["Choose someone else: this lead is already the peer reviewer."],
      });
    const lead = await reviewerLead(tx, ctx, view, input.reviewerId);
    await tx.accreditationSubmission.update({
      where: { id: view.id },
      data: {
        reviewerId: input.reviewerId,
        reviewerName: lead.person.name,
        reviewerSchoolName: lead.school!.name,
        reviewNote: null,
        assignedById: ctx.personId,
        assignedAt: now,
      },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "accreditation.reviewer-reassigned",
      trustId: ctx.trustId,
      targetId: view.id,
      detail: { from: view.reviewerId, to: input.reviewerId },
    });
    return { submissionId: view.id };
  });
}

/** A file tagged to a criterion of a submitted self-evaluation of the trust's school; not found otherwise. */
export async function trustEvidenceFile(ctx: TrustContext, submissionId: string, itemId: string) {
  require(ctx);
  return withScope(scope(ctx), async (tx) => {
    const view = await ofTrust(tx, ctx, submissionId).catch(() => null);
    const s = view && (await tx.accreditationSubmission.findUnique({ where: { id: view.id } }));
    if (!s) throw new UserError("That file was not found.", "not_found");
    const item = await tx.evidenceItem.findFirst({
      where: {
        id: itemId,
        schoolId: s.schoolId,
        kind: "FILE",
        tags: { some: { kind: "CRITERION", criterion: { schemeId: s.schemeId } } },
      },
    });
    if (!item?.fileKey || !item.fileName || !item.fileType)
      throw new UserError("That file was not found.", "not_found");
    return {
      fileKey: item.fileKey,
      fileName: item.fileName,
      fileType: item.fileType,
      size: item.fileSize ?? 0,
    };
  });
}

export async function recordVisit(ctx: TrustContext, input: VisitInput, now = new Date()) {
  require(ctx);
  return withScope(scope(ctx), async (tx) => {
    const view = await ofTrust(tx, ctx, input.submissionId);
    if (view.status !== "REVIEWED") throw new UserError(moveProblem(view.status, "VISITED")!, "conflict");
    if (input.visitedOn > londonDay(now))
      throw new UserError("Record the visit once it has happened.", "validation", {
        visitedOn: ["The visit day cannot be in the future."],
      });
    // The accepted visit assessors' accounts, if any (decision 0042), beside the names as typed.
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
    await audit(tx, {
      actorId: ctx.personId,
      action: "accreditation.visit-recorded",
      trustId: ctx.trustId,
      targetId: view.id,
    });
    return { submissionId: view.id };
  });
}

export async function decide(
  ctx: TrustContext,
  input: { submissionId: string; level: LevelKey; feedback: string },
  now = new Date(),
) {
  require(ctx);
  return withScope(scope(ctx), async (tx) => {
    const view = await ofTrust(tx, ctx, input.submissionId);
    if (view.status !== "VISITED") throw new UserError(moveProblem(view.status, "DECIDED")!, "conflict");
    const peer = new Map([...view.peer].map(([id, r]) => [id, r.rating]));
    const problem = decisionProblem(
      input.level,
      supportedLevel(criterionRefs(view.scheme), peer),
      input.feedback,
    );
    if (problem) throw new UserError(problem.message, "validation", { [problem.field]: [problem.message] });
    const accredited = input.level !== "WORKING_TOWARDS";
    const renewalDue = accredited ? renewalDay(londonDay(now)) : null;
    await tx.accreditationSubmission.update({
      where: { id: view.id },
      data: {
        status: "DECIDED",
        level: input.level,
        feedback: input.feedback,
        decidedById: ctx.personId,
        decidedAt: now,
        renewalDue: renewalDue ? new Date(`${renewalDue}T00:00:00.000Z`) : null,
      },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "accreditation.decided",
      trustId: ctx.trustId,
      targetId: view.id,
      detail: { level: input.level },
    });
    return { submissionId: view.id, level: input.level, renewalDue };
  });
}
