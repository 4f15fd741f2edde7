import "server-only";
// Visit assessors (decision 0042): people outside the school whom the trust leader invites, by name
// and email, to one submission's assessment visit. As external validators (decision 0024): an
// invitation-like link (token stored hashed, 7 days; emailed when SMTP is set, else shown to share
// by hand); accepting it makes (or uses) a Harbour account, which then sees that submission only
// (row-level security keyed on the accepted grant) and records the visit.
import { audit } from "../audit/record";
import { hashPassword } from "../auth/hashing";
import { isCommonPassword } from "../auth/common-passwords";
import { COMMON_PASSWORD_MESSAGE } from "../auth/password-rules";
import { getConfig } from "../config";
import { setScope, withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { sendMail } from "../mail";
import { hashToken, invitationExpiry, newToken } from "../people/tokens";
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
};

const GONE = "That self-evaluation was not found.";
const LINK_GONE = "This link has expired or has already been used. Ask the trust to invite you again.";
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
    const { token, tokenHash } = newToken();
    const sentByEmail = getConfig().smtp !== null;
    const row = await tx.accreditationVisitAssessor.create({
      data: {
        submissionId: view.id,
        schoolId: view.schoolId,
        email: input.email,
        name: input.name,
        tokenHash,
        expiresAt: invitationExpiry(now),
        invitedById: ctx.personId,
        sentByEmail,
      },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "accreditation.visit-assessor-invited",
      trustId: ctx.trustId,
      targetId: view.id,
    });
    const link = `${getConfig().appUrl}/assessor-link/${token}`;
    const emailed =
      sentByEmail &&
      (await sendMail({
        to: input.email,
        subject: `${ctx.trustName} asks you to assess ${view.schoolName} for accreditation on Harbour`,
        text: `${ctx.trustName} asks you to carry out the accreditation assessment visit to ${view.schoolName}.\n\nOpen it within 7 days: ${link}\n\nIf you weren't expecting this, you can ignore this email.`,
      }));
    return { assessorId: row.id, email: input.email, link: emailed ? null : link, emailed };
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
      expired: r.acceptedAt === null && r.expiresAt <= now,
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

/** What the link is for, before anyone accepts it. */
export async function viewVisitAssessorLink(token: string, now = new Date()) {
  return withScope({ inviteTokenHash: hashToken(token) }, async (tx) => {
    const g = await tx.accreditationVisitAssessor.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!g || g.acceptedAt || g.expiresAt <= now) return null;
    // School names are a public register; the submission stays out of reach until the link is accepted.
    const school = await tx.school.findUniqueOrThrow({ where: { id: g.schoolId }, select: { name: true } });
    return { email: g.email, name: g.name, schoolName: school.name };
  });
}

async function claim(tx: Tx, token: string, now: Date) {
  const g = await tx.accreditationVisitAssessor.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!g || g.acceptedAt || g.expiresAt <= now) throw new UserError(LINK_GONE, "not_found");
  return g;
}

/** A new account from the link, then the grant is bound to it. */
export async function acceptAsNewVisitAssessor(
  input: { token: string; name: string; password: string },
  now = new Date(),
) {
  if (isCommonPassword(input.password))
    throw new UserError(COMMON_PASSWORD_MESSAGE, "validation", { password: [COMMON_PASSWORD_MESSAGE] });
  const passwordHash = await hashPassword(input.password);
  return withScope({ inviteTokenHash: hashToken(input.token) }, async (tx) => {
    const g = await claim(tx, input.token, now);
    await setScope(tx, { loginEmail: g.email });
    const person = await tx.person.create({
      data: { email: g.email, name: input.name, passwordHash, emailVerifiedAt: g.sentByEmail ? now : null },
    });
    await tx.accreditationVisitAssessor.update({
      where: { id: g.id },
      data: { personId: person.id, acceptedAt: now },
    });
    return { email: g.email, submissionId: g.submissionId };
  });
}

/** The signed-in person accepts a link made out to their own address. */
export async function acceptAsSignedInVisitAssessor(token: string, personId: string, now = new Date()) {
  return withScope({ personId, inviteTokenHash: hashToken(token) }, async (tx) => {
    const g = await claim(tx, token, now);
    const person = await tx.person.findUnique({ where: { id: personId } });
    if (!person || person.email !== g.email)
      throw new UserError(
        `This link is for another email address (${g.email}). Sign out, then open it again.`,
        "forbidden",
      );
    await tx.accreditationVisitAssessor.update({ where: { id: g.id }, data: { personId, acceptedAt: now } });
    return { email: g.email, submissionId: g.submissionId };
  });
}
