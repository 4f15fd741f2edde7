// How long a sign-in must wait after consecutive failures: pure, so the rule is easy to read and test.
// An attacker's own source (address or browser) slows down fast; the account as a whole only a
// little, so that someone guessing from many addresses cannot keep the real person out.

/** Failures from one (account, source) pair: 5 free, then 1 s doubling to 15 minutes. */
export const PAIR = { free: 5, capSeconds: 15 * 60 } as const;
/** Failures on the account from sources it has not signed in from: 10 free, then 1 s doubling to 5 s. */
export const ACCOUNT = { free: 10, capSeconds: 5 } as const;
/**
 * NIST SP 800-63B: at most 100 consecutive failures before the account is locked. The lock applies
 * only to browsers that have never signed in to the account, and lasts 15 minutes from the last failure.
 */
export const ACCOUNT_LOCK = { afterFailures: 100, seconds: 15 * 60 } as const;
/** A day without failures forgives them: consecutive failures start again from zero. */
export const FORGET_AFTER_SECONDS = 24 * 60 * 60;

export function delaySeconds(failures: number, rule: { free: number; capSeconds: number }): number {
  if (failures < rule.free) return 0;
  return Math.min(2 ** (failures - rule.free), rule.capSeconds);
}
