import "server-only";
import type { Tx } from "../db/scope";
import { delaySeconds } from "../auth/delays";

// Wrong second-step codes, per person: 5 free, then 1 s doubling to 15 minutes. A million codes
// cannot be tried, even by someone who has the password. Kept in RateLimitBucket (hashed-free key:
// a person id is no secret and says nothing on its own).
const RULE = { free: 5, capSeconds: 15 * 60 } as const;
const keyOf = (personId: string) => `second-step:${personId}`;

/** Seconds to wait before another code may be tried (0: go ahead). Locks the row until commit. */
export async function secondStepWait(tx: Tx, personId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ wait: number }[]>`
    INSERT INTO "RateLimitBucket" AS b (key, count, "lastFailureAt", "retryAt")
    VALUES (${keyOf(personId)}, 0, clock_timestamp(), clock_timestamp())
    ON CONFLICT (key) DO UPDATE SET key = b.key
    RETURNING greatest(0, ceil(extract(epoch FROM "retryAt" - clock_timestamp()) - 0.01))::int AS wait`;
  return rows[0]?.wait ?? 0;
}

export async function countWrongCode(tx: Tx, personId: string): Promise<void> {
  const row = await tx.rateLimitBucket.findUnique({ where: { key: keyOf(personId) } });
  const count = (row?.count ?? 0) + 1;
  await tx.$executeRaw`
    UPDATE "RateLimitBucket" SET count = ${count}, "lastFailureAt" = clock_timestamp(),
      "retryAt" = clock_timestamp() + make_interval(secs => ${delaySeconds(count, RULE)}::float8)
    WHERE key = ${keyOf(personId)}`;
}

export async function forgetWrongCodes(tx: Tx, personId: string): Promise<void> {
  await tx.rateLimitBucket.deleteMany({ where: { key: keyOf(personId) } });
}
