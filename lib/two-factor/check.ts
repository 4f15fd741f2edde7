import "server-only";
import { getConfig } from "../config";
import type { Tx } from "../db/scope";
import { countWrongCode, forgetWrongCodes, secondStepWait } from "./attempts";
import { hashRecoveryCode, looksLikeRecoveryCode } from "./recovery-codes";
import { unseal } from "./sealed";
import { acceptedStep } from "./totp";

export type SecondStepResult =
  | { status: "ok"; used: "app" | "recovery-code"; recoveryCodesLeft: number }
  | { status: "wrong" }
  | { status: "wait"; retryAfterSeconds: number };

/**
 * Checks a code from the authenticator app, or a recovery code, for a person who has two-step
 * sign-in on. A code works once: its time step is stored with a conditional update, so a replay
 * (or a race of two uses) is refused; a recovery code is marked used the same way. Wrong codes
 * slow down. Runs in the caller's transaction, in the person's own scope.
 */
export async function checkSecondStep(
  tx: Tx,
  personId: string,
  typed: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<SecondStepResult> {
  const wait = await secondStepWait(tx, personId);
  if (wait > 0) return { status: "wait", retryAfterSeconds: wait };
  const row = await tx.twoFactor.findUnique({ where: { personId } });
  if (!row?.confirmedAt) return { status: "wrong" };
  const code = typed.replace(/\s/g, "");

  let used: "app" | "recovery-code" | null = null;
  const step = acceptedStep(
    unseal(getConfig().twoFactor.key, row.secret, personId),
    code,
    nowSeconds,
    row.lastStep,
  );
  if (step !== null) {
    const taken = await tx.twoFactor.updateMany({
      where: { personId, lastStep: { lt: step } },
      data: { lastStep: step },
    });
    if (taken.count === 1) used = "app";
  } else if (looksLikeRecoveryCode(typed)) {
    const taken = await tx.recoveryCode.updateMany({
      where: { personId, codeHash: hashRecoveryCode(typed), usedAt: null },
      data: { usedAt: new Date() },
    });
    if (taken.count === 1) used = "recovery-code";
  }
  if (!used) {
    await countWrongCode(tx, personId);
    return { status: "wrong" };
  }
  await forgetWrongCodes(tx, personId);
  const recoveryCodesLeft = await tx.recoveryCode.count({ where: { personId, usedAt: null } });
  return { status: "ok", used, recoveryCodesLeft };
}

export async function hasSecondStep(tx: Tx, personId: string): Promise<boolean> {
  const row = await tx.twoFactor.findUnique({ where: { personId }, select: { confirmedAt: true } });
  return Boolean(row?.confirmedAt);
}
