import "server-only";
import { audit, auditMany } from "../audit/record";
import { getConfig } from "../config";
import { setScope, withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import type { JobRole, MembershipRole } from "../generated/prisma/enums";
import { sendMail } from "../mail";
import { JOB_ROLES } from "../tiers";
import { insertInvitations } from "./insert-invitations";
import { hashToken, invitationExpiry, newToken } from "./tokens";

// Who may use a link, and what it proves, is decision 0008: with SMTP set a link goes only to the
// invitee's mailbox, so using it proves the address; without SMTP it is shared by hand and proves
// nothing, so the account it makes stays in the inviting school.

export type NewInvitation = { email: string; name?: string; role: MembershipRole; jobRole: JobRole };
/** `link` is present only when it must be shared by hand; `emailed` false without a link means sending failed. */
export type IssuedInvitation = { email: string; emailed: boolean; link?: string };
type Issued = {
  id: string;
  schoolId: string;
  email: string;
  token: string;
  invitedById: string;
  sentByEmail: boolean;
};

type Issuer = { personId: string; schoolId: string; schoolName: string; trustId?: string | null };

/** Refuses an email that is already a member of the school or has a live invitation there. */
export async function invitationConflict(
  tx: Tx,
  schoolId: string,
  email: string,
  now: Date,
): Promise<string | null> {
  const member = await tx.membership.findFirst({
    where: { schoolId, person: { email } },
    select: { id: true },
  });
  if (member) return "This person is already a member of the school.";
  const pending = await tx.invitation.findFirst({
    where: { schoolId, email, acceptedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  return pending ? "This person already has an invitation waiting." : null;
}

/**
 * Writes invitations inside the caller's transaction, in two statements however many there are (a
 * roster import brings up to 2,000); returns what to deliver after it commits.
 */
export async function createInvitations(
  tx: Tx,
  by: Issuer,
  invites: NewInvitation[],
  now = new Date(),
): Promise<Issued[]> {
  const sentByEmail = getConfig().smtp !== null;
  const tokens = invites.map(() => newToken());
  const rows = await insertInvitations(
    tx,
    invites.map((inv, i) => ({
      schoolId: by.schoolId,
      email: inv.email,
      name: inv.name,
      role: inv.role,
      jobRole: inv.jobRole,
      tokenHash: tokens[i]!.tokenHash,
      expiresAt: invitationExpiry(now),
      invitedById: by.personId,
      sentByEmail,
    })),
  );
  const idOf = new Map(rows.map((r) => [r.tokenHash, r.id]));
  const issued = invites.map((inv, i) => ({
    id: idOf.get(tokens[i]!.tokenHash)!,
    schoolId: by.schoolId,
    email: inv.email,
    token: tokens[i]!.token,
    invitedById: by.personId,
    sentByEmail,
  }));
  await auditMany(
    tx,
    invites.map((inv, i) => ({
      actorId: by.personId,
      action: "invitation.created" as const,
      schoolId: by.schoolId,
      trustId: by.trustId,
      targetId: issued[i]!.id,
      detail: { email: inv.email, role: inv.role, jobRole: inv.jobRole, sentByEmail },
    })),
  );
  return issued;
}

/**
 * With SMTP each link is emailed to the invitee alone (the inviter only learns that it was sent);
 * one that cannot be sent is withdrawn, so the inviter can simply try again. Without SMTP the links
 * go back to the inviter to share.
 */
export async function deliverInvitations(schoolName: string, issued: Issued[]): Promise<IssuedInvitation[]> {
  const out: IssuedInvitation[] = [];
  for (const inv of issued) {
    const link = `${getConfig().appUrl}/invitations/${inv.token}`;
    if (!inv.sentByEmail) {
      out.push({ email: inv.email, emailed: false, link });
      continue;
    }
    const emailed = await sendMail(invitationMail(inv.email, schoolName, link));
    if (!emailed) await withdraw(inv);
    out.push({ email: inv.email, emailed });
  }
  return out;
}

/** The one invitation email, whoever sends it. */
export function invitationMail(to: string, placeName: string, link: string) {
  return {
    kind: "invitation" as const,
    to,
    subject: `You're invited to Harbour at ${placeName}`,
    text: `You have been invited to join ${placeName} on Harbour, where staff plan their mental-health training.\n\nJoin within 7 days: ${link}\n\nIf you weren't expecting this, you can ignore this email.`,
  };
}

async function withdraw(inv: Issued) {
  await withScope({ personId: inv.invitedById, schoolId: inv.schoolId }, async (tx) => {
    await tx.invitation.deleteMany({ where: { id: inv.id, acceptedAt: null } });
    await audit(tx, {
      actorId: inv.invitedById,
      action: "invitation.unsent",
      schoolId: inv.schoolId,
      targetId: inv.id,
    });
  });
}

export async function inviteOne(by: Issuer, invite: NewInvitation): Promise<IssuedInvitation> {
  const now = new Date();
  const issued = await withScope(
    { personId: by.personId, schoolId: by.schoolId, trustId: by.trustId ?? undefined },
    async (tx) => {
      const conflict = await invitationConflict(tx, by.schoolId, invite.email, now);
      if (conflict) throw new UserError(conflict, "conflict", { email: [conflict] });
      return createInvitations(tx, by, [invite], now);
    },
  );
  const [delivered] = await deliverInvitations(by.schoolName, issued);
  return delivered!;
}

/** What the invitation page shows: nothing in it depends on whether the address has an account. */
export type InvitationView = {
  email: string;
  schoolName: string;
  role: MembershipRole;
  jobRoleLabel: string | null;
  name: string | null;
  state: "open" | "expired" | "used";
};

/** Any unknown token reads as not found. */
export async function viewInvitation(token: string, now = new Date()): Promise<InvitationView | null> {
  const tokenHash = hashToken(token);
  return withScope({ inviteTokenHash: tokenHash }, async (tx) => {
    const inv = await tx.invitation.findUnique({
      where: { tokenHash },
      include: { school: { select: { name: true } }, trust: { select: { name: true } } },
    });
    const placeName = inv?.school?.name ?? inv?.trust?.name;
    if (!inv || !placeName) return null;
    return {
      email: inv.email,
      schoolName: placeName,
      role: inv.role,
      jobRoleLabel: inv.jobRole ? JOB_ROLES[inv.jobRole].label : null,
      name: inv.name,
      state: inv.acceptedAt ? "used" : inv.expiresAt <= now ? "expired" : "open",
    };
  });
}

/**
 * Uses an invitation once, inside the caller's transaction: the claim is a conditional update, so
 * two tabs cannot both use it. Leaves the transaction scoped to the invitation's school (or trust,
 * for a trust or authority's leader appointed by an operator).
 */
export async function claimInvitation(tx: Tx, token: string, now: Date) {
  const tokenHash = hashToken(token);
  await setScope(tx, { inviteTokenHash: tokenHash });
  const inv = await tx.invitation.findUnique({ where: { tokenHash } });
  if (!inv || !(inv.schoolId || inv.trustId))
    throw new UserError("This invitation link is not valid.", "not_found");
  await setScope(tx, inv.schoolId ? { schoolId: inv.schoolId } : { trustId: inv.trustId! });
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
  return inv;
}

/** Makes the membership the invitation offers: in its school, or in its trust or authority. */
export async function joinPlace(tx: Tx, personId: string, inv: Awaited<ReturnType<typeof claimInvitation>>) {
  await setScope(tx, { personId });
  if (inv.trustId) {
    await tx.membership.upsert({
      where: { personId_trustId: { personId, trustId: inv.trustId } },
      create: { personId, trustId: inv.trustId, role: inv.role },
      update: { role: inv.role },
    });
  } else {
    await tx.membership.upsert({
      where: { personId_schoolId: { personId, schoolId: inv.schoolId! } },
      create: { personId, schoolId: inv.schoolId!, role: inv.role, jobRole: inv.jobRole },
      update: { role: inv.role, jobRole: inv.jobRole },
    });
  }
  await audit(tx, {
    actorId: personId,
    action: "invitation.accepted",
    schoolId: inv.schoolId,
    trustId: inv.trustId,
    targetId: inv.id,
  });
}
