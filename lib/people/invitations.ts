import "server-only";
import { audit, auditMany } from "../audit/record";
import { hashPassword, verifyPassword } from "../auth/hashing";
import { COMMON_PASSWORD_MESSAGE } from "../auth/password-rules";
import { isCommonPassword } from "../auth/common-passwords";
import { getConfig } from "../config";
import { setScope, withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import type { JobRole, MembershipRole } from "../generated/prisma/enums";
import { sendMail } from "../mail";
import { JOB_ROLES } from "../tiers";
import type { AcceptInvitationInput } from "./schemas";
import { hashToken, invitationExpiry, newToken } from "./tokens";

export type NewInvitation = { email: string; name?: string; role: MembershipRole; jobRole: JobRole };
export type IssuedInvitation = { email: string; link: string; emailed: boolean };

type Issuer = { personId: string; schoolId: string; schoolName: string; trustId?: string | null };

/** Refuses an email that is already a member of the school or has a live invitation there. */
export async function invitationConflict(tx: Tx, schoolId: string, email: string, now: Date): Promise<string | null> {
  const member = await tx.membership.findFirst({ where: { schoolId, person: { email } }, select: { id: true } });
  if (member) return "This person is already a member of the school.";
  const pending = await tx.invitation.findFirst({
    where: { schoolId, email, acceptedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  return pending ? "This person already has an invitation waiting." : null;
}

/**
 * Writes invitations inside the caller's transaction; returns the links to send after it commits.
 * Two statements however many there are (a roster has up to 2,000), so the transaction stays short.
 */
export async function createInvitations(tx: Tx, by: Issuer, invites: NewInvitation[], now = new Date()) {
  const tokens = invites.map(() => newToken());
  const rows = await tx.invitation.createManyAndReturn({
    data: invites.map((inv, i) => ({
      schoolId: by.schoolId,
      email: inv.email,
      name: inv.name,
      role: inv.role,
      jobRole: inv.jobRole,
      tokenHash: tokens[i]!.tokenHash,
      expiresAt: invitationExpiry(now),
      invitedById: by.personId,
    })),
    select: { id: true, tokenHash: true },
  });
  const idOf = new Map(rows.map((r) => [r.tokenHash, r.id]));
  await auditMany(
    tx,
    invites.map((inv, i) => ({
      actorId: by.personId,
      action: "invitation.created",
      schoolId: by.schoolId,
      trustId: by.trustId,
      targetId: idOf.get(tokens[i]!.tokenHash)!,
      detail: { email: inv.email, role: inv.role, jobRole: inv.jobRole },
    })),
  );
  return invites.map((inv, i) => ({ email: inv.email, token: tokens[i]!.token, role: inv.role }));
}

/** Emails each link when SMTP is set; otherwise the links go back to the inviter to share. */
export async function deliverInvitations(
  schoolName: string,
  issued: { email: string; token: string; role: MembershipRole }[],
): Promise<IssuedInvitation[]> {
  const out: IssuedInvitation[] = [];
  for (const inv of issued) {
    const link = `${getConfig().appUrl}/invitations/${inv.token}`;
    const emailed = await sendMail({
      to: inv.email,
      subject: `You're invited to Harbour at ${schoolName}`,
      text: `You have been invited to join ${schoolName} on Harbour, where staff plan their mental-health training.\n\nSet up your account within 7 days: ${link}\n\nIf you weren't expecting this, you can ignore this email.`,
    });
    out.push({ email: inv.email, link, emailed });
  }
  return out;
}

export async function inviteOne(by: Issuer, invite: NewInvitation): Promise<IssuedInvitation> {
  const now = new Date();
  const issued = await withScope({ personId: by.personId, schoolId: by.schoolId, trustId: by.trustId ?? undefined }, async (tx) => {
    const conflict = await invitationConflict(tx, by.schoolId, invite.email, now);
    if (conflict) throw new UserError(conflict, "conflict", { email: [conflict] });
    return createInvitations(tx, by, [invite], now);
  });
  const [delivered] = await deliverInvitations(by.schoolName, issued);
  return delivered!;
}

export type InvitationView = {
  email: string;
  schoolName: string;
  role: MembershipRole;
  jobRoleLabel: string | null;
  name: string | null;
  hasAccount: boolean;
  state: "open" | "expired" | "used";
};

/** What the invitation page shows. Any unknown token reads as not found. */
export async function viewInvitation(token: string, now = new Date()): Promise<InvitationView | null> {
  const tokenHash = hashToken(token);
  return withScope({ inviteTokenHash: tokenHash }, async (tx) => {
    const inv = await tx.invitation.findUnique({ where: { tokenHash }, include: { school: { select: { name: true } } } });
    if (!inv?.school) return null;
    const person = await withLoginEmail(tx, inv.email);
    return {
      email: inv.email,
      schoolName: inv.school.name,
      role: inv.role,
      jobRoleLabel: inv.jobRole ? JOB_ROLES[inv.jobRole].label : null,
      name: inv.name,
      hasAccount: Boolean(person?.passwordHash),
      state: inv.acceptedAt ? "used" : inv.expiresAt <= now ? "expired" : "open",
    };
  });
}

async function withLoginEmail(tx: Tx, email: string) {
  await setScope(tx, { loginEmail: email });
  return tx.person.findUnique({ where: { email }, omit: { passwordHash: false } });
}

/**
 * Uses an invitation once: a new person sets name and password; someone who already has an account
 * proves it with their password. The claim is a conditional update, so two tabs cannot both use it.
 */
export async function acceptInvitation(input: AcceptInvitationInput, now = new Date()): Promise<{ email: string }> {
  if (isCommonPassword(input.password)) {
    throw new UserError(COMMON_PASSWORD_MESSAGE, "validation", { password: [COMMON_PASSWORD_MESSAGE] });
  }
  const tokenHash = hashToken(input.token);
  const passwordHash = await hashPassword(input.password);
  return withScope({ inviteTokenHash: tokenHash }, async (tx) => {
    const inv = await tx.invitation.findUnique({ where: { tokenHash } });
    if (!inv?.schoolId) throw new UserError("This invitation link is not valid.", "not_found");
    await setScope(tx, { schoolId: inv.schoolId });
    const claimed = await tx.invitation.updateMany({
      where: { id: inv.id, acceptedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count === 0) {
      throw new UserError(
        inv.acceptedAt
          ? "This invitation has already been used. Sign in instead."
          : "This invitation has expired. Ask whoever invited you for a new one.",
        "conflict",
      );
    }
    const existing = await withLoginEmail(tx, inv.email);
    if (existing?.passwordHash && !(await verifyPassword(existing.passwordHash, input.password))) {
      const message = "You already have a Harbour account: enter its password to join this school.";
      throw new UserError(message, "validation", { password: [message] });
    }
    const person =
      existing ??
      (await tx.person.create({ data: { email: inv.email, name: input.name, passwordHash } }));
    if (existing && !existing.passwordHash) {
      await tx.person.update({ where: { id: existing.id }, data: { name: input.name, passwordHash } });
    }
    await setScope(tx, { personId: person.id });
    await tx.membership.upsert({
      where: { personId_schoolId: { personId: person.id, schoolId: inv.schoolId } },
      create: { personId: person.id, schoolId: inv.schoolId, role: inv.role, jobRole: inv.jobRole },
      update: { role: inv.role, jobRole: inv.jobRole },
    });
    await audit(tx, { actorId: person.id, action: "invitation.accepted", schoolId: inv.schoolId, targetId: inv.id });
    return { email: inv.email };
  });
}
