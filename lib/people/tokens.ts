import { createHash, randomBytes } from "node:crypto";

export const INVITATION_DAYS = 7;

/** A link token: 32 random bytes. Only its SHA-256 is stored, so a database leak reveals no live link. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
}
