import "server-only";
// Emailed links that make (or use) a Harbour account for one piece of work: an external validator's
// (lib/action-plan/validators.ts) and a visit assessor's (lib/accreditation/visit-assessors.ts). One
// flow for both: a random token stored only as its hash, 7 days to use it, emailed when SMTP is set
// (else shown to the inviter to share by hand), read before accepting through the token's own scope,
// and accepted once, binding the grant to a new account or to the signed-in one of the same address.
import { hashPassword } from "../auth/hashing";
import { isCommonPassword } from "../auth/common-passwords";
import { COMMON_PASSWORD_MESSAGE } from "../auth/password-rules";
import { getConfig } from "../config";
import { setScope, withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { sendMail } from "../mail";
import { hashToken, invitationExpiry, newToken } from "./tokens";

/** A grant row as both tables keep it. `withdrawnAt` only where the inviter may withdraw a link. */
export type LinkGrant = {
  id: string;
  email: string;
  name: string;
  schoolId: string;
  expiresAt: Date;
  acceptedAt: Date | null;
  sentByEmail: boolean;
  withdrawnAt?: Date | null;
};

/** How one kind of link reads and binds its grant rows (each caller's own table). */
export type LinkStore<G extends LinkGrant> = {
  byTokenHash: (tx: Tx, tokenHash: string) => Promise<G | null>;
  bind: (tx: Tx, id: string, personId: string, now: Date) => Promise<unknown>;
  /** said when the link is unknown, expired or used */
  gone: string;
  /** said when the inviter withdrew it */
  withdrawn?: string;
};

/** A fresh link's stored half: the token's hash, its expiry, and whether it goes by email. */
export function newLink(now: Date) {
  const { token, tokenHash } = newToken();
  return { token, tokenHash, expiresAt: invitationExpiry(now), sentByEmail: getConfig().smtp !== null };
}

/** Emails the link when SMTP is set; otherwise (or if sending fails) the link is returned to share. */
export async function sendLink(
  link: { token: string; sentByEmail: boolean },
  mail: { path: string; to: string; subject: string; text: (url: string) => string },
): Promise<{ link: string | null; emailed: boolean }> {
  const url = `${getConfig().appUrl}${mail.path}/${link.token}`;
  const emailed =
    link.sentByEmail && (await sendMail({ to: mail.to, subject: mail.subject, text: mail.text(url) }));
  return { link: emailed ? null : url, emailed };
}

const usable = (g: LinkGrant | null, now: Date): g is LinkGrant =>
  Boolean(g && !g.acceptedAt && g.expiresAt > now);

/**
 * What the link is for, before anyone accepts it: null when unknown, expired or used, "withdrawn"
 * when the inviter withdrew it. School names are a public register; the work stays out of reach.
 */
export async function viewLink<G extends LinkGrant>(store: LinkStore<G>, token: string, now = new Date()) {
  const tokenHash = hashToken(token);
  return withScope({ inviteTokenHash: tokenHash }, async (tx) => {
    const g = await store.byTokenHash(tx, tokenHash);
    if (g?.withdrawnAt && !g.acceptedAt) return "withdrawn" as const;
    if (!usable(g, now)) return null;
    const school = await tx.school.findUniqueOrThrow({ where: { id: g.schoolId }, select: { name: true } });
    return { email: g.email, name: g.name, schoolName: school.name };
  });
}

async function claim<G extends LinkGrant>(store: LinkStore<G>, tx: Tx, token: string, now: Date) {
  const g = await store.byTokenHash(tx, hashToken(token));
  if (g?.withdrawnAt && !g.acceptedAt && store.withdrawn) throw new UserError(store.withdrawn, "not_found");
  if (!usable(g, now) || g.withdrawnAt) throw new UserError(store.gone, "not_found");
  return g as G;
}

/** A new account from the link, then the grant is bound to it. */
export async function acceptAsNew<G extends LinkGrant>(
  store: LinkStore<G>,
  input: { token: string; name: string; password: string },
  now = new Date(),
): Promise<G> {
  if (isCommonPassword(input.password))
    throw new UserError(COMMON_PASSWORD_MESSAGE, "validation", { password: [COMMON_PASSWORD_MESSAGE] });
  const passwordHash = await hashPassword(input.password);
  return withScope({ inviteTokenHash: hashToken(input.token) }, async (tx) => {
    const g = await claim(store, tx, input.token, now);
    await setScope(tx, { loginEmail: g.email });
    const person = await tx.person.create({
      data: { email: g.email, name: input.name, passwordHash, emailVerifiedAt: g.sentByEmail ? now : null },
    });
    await store.bind(tx, g.id, person.id, now);
    return g;
  });
}

/** The signed-in person accepts a link made out to their own address. */
export async function acceptAsSignedIn<G extends LinkGrant>(
  store: LinkStore<G>,
  token: string,
  personId: string,
  now = new Date(),
): Promise<G> {
  return withScope({ personId, inviteTokenHash: hashToken(token) }, async (tx) => {
    const g = await claim(store, tx, token, now);
    const person = await tx.person.findUnique({ where: { id: personId } });
    if (!person || person.email !== g.email)
      throw new UserError(
        `This link is for another email address (${g.email}). Sign out, then open it again.`,
        "forbidden",
      );
    await store.bind(tx, g.id, personId, now);
    return g;
  });
}
