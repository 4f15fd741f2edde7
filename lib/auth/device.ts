import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A device cookie (OWASP's defence against lock-out): after a successful sign-in the browser gets a
 * signed token naming the account. A browser that shows one for the account it is signing in to has
 * its own failure counter and is never held back by what others do to the account.
 */
export const DEVICE_COOKIE = "harbour-device";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

const mac = (secret: string, nonce: string, email: string) =>
  createHmac("sha256", secret).update(`device:${nonce}:${email.toLowerCase()}`).digest("base64url");

export function issueDeviceToken(secret: string, email: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${nonce}.${mac(secret, nonce, email)}`;
}

/** The device's id when the token was issued for this email, else null. */
export function deviceFor(secret: string, token: string | undefined, email: string): string | null {
  const [nonce, given] = (token ?? "").split(".");
  if (!nonce || !given) return null;
  const expected = Buffer.from(mac(secret, nonce, email));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? nonce : null;
}

/** Reads one cookie from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return v.join("=");
  }
  return undefined;
}
