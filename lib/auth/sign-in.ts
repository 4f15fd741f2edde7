import "server-only";
import { audit } from "../audit/record";
import { withScope } from "../db/scope";
import { verifyPassword } from "./hashing";
import { signInSchema } from "./sign-in-schema";
import { forgetFailures, takeAttempt, type SignInSource } from "./rate-limit";
import { providerRequiredFor } from "../sso/requirement";
import { checkSecondStep, hasSecondStep } from "../two-factor/check";

export type SignedInPerson = { id: string; email: string; name: string; sessionVersion: number };

export type SignInOutcome =
  | { status: "signed-in"; person: SignedInPerson }
  | { status: "failed" }
  | { status: "provider-required" }
  /** The password was right; the code from the app (or a recovery code) is needed, or was wrong. */
  | { status: "second-step" }
  | { status: "second-step-failed" }
  | { status: "wait"; retryAfterSeconds: number };

/**
 * Checks a sign-in; the only place in Harbour where a password is checked. Every failure (bad input,
 * unknown email, wrong password) looks the same after the same hash work. A "wait" answer depends
 * only on the counters for the typed email, which exist whether or not it has an account.
 */
export async function attemptSignIn(raw: unknown, source: SignInSource): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(raw);
  const email = parsed.success ? parsed.data.email.toLowerCase() : "";
  const password = parsed.success ? parsed.data.password : "";

  const taken = await withScope({ loginEmail: email }, async (tx) => {
    const wait = await takeAttempt(tx, email, source);
    if (wait > 0) return { wait, candidates: [] };
    // An address may have several accounts (one per school that shared a link by hand): the
    // verified one first, then the oldest, and every one is checked so timing shows nothing.
    const candidates = email
      ? await tx.person.findMany({
          where: { email },
          orderBy: [{ emailVerifiedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
          omit: { passwordHash: false },
        })
      : [];
    return { wait: 0, candidates };
  });
  if (taken.wait > 0) return { status: "wait", retryAfterSeconds: taken.wait };

  const checks = await Promise.all(
    (taken.candidates.length ? taken.candidates : [null]).map((c) =>
      verifyPassword(c?.passwordHash, password),
    ),
  );
  const person = taken.candidates.find((_, i) => checks[i]);

  return withScope({ loginEmail: email, personId: person?.id }, async (tx) => {
    if (person) {
      await forgetFailures(tx, email, source);
      // Said only after the right password, so it tells a guesser nothing (decision 0019).
      if (await providerRequiredFor(tx, person.id)) {
        await audit(tx, {
          actorId: person.id,
          action: "sign-in.refused",
          detail: { refusal: "provider-required" },
        });
        return { status: "provider-required" };
      }
      // Also said only after the right password: nobody learns who has two-step sign-in on.
      if (await hasSecondStep(tx, person.id)) {
        const code = parsed.success ? parsed.data.code?.trim() : undefined;
        if (!code) return { status: "second-step" };
        const checked = await checkSecondStep(tx, person.id, code);
        if (checked.status === "wait")
          return { status: "wait", retryAfterSeconds: checked.retryAfterSeconds };
        if (checked.status === "wrong") {
          await audit(tx, {
            actorId: person.id,
            action: "sign-in.second-step-failed",
            detail: { address: source.address },
          });
          return { status: "second-step-failed" };
        }
        if (checked.used === "recovery-code")
          await audit(tx, {
            actorId: person.id,
            action: "two-factor.recovery-code-used",
            detail: { recoveryCodesLeft: checked.recoveryCodesLeft },
          });
      }
      await audit(tx, { actorId: person.id, action: "sign-in.succeeded" });
      const { id, name, sessionVersion } = person;
      return { status: "signed-in", person: { id, email: person.email, name, sessionVersion } };
    }
    const actorId = taken.candidates[0]?.id ?? null;
    await audit(tx, { actorId, action: "sign-in.failed", detail: { address: source.address } });
    return { status: "failed" };
  });
}
