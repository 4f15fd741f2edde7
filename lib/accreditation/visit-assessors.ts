import "server-only";
// Visit assessors (decision 0042): people outside the school whom the trust leader invites, by name
// and email, to one submission's assessment visit. As external validators (decision 0024): an
// invitation-like link (token stored hashed, 7 days; emailed when SMTP is set, else shown to share
// by hand); accepting it makes (or uses) a Harbour account, which then sees that submission only
// (row-level security keyed on the accepted grant) and records the visit.
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import type { AccreditationVisitAssessor } from "../generated/prisma/client";
import {
  acceptAsNew,
  acceptAsSignedIn,
  newLink,
  sendLink,
  viewLink,
  type LinkStore,
} from "../people/emailed-links";
import { can } from "../permissions";
import type { TrustContext } from "../tenancy/context";
import { loadSubmission } from "./store";

export type VisitAssessorLink = { assessorId: string; email: string; link: string | null; emailed: boolean };
export type VisitAssessorRow = {
  id: string;
  name: string;
  email: string;
  accepted: boolean;
  expired: boolean;
  withdrawn: boolean;
};

const GONE = "That self-evaluation was not found.";
const links: LinkStore<AccreditationVisitAssessor> = {
  byTokenHash: (tx, tokenHash) => tx.accreditationVisitAssessor.findUnique({ where: { tokenHash } }),
  bind: (tx, id, personId, now) =>
    tx.accreditationVisitAssessor.update({ where: { id }, data: { personId, acceptedAt: now } }),
  gone: "This link has expired or has already been used. Ask the trust to invite you again.",
  withdrawn: "The trust has withdrawn this invitation, so the link no longer works.",
};
const scope = (ctx: TrustContext) => ({ personId: ctx.personId, trustId: ctx.trustId });

/**
 * The trust leader invites a visit assessor once the peer review is in. An address already accepted
 * for this submission is kept; otherwise a fresh link is issued (an older unused one stops working).
 */
