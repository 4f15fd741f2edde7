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
  await tx.$executeRaw`
    INSERT INTO "RateLimitBucket" (key, count, "lastFailureAt", "retryAt")
    VALUES (${keys.account}, 0, now(), now()), (${keys.pair}, 0, now(), now())
    ON CONFLICT (key) DO NOTHING`;
  // Times are stored to the millisecond, so "now() + 0" may round up: 10 ms of slack.
  const rows = await tx.$queryRaw<Row[]>`
    SELECT key,
      CASE WHEN "lastFailureAt" > now() - make_interval(secs => ${FORGET_AFTER_SECONDS}) THEN count ELSE 0 END AS count,
      greatest(0, ceil(extract(epoch FROM "retryAt" - now()) - 0.01))::int AS wait,
      greatest(0, ceil(extract(epoch FROM "lastFailureAt" + make_interval(secs => ${ACCOUNT_LOCK.seconds}) - now()) - 0.01))::int AS "lockWait"
    FROM "RateLimitBucket" WHERE key IN (${keys.account}, ${keys.pair}) ORDER BY key FOR UPDATE`;
  const account = rows.find((r) => r.key === keys.account)!;
  const pair = rows.find((r) => r.key === keys.pair)!;

  let wait = pair.wait;
  // What others do to the account never holds back a browser that has signed in to it before.
  if (!source.deviceId) {
    wait = Math.max(wait, account.wait);
    if (account.count >= ACCOUNT_LOCK.afterFailures) wait = Math.max(wait, account.lockWait);
  }
  if (wait > 0) return wait;

  await countFailure(tx, keys.account, account.count + 1, delaySeconds(account.count + 1, ACCOUNT));
  await countFailure(tx, keys.pair, pair.count + 1, delaySeconds(pair.count + 1, PAIR));
  return 0;
}

async function countFailure(tx: Tx, key: string, count: number, delay: number) {
  await tx.$executeRaw`
    UPDATE "RateLimitBucket"
    SET count = ${count}, "lastFailureAt" = now(), "retryAt" = now() + make_interval(secs => ${delay})
    WHERE key = ${key}`;
}

/** After a right password: the failures before it were not consecutive with anything that follows. */
export async function forgetFailures(tx: Tx, email: string, source: SignInSource): Promise<void> {
  const keys = signInKeys(email, source);
  await tx.rateLimitBucket.deleteMany({ where: { key: { in: [keys.account, keys.pair] } } });
}
