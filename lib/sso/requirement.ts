import "server-only";
import type { Tx } from "../db/scope";

/**
 * True when every membership the person has is in a school that requires provider sign-in: then a
 * password, even the right one, is refused. A trust membership, or one school without the
 * requirement, keeps password sign-in open (the person has somewhere to go that allows it).
 */
export async function providerRequiredFor(tx: Tx, personId: string): Promise<boolean> {
  const memberships = await tx.membership.findMany({
    where: { personId },
    select: { school: { select: { signInSettings: { select: { requireProvider: true } } } } },
  });
  return (
    memberships.length > 0 && memberships.every((m) => m.school?.signInSettings?.requireProvider === true)
  );
}
