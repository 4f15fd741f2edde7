// Authenticator-app codes (RFC 6238 TOTP: 6 digits, 30-second steps, SHA-1, as every app expects),
// through otplib. Pure: the time is given, nothing is stored here.
import { generateSecret, generateSync, generateURI, verifySync } from "otplib";

export const TOTP_PERIOD_SECONDS = 30;
/** A code from the step before or after the current one is accepted too: phones' clocks drift. */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;
const ISSUER = "Harbour";

export const newTotpSecret = (): string => generateSecret();

/** What an authenticator app reads from the QR code; the label is the person's email address. */
export const totpUri = (secret: string, email: string): string =>
  generateURI({ issuer: ISSUER, label: email, secret });

/** The code for a moment (tests use it to act as the person's phone). */
export const totpCode = (secret: string, nowSeconds: number): string =>
  generateSync({ secret, epoch: nowSeconds });

/** The manual key, in groups of four, as apps show it. */
export const groupedKey = (secret: string): string => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/**
 * The time step a right code belongs to, or null. A code from `afterStep` or earlier is refused, so
 * each code works once (the caller stores the step it got back).
 */
export function acceptedStep(
  secret: string,
  code: string,
  nowSeconds: number,
  afterStep: number,
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const result = verifySync({
    secret,
    token: code,
    epoch: nowSeconds,
    epochTolerance: TOLERANCE_SECONDS,
    afterTimeStep: afterStep > 0 ? afterStep : undefined,
  });
  return result.valid ? (result as { timeStep: number }).timeStep : null;
}
