import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "../db/scope";

// Counters live in Postgres so they hold across restarts and app instances. Only failures count,
// so a whole staff room signing in from one school address is not locked out by its successes.
export const SIGN_IN_LIMITS = {
  account: { maxFailures: 10, windowSeconds: 15 * 60 },
  address: { maxFailures: 100, windowSeconds: 15 * 60 },
} as const;

type Bucket = { key: string; maxFailures: number; windowSeconds: number };

const digest = (value: string) => createHash("sha256").update(value).digest("hex").slice(0, 32);

export function signInBuckets(email: string, address: string): Bucket[] {
  return [
    { key: `account:${digest(email.toLowerCase())}`, ...SIGN_IN_LIMITS.account },
    { key: `address:${digest(address)}`, ...SIGN_IN_LIMITS.address },
  ];
}

export async function isRateLimited(tx: Tx, buckets: Bucket[]): Promise<boolean> {
  for (const b of buckets) {
    const rows = await tx.$queryRaw<{ count: number }[]>`
      SELECT count FROM "RateLimitBucket"
      WHERE key = ${b.key} AND "windowStart" > now() - make_interval(secs => ${b.windowSeconds})`;
    if ((rows[0]?.count ?? 0) >= b.maxFailures) return true;
  }
  return false;
}

export async function recordFailure(tx: Tx, buckets: Bucket[]): Promise<void> {
  for (const b of buckets) {
    // One atomic statement: a stale window restarts at 1, a live one counts up.
    await tx.$executeRaw`
      INSERT INTO "RateLimitBucket" (key, count, "windowStart") VALUES (${b.key}, 1, now())
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN "RateLimitBucket"."windowStart" > now() - make_interval(secs => ${b.windowSeconds})
                     THEN "RateLimitBucket".count + 1 ELSE 1 END,
        "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" > now() - make_interval(secs => ${b.windowSeconds})
                     THEN "RateLimitBucket"."windowStart" ELSE now() END`;
  }
}

export async function clearBucket(tx: Tx, bucket: Bucket): Promise<void> {
  await tx.rateLimitBucket.deleteMany({ where: { key: bucket.key } });
}
