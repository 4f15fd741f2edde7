import "server-only";
import { audit } from "../audit/record";
import { withScope } from "../db/scope";
import { verifyPassword } from "./hashing";
import { signInSchema } from "./sign-in-schema";
import { clearBucket, isRateLimited, recordFailure, signInBuckets } from "./rate-limit";

export type SignedInPerson = { id: string; email: string; name: string };

/**
 * Checks a sign-in. Every failure, whatever its cause (bad input, unknown email, wrong password,
 * too many attempts), returns null after the same password-hash work, so none can be told apart.
 */
export async function attemptSignIn(raw: unknown, address: string): Promise<SignedInPerson | null> {
  const parsed = signInSchema.safeParse(raw);
  const email = parsed.success ? parsed.data.email.toLowerCase() : "";
  const password = parsed.success ? parsed.data.password : "";
  const buckets = signInBuckets(email, address);

  const person = await withScope({ loginEmail: email }, async (tx) => {
    const limited = await isRateLimited(tx, buckets);
    return limited || !email
      ? null
      : tx.person.findUnique({ where: { email }, omit: { passwordHash: false } });
  });
  const ok = await verifyPassword(person?.passwordHash, password);

  return withScope({ loginEmail: email, personId: person?.id }, async (tx) => {
    if (ok && person) {
      await clearBucket(tx, buckets[0]!);
      await audit(tx, { actorId: person.id, action: "sign-in.succeeded" });
      return { id: person.id, email: person.email, name: person.name };
    }
    await recordFailure(tx, buckets);
    await audit(tx, { actorId: person?.id ?? null, action: "sign-in.failed", detail: { address } });
    return null;
  });
}
