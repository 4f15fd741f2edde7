import "server-only";
import type { SignInMethod } from "../auth/sign-in-method";
import { signInMethod } from "../auth/sign-in-method";
import { getConfig } from "../config";
import { withScope } from "../db/scope";
import { hasSecondStep } from "./check";

/** Who must use two-step sign-in when the setting is on: people who see or run more than their own answers. */
export const REQUIRED_ROLES = ["LEAD", "HEAD", "TRUST_LEADER"] as const;

/**
 * Whether this person must set up two-step sign-in before anything else: the setting is on, they
 * signed in with a password (a provider or a passkey brings its own second step), they lead a school or trust (or run this server), and it is not on yet.
 * Demo accounts are spared, so the demo still opens with its shared password.
 */
export async function mustSetUpSecondStep(personId: string, via: SignInMethod): Promise<boolean> {
  if (!getConfig().twoFactor.required || via !== "password") return false;
  return withScope({ personId }, async (tx) => {
    const [person, leading, operator] = await Promise.all([
      tx.person.findUnique({ where: { id: personId }, select: { isDemo: true } }),
      tx.membership.count({ where: { personId, role: { in: [...REQUIRED_ROLES] } } }),
      tx.operator.count({ where: { personId } }),
    ]);
    if (!person || person.isDemo || (leading === 0 && operator === 0)) return false;
    return !(await hasSecondStep(tx, personId));
  });
}

export const SET_UP_SECOND_STEP_PATH = "/account/security";
export const SET_UP_FIRST = "Set up two-step sign-in first: your account's security page shows how.";

/** For server actions: the same rule, with the session's own sign-in method. */
export async function actionsWaitForSecondStep(personId: string): Promise<boolean> {
  if (!getConfig().twoFactor.required) return false;
  return mustSetUpSecondStep(personId, await signInMethod());
}

// Autosave's hot path (decision 0038) cannot afford a transaction per save, so a "not required"
// verdict is remembered for a minute per person and session version; a "required" one never is, so
// someone who must set it up is refused on every save. A change of role or turning it off reaches
// autosave within that minute (every page and action sees it at once).
const CLEAR_FOR_MS = 60_000;
const MAX_REMEMBERED = 10_000;
const clearUntil = new Map<string, number>();

/** For autosave: the same rule, the session's method read from its token, cheap when repeated. */
export async function saveWaitsForSecondStep(
  who: { personId: string; sessionVersion: number; via: SignInMethod },
  now = Date.now(),
): Promise<boolean> {
  if (!getConfig().twoFactor.required || who.via !== "password") return false;
  const key = `${who.personId}:${who.sessionVersion}`;
  if ((clearUntil.get(key) ?? 0) > now) return false;
  if (await mustSetUpSecondStep(who.personId, who.via)) return true;
  clearUntil.delete(key);
  if (clearUntil.size >= MAX_REMEMBERED) clearUntil.delete(clearUntil.keys().next().value!);
  clearUntil.set(key, now + CLEAR_FOR_MS);
  return false;
}
