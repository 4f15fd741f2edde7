import "server-only";
import QRCode from "qrcode";
import { audit } from "../audit/record";
import { verifyPassword } from "../auth/hashing";
import { getConfig } from "../config";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { countWrongCode, forgetWrongCodes, secondStepWait } from "./attempts";
import { checkSecondStep, type SecondStepResult } from "./check";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { seal, unseal } from "./sealed";
import { acceptedStep, groupedKey, newTotpSecret, totpUri } from "./totp";

/** A person acting on their own account: the only scope these functions take. */
export type AccountContext = { personId: string };

export type TwoFactorStatus = { state: "off" } | { state: "on"; since: Date; recoveryCodesLeft: number };

export async function twoFactorStatus({ personId }: AccountContext): Promise<TwoFactorStatus> {
  return withScope({ personId }, async (tx) => {
    const row = await tx.twoFactor.findUnique({ where: { personId } });
    if (!row?.confirmedAt) return { state: "off" };
    const recoveryCodesLeft = await tx.recoveryCode.count({ where: { personId, usedAt: null } });
    return { state: "on", since: row.confirmedAt, recoveryCodesLeft };
  });
}

export type Enrolment = { key: string; qrCode: string; uri: string };

/**
 * Starts (or restarts) setting up the app: a new secret, sealed, not yet in force. Refused while
 * two-step sign-in is on, so that nobody can swap the secret without turning it off first.
 */
export async function startEnrolment({ personId }: AccountContext): Promise<Enrolment> {
  const secret = newTotpSecret();
  const email = await withScope({ personId }, async (tx) => {
    const existing = await tx.twoFactor.findUnique({ where: { personId } });
    if (existing?.confirmedAt) throw new UserError("Two-step sign-in is already on.", "conflict");
    const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { email: true } });
    const sealed = seal(getConfig().twoFactor.key, secret, personId);
    await tx.twoFactor.upsert({
      where: { personId },
      create: { personId, secret: sealed },
      update: { secret: sealed, lastStep: 0 },
    });
    await audit(tx, { actorId: personId, action: "two-factor.started" });
    return person.email;
  });
  const uri = totpUri(secret, email);
  return { key: groupedKey(secret), uri, qrCode: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

const WRONG_CODE = "That code did not work. Check the time on your phone and try the newest code.";
const waitError = (seconds: number) =>
  new UserError(
    `Too many wrong codes. Try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`,
    "rate_limited",
  );

/** Puts two-step sign-in in force once the person proves their app has the secret; returns the recovery codes, shown once. */
export async function confirmEnrolment(
  { personId }: AccountContext,
  code: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<string[]> {
  return withScope({ personId }, async (tx) => {
    const row = await tx.twoFactor.findUnique({ where: { personId } });
    if (!row) throw new UserError("Start setting up two-step sign-in first.", "stale");
    if (row.confirmedAt) throw new UserError("Two-step sign-in is already on.", "conflict");
    const wait = await secondStepWait(tx, personId);
    if (wait > 0) throw waitError(wait);
    const step = acceptedStep(unseal(getConfig().twoFactor.key, row.secret, personId), code, nowSeconds, 0);
    if (step === null) {
      await countWrongCode(tx, personId);
      return null;
    }
    await forgetWrongCodes(tx, personId);
    await tx.twoFactor.update({ where: { personId }, data: { confirmedAt: new Date(), lastStep: step } });
    const codes = await replaceCodes(tx, personId);
    await audit(tx, { actorId: personId, action: "two-factor.enabled" });
    return codes;
  }).then((codes) => {
    // Outside the transaction, so the wrong code still counts.
    if (!codes) throw new UserError(WRONG_CODE, "validation", { code: [WRONG_CODE] });
    return codes;
  });
}

async function replaceCodes(tx: Tx, personId: string) {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { personId } });
  await tx.recoveryCode.createMany({ data: codes.map((c) => ({ personId, codeHash: hashRecoveryCode(c) })) });
  return codes;
}

/** Outside the transaction that counted it: a refusal must not undo the count. */
function refuse(result: Exclude<SecondStepResult, { status: "ok" }>, field = "code"): never {
  if (result.status === "wait") throw waitError(result.retryAfterSeconds);
  throw new UserError(WRONG_CODE, "validation", { [field]: [WRONG_CODE] });
}

/** New recovery codes (the old ones stop working), after a code from the app. */
export async function replaceRecoveryCodes({ personId }: AccountContext, code: string): Promise<string[]> {
  type Out = { codes: string[] } | { refused: Exclude<SecondStepResult, { status: "ok" }> };
  const out = await withScope({ personId }, async (tx): Promise<Out> => {
    if (!(await tx.twoFactor.findUnique({ where: { personId } }))?.confirmedAt)
      throw new UserError("Two-step sign-in is not on.", "stale");
    // Only a code from the app (the schema takes six digits): a recovery code cannot make more.
    const checked = await checkSecondStep(tx, personId, code);
    if (checked.status !== "ok") return { refused: checked };
    const codes = await replaceCodes(tx, personId);
    await audit(tx, { actorId: personId, action: "two-factor.recovery-codes-replaced" });
    return { codes };
  });
  if ("refused" in out) refuse(out.refused);
  return out.codes;
}

const WRONG_PASSWORD = "That password is not right.";

/** Turns two-step sign-in off: needs the password and a code (from the app, or a recovery code). */
export async function turnOffTwoFactor(
  { personId }: AccountContext,
  input: { password: string; code: string },
): Promise<void> {
  const stored = await withScope({ personId }, (tx) =>
    tx.person.findUniqueOrThrow({ where: { id: personId }, select: { passwordHash: true } }),
  );
  if (!(await verifyPassword(stored.passwordHash, input.password)))
    throw new UserError(WRONG_PASSWORD, "validation", { password: [WRONG_PASSWORD] });
  const out = await withScope({ personId }, async (tx) => {
    if (!(await tx.twoFactor.findUnique({ where: { personId } }))?.confirmedAt)
      throw new UserError("Two-step sign-in is not on.", "stale");
    const checked = await checkSecondStep(tx, personId, input.code);
    if (checked.status !== "ok") return checked;
    await tx.recoveryCode.deleteMany({ where: { personId } });
    await tx.twoFactor.delete({ where: { personId } });
    await audit(tx, { actorId: personId, action: "two-factor.disabled" });
    return null;
  });
  if (out) refuse(out);
}
