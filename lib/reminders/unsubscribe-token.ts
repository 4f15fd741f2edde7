import "server-only";
// The link in a reminder email that switches its person to in-app reminders without signing in. It
// is signed with the app's secret for this one purpose, so it can do nothing else and cannot be
// made for someone else. It does not expire: an old email's link should still work, and the worst
// it can do is stop that person's reminder emails, which they can turn back on.
import { createHmac, timingSafeEqual } from "node:crypto";
import { getConfig } from "../config";

const PURPOSE = "harbour:reminder-unsubscribe:v1:";

const sign = (personId: string) =>
  createHmac("sha256", getConfig().authSecret)
    .update(PURPOSE + personId)
    .digest("base64url");

export function unsubscribeToken(personId: string): string {
  return `${personId}.${sign(personId)}`;
}

/** The person a token names, or null when it is not one Harbour made. */
export function personOfToken(token: string | null | undefined): string | null {
  if (!token) return null;
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const personId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(sign(personId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? personId : null;
}

export const unsubscribeUrl = (personId: string) =>
  `${getConfig().appUrl}/unsubscribe/one-click?token=${encodeURIComponent(unsubscribeToken(personId))}`;

export const unsubscribePageUrl = (personId: string) =>
  `${getConfig().appUrl}/unsubscribe?token=${encodeURIComponent(unsubscribeToken(personId))}`;
