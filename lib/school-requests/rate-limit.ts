import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "../db/scope";

// Fixed windows in RateLimitBucket (shared by every app instance): a few requests per school a day,
// so no school's mailbox fills with links, and some per address an hour, so no one floods operators.
export const PER_SCHOOL = { limit: 3, windowSeconds: 24 * 3600 };
export const PER_ADDRESS = { limit: 10, windowSeconds: 3600 };

const digest = (value: string) => createHash("sha256").update(value).digest("hex").slice(0, 32);

/** Counts one request against each key; false when any is over its limit (then nothing is counted). */
export async function takeRequestSlots(tx: Tx, urn: string, address: string): Promise<boolean> {
  const slots = [{ key: `school-request:urn:${digest(urn)}`, ...PER_SCHOOL }];
  // With no trusted proxy every client is "direct": one shared counter would let anyone shut the
  // page for everybody (as decision 0008 found for sign-in), so only a real address is counted.
  if (address !== "direct" && address !== "unknown")
    slots.push({ key: `school-request:address:${digest(address)}`, ...PER_ADDRESS });
  for (const slot of slots) {
    const [row] = await tx.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimitBucket" AS b (key, count, "lastFailureAt", "retryAt")
      VALUES (${slot.key}, 1, clock_timestamp(), clock_timestamp() + make_interval(secs => ${slot.windowSeconds}))
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN b."retryAt" <= clock_timestamp() THEN 1 ELSE b.count + 1 END,
        "retryAt" = CASE WHEN b."retryAt" <= clock_timestamp() THEN EXCLUDED."retryAt" ELSE b."retryAt" END,
        "lastFailureAt" = clock_timestamp()
      RETURNING count`;
    // The caller's transaction is rolled back on refusal, so a refused request counts for nothing.
    if (row!.count > slot.limit) return false;
  }
  return true;
}
