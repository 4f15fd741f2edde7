import "server-only";
// External validators: a school names someone (e.g. the lead's training provider) when it submits.
// They get an invitation-like link; accepting it makes (or uses) their Harbour account, which then
// sees that one plan, and only the versions sent to them (row-level security, decision 0024).
import { hashPassword } from "../auth/hashing";
import { isCommonPassword } from "../auth/common-passwords";
import { COMMON_PASSWORD_MESSAGE } from "../auth/password-rules";
import { getConfig } from "../config";
import { setScope, withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { sendMail } from "../mail";
import { hashToken, invitationExpiry, newToken } from "../people/tokens";
import type { SchoolContext } from "../tenancy/context";

export type ValidatorLink = { validatorId: string; email: string; link: string | null; emailed: boolean };
export type ValidatorContext = { kind: "validator"; personId: string; role: "VALIDATOR" };

const LINK_GONE = "This link has expired or has already been used. Ask the school to send the plan again.";

/** Reuses an accepted grant for the same address, else issues a fresh link (the old one stops working). */
export async function grantFor(
  tx: Tx,
  ctx: SchoolContext,
  planId: string,
  who: { name: string; email: string },
  now: Date,
): Promise<ValidatorLink> {
  const accepted = await tx.actionPlanValidator.findFirst({
    where: { planId, email: who.email, acceptedAt: { not: null } },
  });
  if (accepted) return { validatorId: accepted.id, email: who.email, link: null, emailed: false };
  const { token, tokenHash } = newToken();
  const sentByEmail = getConfig().smtp !== null;
  const row = await tx.actionPlanValidator.create({
    data: {
      planId,
      schoolId: ctx.schoolId,
      email: who.email,
      name: who.name,
      tokenHash,
      expiresAt: invitationExpiry(now),
      invitedById: ctx.personId,
      sentByEmail,
    },
  });
  const link = `${getConfig().appUrl}/validate/${token}`;
  const emailed =
    sentByEmail &&
    (await sendMail({
      to: who.email,
      subject: `${ctx.schoolName} asks you to validate its action plan on Harbour`,
      text: `${ctx.schoolName} has sent you its mental health action plan to validate.\n\nOpen it within 7 days: ${link}\n\nIf you weren't expecting this, you can ignore this email.`,
    }));
  // Without mail the lead shares the link by hand, as with invitations.
  return { validatorId: row.id, email: who.email, link: emailed ? null : link, emailed };
}

/** What the link is for, before anyone accepts it. */
export async function viewValidatorLink(token: string, now = new Date()) {
  return withScope({ inviteTokenHash: hashToken(token) }, async (tx) => {
    const g = await tx.actionPlanValidator.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!g || g.acceptedAt || g.expiresAt <= now) return null;
    // School names are a public register; the plan itself stays out of reach until the link is accepted.
    const school = await tx.school.findUniqueOrThrow({ where: { id: g.schoolId }, select: { name: true } });
    return { email: g.email, name: g.name, schoolName: school.name };
  });
}

async function claim(tx: Tx, token: string, now: Date) {
  const g = await tx.actionPlanValidator.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!g || g.acceptedAt || g.expiresAt <= now) throw new UserError(LINK_GONE, "not_found");
  return g;
}

/** A new account from the link, then the grant is bound to it. */
export async function acceptAsNewValidator(
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
    await tx.actionPlanValidator.update({
      where: { id: g.id },
      data: { personId: person.id, acceptedAt: now },
    });
    return { email: g.email, planId: g.planId };
  });
}

/** The signed-in person accepts a link made out to their own address. */
export async function acceptAsSignedInValidator(token: string, personId: string, now = new Date()) {
  return withScope({ personId, inviteTokenHash: hashToken(token) }, async (tx) => {
    const g = await claim(tx, token, now);
    const person = await tx.person.findUnique({ where: { id: personId } });
    if (!person || person.email !== g.email)
      throw new UserError(
        `This link is for another email address (${g.email}). Sign out, then open it again.`,
        "forbidden",
      );
    await tx.actionPlanValidator.update({ where: { id: g.id }, data: { personId, acceptedAt: now } });
    return { email: g.email, planId: g.planId };
  });
}

/** A signed-in person is a validator when at least one link they accepted is theirs. */
export async function loadValidatorContext(personId: string): Promise<ValidatorContext | null> {
  const n = await withScope({ personId }, (tx) =>
    tx.actionPlanValidator.count({ where: { personId, acceptedAt: { not: null } } }),
  );
  return n > 0 ? { kind: "validator", personId, role: "VALIDATOR" } : null;
}
