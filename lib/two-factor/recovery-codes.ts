// Recovery codes: ten, each used once, for when the phone is lost. Pure (randomness aside).
import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
// No 0/O or 1/I/L: codes are read off paper. 31 symbols x 10 = about 50 bits each.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH = 10;

/** Shown as `ABCDE-FGHJK`. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** How a typed code is compared: case, spaces and dashes do not matter. */
export const normaliseRecoveryCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, "");

export const looksLikeRecoveryCode = (typed: string): boolean =>
  new RegExp(`^[${ALPHABET}]{${LENGTH}}$`).test(normaliseRecoveryCode(typed));

/** Codes carry 50 random bits, so a fast hash is enough (guessing is rate-limited besides). */
export const hashRecoveryCode = (typed: string): string =>
  createHash("sha256").update(normaliseRecoveryCode(typed)).digest("hex");
