import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "../db/scope";
import { ACCOUNT, ACCOUNT_LOCK, delaySeconds, FORGET_AFTER_SECONDS, PAIR } from "./delays";

// Counters live in Postgres so they hold across restarts and app instances. There is no counter
// per address alone: with no trusted proxy every client shares one address, and such a counter
// would refuse every correct password for every user (password spraying meets the common-password list).

/** Where an attempt comes from: a browser that has signed in to this account before, or an address. */
export type SignInSource = { address: string; deviceId: string | null };

const digest = (value: string) => createHash("sha256").update(value).digest("hex").slice(0, 32);

export function signInKeys(email: string, source: SignInSource) {
  const from = source.deviceId ? `device:${source.deviceId}` : `address:${source.address}`;
  return { account: `account:${digest(email)}`, pair: `pair:${digest(`${email}|${from}`)}` };
}

type Row = { key: string; count: number; wait: number; lockWait: number };

/**
 * Takes one attempt for (email, source): returns 0 and counts it as a failure in advance (so that
 * parallel guesses each count), or returns the seconds to wait and counts nothing. A success undoes
 * the count with `forgetFailures`. Both rows are locked, so concurrent attempts are taken in turn.
 */
export async function takeAttempt(tx: Tx, email: string, source: SignInSource): Promise<number> {
  const keys = signInKeys(email, source);
  // One statement creates missing rows and locks both (always account first, so no deadlock). The
  // clock, not the transaction's start (now()), since a lock may have been waited for; times are
  // stored to the millisecond, so "+ 0" may round up: 10 ms of slack.
  const rows = await tx.$queryRaw<Row[]>`
    INSERT INTO "RateLimitBucket" AS b (key, count, "lastFailureAt", "retryAt")
    VALUES (${keys.account}, 0, clock_timestamp(), clock_timestamp()), (${keys.pair}, 0, clock_timestamp(), clock_timestamp())
    ON CONFLICT (key) DO UPDATE SET key = b.key
    RETURNING key,
      CASE WHEN "lastFailureAt" > clock_timestamp() - make_interval(secs => ${FORGET_AFTER_SECONDS}) THEN count ELSE 0 END AS count,
      greatest(0, ceil(extract(epoch FROM "retryAt" - clock_timestamp()) - 0.01))::int AS wait,
      greatest(0, ceil(extract(epoch FROM "lastFailureAt" + make_interval(secs => ${ACCOUNT_LOCK.seconds}) - clock_timestamp()) - 0.01))::int AS "lockWait"`;
  const account = rows.find((r) => r.key === keys.account)!;
  const pair = rows.find((r) => r.key === keys.pair)!;

  let wait = pair.wait;
  // What others do to the account never holds back a browser that has signed in to it before.
  if (!source.deviceId) {
    wait = Math.max(wait, account.wait);
    if (account.count >= ACCOUNT_LOCK.afterFailures) wait = Math.max(wait, account.lockWait);
  }
  if (wait > 0) return wait;

  const a = account.count + 1;
  const p = pair.count + 1;
  await tx.$executeRaw`
    UPDATE "RateLimitBucket" AS b
    SET count = v.count, "lastFailureAt" = clock_timestamp(), "retryAt" = clock_timestamp() + make_interval(secs => v.delay)
    FROM (VALUES (${keys.account}, ${a}::int, ${delaySeconds(a, ACCOUNT)}::float8),
                 (${keys.pair}, ${p}::int, ${delaySeconds(p, PAIR)}::float8)) AS v(key, count, delay)
    WHERE b.key = v.key`;
  return 0;
}

/** After a right password: the failures before it were not consecutive with anything that follows. */
export async function forgetFailures(tx: Tx, email: string, source: SignInSource): Promise<void> {
  const keys = signInKeys(email, source);
  await tx.rateLimitBucket.deleteMany({ where: { key: { in: [keys.account, keys.pair] } } });
}
