import "server-only";
import { withScope } from "../db/scope";

/** Thrown while reading a session that has ended: next-auth then clears the cookie and sees no one. */
export class SessionEnded extends Error {
  constructor(reason: string) {
    super(`Session ended: ${reason}`);
    this.name = "SessionEnded";
  }
}

type SessionToken = { personId?: string; sessionVersion?: number; signedInAt?: number };

/**
 * A session works until the person signs out (anywhere), changes password or is removed from a
 * school (each bumps the version in the database), and never longer than `maxHours` after sign-in,
 * however often it is renewed.
 */
export async function assertSessionCurrent(
  token: SessionToken,
  maxHours: number,
  now = Date.now(),
): Promise<void> {
  const { personId, sessionVersion, signedInAt } = token;
  if (!personId || typeof sessionVersion !== "number" || typeof signedInAt !== "number") {
    throw new SessionEnded("token from before session versions");
  }
  if (now / 1000 > signedInAt + maxHours * 3600) throw new SessionEnded("older than the longest session");
  const person = await withScope({ personId }, (tx) =>
    tx.person.findUnique({ where: { id: personId }, select: { sessionVersion: true } }),
  );
  if (person?.sessionVersion !== sessionVersion)
    throw new SessionEnded("signed out, password changed or removed");
}

/** Ends every session the person has (sign-out ends them on every device, which is the safe reading). */
export async function endSessions(personId: string): Promise<void> {
  await withScope({ personId }, (tx) =>
    tx.person.updateMany({ where: { id: personId }, data: { sessionVersion: { increment: 1 } } }),
  );
}
