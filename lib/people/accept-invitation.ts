import "server-only";
import { hashPassword } from "../auth/hashing";
import { isCommonPassword } from "../auth/common-passwords";
import { COMMON_PASSWORD_MESSAGE } from "../auth/password-rules";
import { setScope, withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { claimInvitation, joinPlace } from "./invitations";
import type { AcceptInvitationInput } from "./schemas";

// Accepting never checks a password: someone who already has an account signs in through the
// sign-in form (with its limiter) and accepts while signed in. See decision 0008.

const VERIFIED_ELSEWHERE =
  "This address already has a confirmed Harbour account. Sign in with it, then open this link again to join.";

/**
 * Makes a new account from the link. Without SMTP it is unproven and bound to this school, even if
 * the address has other accounts (each school's hand-shared link makes its own); with SMTP the link
 * came to the mailbox, so the account is confirmed.
 */
export async function acceptAsNewAccount(
  input: AcceptInvitationInput,
  now = new Date(),
): Promise<{ email: string }> {
  if (isCommonPassword(input.password)) {
    throw new UserError(COMMON_PASSWORD_MESSAGE, "validation", { password: [COMMON_PASSWORD_MESSAGE] });
  }
  const passwordHash = await hashPassword(input.password);
  return confirmedOnce(() =>
    withScope({}, async (tx) => {
      const inv = await claimInvitation(tx, input.token, now);
      await setScope(tx, { loginEmail: inv.email });
      const person = await tx.person.create({
        data: {
          email: inv.email,
          name: input.name,
          passwordHash,
          emailVerifiedAt: inv.sentByEmail ? now : null,
        },
      });
      await joinPlace(tx, person.id, inv);
      return { email: inv.email };
    }),
  );
}

/** The signed-in person accepts an invitation made out to their own address. */
export async function acceptAsSignedIn(
  token: string,
  personId: string,
  now = new Date(),
): Promise<{ email: string }> {
  return confirmedOnce(() =>
    withScope({ personId }, async (tx) => {
      const inv = await claimInvitation(tx, token, now);
      const person = await tx.person.findUnique({ where: { id: personId } });
      if (!person || person.email !== inv.email) {
        throw new UserError(
          `This invitation is for another email address (${inv.email}). Sign out, then open the link again.`,
          "forbidden",
        );
      }
      if (inv.sentByEmail && !person.emailVerifiedAt) {
        await tx.person.update({ where: { id: personId }, data: { emailVerifiedAt: now } });
      } else if (!person.emailVerifiedAt && (await inOtherPlaces(tx, personId, inv))) {
        throw new UserError(
          "Your email address has not been confirmed, so this account cannot join a second school yet. " +
            "Ask the school to send the invitation by email, or ask your Harbour operator to confirm your address. " +
            "Or sign out and open the link again to make a separate account for this school.",
          "forbidden",
        );
      }
      await joinPlace(tx, personId, inv);
      return { email: inv.email };
    }),
  );
}

async function inOtherPlaces(
  tx: Tx,
  personId: string,
  place: { schoolId: string | null; trustId: string | null },
): Promise<boolean> {
  const memberships = await tx.membership.findMany({
    where: { personId },
    select: { schoolId: true, trustId: true },
  });
  return memberships.some((m) => m.schoolId !== place.schoolId || m.trustId !== place.trustId);
}

/** At most one confirmed account per address (a partial unique index): a second is refused in words. */
async function confirmedOnce<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new UserError(VERIFIED_ELSEWHERE, "conflict");
    }
    throw error;
  }
}

/** The signed-in person's address, to tell them which account an invitation would join. */
export async function emailOf(personId: string): Promise<string | null> {
  const person = await withScope({ personId }, (tx) =>
    tx.person.findUnique({ where: { id: personId }, select: { email: true } }),
  );
  return person?.email ?? null;
}
