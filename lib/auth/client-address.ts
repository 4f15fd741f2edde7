/**
 * The address a sign-in came from, for the (account, address) failure counter. X-Forwarded-For is
 * written by the client unless a proxy we trust appends to it, so only the entry `hops` from the
 * right (the one our nearest trusted proxy saw) is believed. With no trusted proxy every attempt
 * comes from "direct", which a client cannot escape by inventing addresses; no counter is kept for an
 * address alone, so this never refuses everyone (decision 0008).
 */
export function clientAddress(forwardedFor: string | null | undefined, hops: number): string {
  if (hops <= 0) return "direct";
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  return entries[entries.length - hops] ?? "unknown";
}