export async function inviteVisitAssessor(
  ctx: TrustContext,
  input: { submissionId: string; name: string; email: string },
  now = new Date(),
): Promise<VisitAssessorLink> {
  if (!can(ctx.role, "accreditation:manage"))
    throw new UserError("You do not have permission to do that.", "forbidden");
  return withScope(scope(ctx), async (tx) => {
    const view = await loadSubmission(tx, input.submissionId);
    const school = view
      ? await tx.school.findUnique({ where: { id: view.schoolId }, select: { trustId: true } })
      : null;
    if (!view || school?.trustId !== ctx.trustId) throw new UserError(GONE, "not_found");
    if (view.status !== "REVIEWED")
      throw new UserError(
        view.status === "VISITED" || view.status === "DECIDED"
          ? "The visit has been recorded already."
          : "Invite visit assessors once the peer review is in.",
        "conflict",
      );
    const accepted = await tx.accreditationVisitAssessor.findFirst({
      where: { submissionId: view.id, email: input.email, acceptedAt: { not: null } },
    });
    if (accepted) return { assessorId: accepted.id, email: input.email, link: null, emailed: false };
    // Only the newest link for an address works.
    await tx.accreditationVisitAssessor.updateMany({
      where: { submissionId: view.id, email: input.email, acceptedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const { token, ...stored } = newLink(now);
    const row = await tx.accreditationVisitAssessor.create({
      data: {
        submissionId: view.id,
        schoolId: view.schoolId,
        email: input.email,
        name: input.name,
        invitedById: ctx.personId,
        ...stored,
      },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "accreditation.visit-assessor-invited",
      trustId: ctx.trustId,
      targetId: view.id,
    });
    const sent = await sendLink(
      { token, sentByEmail: stored.sentByEmail },
      {
        path: "/assessor-link",
        to: input.email,
        subject: `${ctx.trustName} asks you to assess ${view.schoolName} for accreditation on Harbour`,
        text: (link) =>
          `${ctx.trustName} asks you to carry out the accreditation assessment visit to ${view.schoolName}.\n\nOpen it within 7 days: ${link}\n\nIf you weren't expecting this, you can ignore this email.`,
      },
    );
    return { assessorId: row.id, email: input.email, ...sent };
  });
}

/** The visit assessors the trust invited for a submission, newest link per address. */
export async function trustVisitAssessors(
  tx: Tx,
  submissionId: string,
  now = new Date(),
): Promise<VisitAssessorRow[]> {
  const rows = await tx.accreditationVisitAssessor.findMany({
    where: { submissionId },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  const byEmail = new Map<string, VisitAssessorRow>();
  for (const r of rows) {
    const prev = byEmail.get(r.email);
    if (prev?.accepted) continue;
    if (prev && !r.acceptedAt) continue;
    byEmail.set(r.email, {
      id: r.id,
      name: r.name,
      email: r.email,
      accepted: r.acceptedAt !== null,
      expired: r.acceptedAt === null && !r.withdrawnAt && r.expiresAt <= now,
      withdrawn: r.acceptedAt === null && r.withdrawnAt !== null,
    });
  }
  return [...byEmail.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The accepted assessors of a submission: their accounts and names, for the visit record. */
export async function acceptedAssessors(tx: Tx, submissionId: string) {
  const rows = await tx.accreditationVisitAssessor.findMany({
    where: { submissionId, acceptedAt: { not: null }, personId: { not: null } },
    orderBy: { acceptedAt: "asc" },
  });
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.personId!)) seen.set(r.personId!, r.name);
  return [...seen].map(([personId, name]) => ({ personId, name }));
}

/**
 * The trust leader withdraws a link not yet accepted: it then says it was withdrawn and no longer
 * works. An accepted one is the assessor's account's access and stays (the visit is theirs to record).
 */
export async function withdrawVisitAssessor(
  ctx: TrustContext,
  input: { assessorId: string },
  now = new Date(),
): Promise<{ id: string }> {
  if (!can(ctx.role, "accreditation:manage"))
    throw new UserError("You do not have permission to do that.", "forbidden");
  return withScope(scope(ctx), async (tx) => {
    const g = await tx.accreditationVisitAssessor.findUnique({ where: { id: input.assessorId } });
    const school = g
      ? await tx.school.findUnique({ where: { id: g.schoolId }, select: { trustId: true } })
      : null;
    if (!g || school?.trustId !== ctx.trustId)
      throw new UserError("That invitation was not found.", "not_found");
    // Conditional, so a link accepted a moment ago is not withdrawn under its assessor.
    const { count } = await tx.accreditationVisitAssessor.updateMany({
      where: { id: g.id, acceptedAt: null, withdrawnAt: null },
      data: { withdrawnAt: now },
    });
    if (count === 0)
      throw new UserError(
        g.acceptedAt
          ? "That invitation has been accepted already."
          : "That invitation was withdrawn already.",
        "conflict",
      );
    await audit(tx, {
      actorId: ctx.personId,
      action: "accreditation.visit-assessor-withdrawn",
      trustId: ctx.trustId,
      targetId: g.submissionId,
      detail: { email: g.email },
    });
    return { id: g.id };
  });
}

/** What the link is for, before anyone accepts it; "withdrawn" when the trust withdrew it. */
export const viewVisitAssessorLink = (token: string, now = new Date()) => viewLink(links, token, now);

/** A new account from the link, then the grant is bound to it. */
export async function acceptAsNewVisitAssessor(
  input: { token: string; name: string; password: string },
  now = new Date(),
) {
  const g = await acceptAsNew(links, input, now);
  return { email: g.email, submissionId: g.submissionId };
}

/** The signed-in person accepts a link made out to their own address. */
export async function acceptAsSignedInVisitAssessor(token: string, personId: string, now = new Date()) {
  const g = await acceptAsSignedIn(links, token, personId, now);
  return { email: g.email, submissionId: g.submissionId };
}
