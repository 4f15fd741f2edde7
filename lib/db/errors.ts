// Failures that say the database cannot serve just now (at capacity, restarting, unreachable), as
// opposed to a request that is wrong: callers answer "busy, try again" and keep what they hold
// (autosave's 503, decision 0038; a session that could not be checked, decision 0043).

const TRANSIENT = new Set([
  // The database server is restarting or cannot be reached (issue 13, decision 0043): pg's own errors
  // on the fast path, which Prisma would have turned into P1001 / P1017.
  "ECONNREFUSED",
  "ECONNRESET",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08006",
  "P1001",
  "P1008",
  "P1017",
  "P2024",
  "P2028",
  "P2037",
  "57014",
  "55P03",
  "53300",
  "40001",
  "40P01",
]);

/** A failure that says the database is at capacity or away just now, not that the request is wrong. */
export function isOverload(error: unknown): boolean {
  const e = error as {
    code?: unknown;
    cause?: { originalCode?: unknown; code?: unknown };
    message?: unknown;
  };
  const codes = [e?.code, e?.cause?.originalCode, e?.cause?.code].filter((c) => typeof c === "string");
  if (codes.some((c) => TRANSIENT.has(c as string))) return true;
  return (
    typeof e?.message === "string" &&
    /timeout|timed out|too many (clients|connections)|connection terminated/i.test(e.message)
  );
}
