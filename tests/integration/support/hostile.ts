// Hostile input for the fast-check tests of every server action and route handler (issue 13):
// wrong types, missing and extra fields, injection strings, huge and odd values, polluted keys.
import fc from "fast-check";

/** Cases per action in CI; a nightly script raises it (npm run test:hostile:nightly). */
export const NUM_RUNS = Number(process.env.HOSTILE_RUNS ?? 1000);
/** Cases per route handler, the same 1,000 in CI (HOSTILE_ROUTE_RUNS sets it alone). */
export const ROUTE_RUNS = Number(process.env.HOSTILE_ROUTE_RUNS ?? NUM_RUNS);

const INJECTIONS = [
  "' OR '1'='1",
  '\'; DROP TABLE "Person"; --',
  '" OR ""="',
  "1; SELECT pg_sleep(5)",
  "$1",
  "%00",
  "\u0000",
  "\\",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "../../etc/passwd",
  "${process.exit()}",
  "{{7*7}}",
  "\u202e\u0645\u0631\u062d\u0628\u0627",
  "\ud83d\ude00".repeat(50),
  "\ud800",
  "x".repeat(100_000),
  "2026-02-30",
  "9999-12-31T23:59:59Z",
  "-1",
  "1e309",
  "NaN",
  "",
  " ",
];

const FIELD_NAMES = [
  "id",
  "roundId",
  "personId",
  "schoolId",
  "trustId",
  "versionId",
  "planId",
  "itemId",
  "courseId",
  "title",
  "name",
  "email",
  "password",
  "token",
  "years",
  "rating",
  "comment",
  "note",
  "answers",
  "tiers",
  "competencyCode",
  "code",
  "status",
  "mode",
  "opensAt",
  "closesAt",
  "frameworkVersionId",
  "submitKey",
  "text",
  "csv",
  "file",
  "content",
  "role",
  "jobRole",
  "hours",
  "completedOn",
  "reason",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
];

export const hostileString = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(...INJECTIONS).map((s) => `valid-looking ${s}`),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    fc.constantFrom(
      null,
      undefined,
      true,
      false,
      0,
      -0,
      -1,
      1.5,
      NaN,
      Infinity,
      -Infinity,
      2 ** 53,
      -(2 ** 31),
    ),
    fc.integer(),
    fc.double(),
    fc.date({ noInvalidDate: false }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...FIELD_NAMES), tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** An action's raw input: usually an object with plausible field names, sometimes anything at all. */
export const hostileInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.dictionary(fc.constantFrom(...FIELD_NAMES), hostileValue, { maxKeys: 8 }) },
  { weight: 1, arbitrary: hostileValue },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

/** A tenant id from the URL: mostly the real one, sometimes hostile. */
export const hostileTenantId = (real: string) =>
  fc.oneof({ weight: 19, arbitrary: fc.constant(real as unknown) }, { weight: 1, arbitrary: hostileValue });

const CODES = new Set([
  "invalid",
  "signed_out",
  "not_found",
  "forbidden",
  "conflict",
  "stale",
  "busy",
  "rate_limited",
]);

/**
 * The one result shape, with a clear message: never "unexpected" (our 500), never a stack, a
 * database error or raw exception text shown to a person.
 */
export function assertCleanResult(result: unknown, label: string): { ok: boolean } {
  if (typeof result !== "object" || result === null)
    throw new Error(`${label}: not a result: ${String(result)}`);
  const r = result as { ok?: unknown; code?: unknown; message?: unknown; data?: unknown };
  if (r.ok === true) return { ok: true };
  if (r.ok !== false) throw new Error(`${label}: no ok flag: ${JSON.stringify(result)}`);
  if (typeof r.code !== "string" || !CODES.has(r.code))
    throw new Error(`${label}: code ${String(r.code)}: ${JSON.stringify(result).slice(0, 500)}`);
  if (typeof r.message !== "string" || r.message.trim().length < 5)
    throw new Error(`${label}: no clear message: ${JSON.stringify(result).slice(0, 500)}`);
  if (
    /prisma|postgres|invalid input syntax|\bat \S+\.(ts|js):\d+|TypeError|ReferenceError|undefined is not/i.test(
      r.message,
    )
  )
    throw new Error(`${label}: raw error text shown: ${r.message.slice(0, 300)}`);
  return { ok: false };
}
