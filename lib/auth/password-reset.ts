import "server-only";
import { audit } from "../audit/record";
import { getConfig } from "../config";
import { setScope, withScope } from "../db/scope";
import { UserError } from "../errors";
import { sendMail } from "../mail";
import { hashToken, newToken } from "../people/tokens";
import { isCommonPassword } from "./common-passwords";
import { hashPassword } from "./hashing";
import { COMMON_PASSWORD_MESSAGE } from "./password-rules";

// Password reset by an emailed link (decision 0033). The request answers the same whatever the
// address, and its work (finding the account, mailing) runs after the answer, so neither the words nor
// the time say whether an account exists. The link works once, within 30 minutes; using it ends every
// other session (the Person trigger bumps sessionVersion when the password changes).

export const RESET_MINUTES = 30;
/** Links mailed to one account per hour, at most: more are dropped silently (the answer is the same). */
export const RESETS_PER_HOUR = 3;

export const LINK_DEAD =
  "This link has expired or has already been used. Ask for a new one: it works once, within 30 minutes.";

/** Finds the account for `email` and mails it a link. Never throws to the person: it runs after the answer. */
export async function sendResetLink(
  typed: string,
  now = new Date(),
): Promise<"sent" | "none" | "limited" | "ambiguous"> {
  const email = typed.trim().toLowerCase();
  const made = await withScope({ loginEmail: email }, async (tx) => {
    const accounts = await tx.person.findMany({
      where: { email },
      select: { id: true, emailVerifiedAt: true },
    });
    // The confirmed account, else the only one. Several unconfirmed accounts (links shared by hand,
    // each bound to its school) cannot be told apart from here: the mail says whom to ask instead.
    const account = accounts.find((a) => a.emailVerifiedAt) ?? (accounts.length === 1 ? accounts[0] : null);
    if (!account) return accounts.length > 1 ? ("ambiguous" as const) : ("none" as const);
    const recent = await tx.passwordReset.count({
      where: { personId: account.id, createdAt: { gt: new Date(now.getTime() - 60 * 60 * 1000) } },
    });
    if (recent >= RESETS_PER_HOUR) return "limited" as const;
    const { token, tokenHash } = newToken();
    await tx.passwordReset.create({
      data: {
        personId: account.id,
        tokenHash,
        expiresAt: new Date(now.getTime() + RESET_MINUTES * 60 * 1000),
      },
    });
    await audit(tx, { actorId: account.id, action: "password.reset-requested", targetId: account.id });
    return { token };
  });
  if (made === "none" || made === "limited") return made;
  await sendMail(made === "ambiguous" ? ambiguousMail(email) : resetMail(email, made.token));
  return made === "ambiguous" ? "ambiguous" : "sent";
}

function resetMail(to: string, token: string) {
  const link = `${getConfig().appUrl}/reset-password/${token}`;
  return {
    kind: "password-reset",
    to,
    subject: "Reset your Harbour password",
    text: `Someone asked to reset the Harbour password for this address.\n\nChoose a new password within ${RESET_MINUTES} minutes: ${link}\n\nThe link works once. Using it signs you out everywhere else.\n\nIf you did not ask, you can ignore this email: your password stays as it is.`,
  };
}

function ambiguousMail(to: string) {
  return {
    kind: "password-reset",
    to,
    subject: "Resetting your Harbour password",
    text: `Someone asked to reset the Harbour password for this address. It has more than one Harbour account and none is confirmed yet, so Harbour cannot tell which to reset. Ask your school's senior mental health lead to invite you again.\n\nIf you did not ask, you can ignore this email.`,
  };
}

/** Is this link still usable? (The page shows the form, or says why not.) */
export async function resetLinkUsable(token: string, now = new Date()): Promise<boolean> {
  const tokenHash = hashToken(token);
  const reset = await withScope({ resetTokenHash: tokenHash }, (tx) =>
    tx.passwordReset.findUnique({ where: { tokenHash }, select: { usedAt: true, expiresAt: true } }),
  );
  return !!reset && !reset.usedAt && reset.expiresAt > now;
}

/** Sets the new password through the link, once; closes the person's other links and sessions. */
export async function resetPassword(
  token: string,
  password: string,
  now = new Date(),
): Promise<{ email: string }> {
  if (isCommonPassword(password)) {
    throw new UserError(COMMON_PASSWORD_MESSAGE, "validation", { password: [COMMON_PASSWORD_MESSAGE] });
  }
  const passwordHash = await hashPassword(password);
  const tokenHash = hashToken(token);
  return withScope({ resetTokenHash: tokenHash }, async (tx) => {
    // The claim is one conditional update: of two uses racing, exactly one changes a row.
    const claimed = await tx.passwordReset.updateManyAndReturn({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { personId: true },
    });
    const personId = claimed[0]?.personId;
    if (!personId) throw new UserError(LINK_DEAD, "not_found");
    await setScope(tx, { personId });
    const person = await tx.person.findUniqueOrThrow({
      where: { id: personId },
      select: { email: true, emailVerifiedAt: true },
    });
    // The link came to the mailbox, so the address is proven too.
    await tx.person.update({
      where: { id: personId },
      data: { passwordHash, emailVerifiedAt: person.emailVerifiedAt ?? now },
    });
    await tx.passwordReset.updateMany({ where: { personId, usedAt: null }, data: { usedAt: now } });
    await audit(tx, { actorId: personId, action: "password.reset", targetId: personId });
    return { email: person.email };
  });
}
