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

/** For server actions: the same rule, with the session's own sign-in method. */
export async function actionsWaitForSecondStep(personId: string): Promise<boolean> {
  if (!getConfig().twoFactor.required) return false;
  return mustSetUpSecondStep(personId, await signInMethod());
}
