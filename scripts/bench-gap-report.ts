// A school's gap report at 100, 1,000 and 3,000 staff: Harbour's own path (gapReport, as the lead's
// request runs it: permission check, row-level security as the app role, the previous round for
// the change column, the disclosure core, one page of people) against the bare SQL giving the same
// per-competency figures (one aggregate over the round's answers, in the same RLS scope). Checks
// that both give the same figures, then prints p50/p95 and their ratio (and JSON with --json).
// Each school has two closed NAMED rounds (the report compares with the earlier one).
// Run: npm run bench:gap-report [-- 100,1000,3000] [-- --json]
// h5's `npm run bench` can import `benchGapReport` and call it with its own owner connection.
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { run, withBenchDatabase } from "./bench-database";

const sizesArg = process.argv.slice(2).find((a) => /^\d+(,\d+)*$/.test(a));
const SIZES = sizesArg ? sizesArg.split(",").map(Number) : [100, 1000, 3000];
const JSON_OUT = process.argv.includes("--json");
const JOBS = ["TEACHER", "TEACHER", "TEACHING_ASSISTANT", "TEACHER", "FORM_TUTOR", "SUPPORT_STAFF", "SENCO"];
const TIER: Record<string, number> = {
  TEACHER: 1,
  TEACHING_ASSISTANT: 1,
  SUPPORT_STAFF: 1,
  FORM_TUTOR: 2,
  SENCO: 3,
};

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** A school of `staff` people with two closed NAMED rounds, all of them submitted, written in bulk. */
async function seedSchool(owner: pg.Client, staff: number) {
  const { adoptFramework } = await import("../lib/framework/queries");
  const schoolId = `bench-gaps-${staff}`;
  await owner.query(`INSERT INTO "School" (id, name, urn, phase) VALUES ($1, $2, $3, 'SECONDARY')`, [
    schoolId,
    `School of ${staff}`,
    String(800000 + staff),
  ]);
  const leadId = `${schoolId}-lead`;
  await owner.query(`INSERT INTO "Person" (id, email, name) VALUES ($1, $2, 'Lead')`, [
    leadId,
    `${leadId}@bench.example`,
  ]);
  await owner.query(
    `INSERT INTO "Membership" (id, "personId", "schoolId", role, "jobRole", "updatedAt") VALUES ($1, $2, $3, 'LEAD', 'SENIOR_MH_LEAD', now())`,
    [`m-${leadId}`, leadId, schoolId],
  );
  const ctx = {
    kind: "school" as const,
    personId: leadId,
    schoolId,
    schoolName: `School of ${staff}`,
    role: "LEAD" as const,
    trustId: null,
  };
  await adoptFramework(ctx);
  const { rows: versions } = await owner.query<{ id: string }>(
    `SELECT v.id FROM "FrameworkVersion" v JOIN "Framework" f ON f.id = v."frameworkId" WHERE f."schoolId" = $1 ORDER BY v.number DESC LIMIT 1`,
    [schoolId],
  );
  const versionId = versions[0]!.id;
  await owner.query(
    `INSERT INTO "Person" (id, email, name) SELECT $1 || '-p' || i, $1 || '-p' || i || '@bench.example', 'Staff ' || lpad(i::text, 5, '0') FROM generate_series(1, $2) i`,
    [schoolId, staff],
  );
  await owner.query(
    `INSERT INTO "Membership" (id, "personId", "schoolId", role, "jobRole", "updatedAt")
     SELECT $1 || '-m' || i, $1 || '-p' || i, $1, 'STAFF', ($3::text[])[1 + i % array_length($3::text[], 1)]::"JobRole", now()
     FROM generate_series(1, $2) i`,
    [schoolId, staff, JOBS],
  );
  const rounds: string[] = [];
  for (const [n, days] of [
    [1, 200],
    [2, 30],
  ] as const) {
    const roundId = `${schoolId}-round${n}`;
    rounds.push(roundId);
    await owner.query(
      `INSERT INTO "Round" (id, "schoolId", title, "opensAt", "closesAt", "closedAt", "frameworkVersionId", audience, "jobRoles", mode, "createdById")
       VALUES ($1, $2, $3, now() - make_interval(days => $4::int), now() - make_interval(days => $4::int - 14),
         now() - make_interval(days => $4::int - 14), $5, 'ALL_STAFF', '{}', 'NAMED', $6)`,
      [roundId, schoolId, `Round ${n}`, days, versionId, leadId],
    );
    // Written with triggers off (as a restore would), then the rollups made once, as the rollup
    // migration does: row by row, each submit refreshes its round's summary by counting the round.
    await owner.query("SET session_replication_role = replica");
    await owner.query(
      `INSERT INTO "Response" (id, "roundId", "schoolId", "personId", "frameworkVersionId", "jobRole", "requiredTier", "updatedAt")
       SELECT $1 || '-r' || m."personId", $1, $2, m."personId", $3, m."jobRole", (($4::jsonb) ->> m."jobRole"::text)::int, now()
       FROM "Membership" m WHERE m."schoolId" = $2 AND m.role = 'STAFF'`,
      [roundId, schoolId, versionId, JSON.stringify(TIER)],
    );
    // Ratings 0..4, varied by person, competency and round; only competencies in the person's scope.
    await owner.query(
      `INSERT INTO "Answer" (id, "responseId", "schoolId", "competencyCode", rating, "updatedAt")
       SELECT r.id || '-' || c.code, r.id, $2, c.code, abs(hashtext(r.id || c.code)) % 5, now()
       FROM "Response" r JOIN "Competency" c ON c."versionId" = $3 AND NOT c.retired AND c.tier <= r."requiredTier"
       WHERE r."roundId" = $1`,
      [roundId, schoolId, versionId],
    );
    await owner.query(
      `UPDATE "Response" SET status = 'SUBMITTED', "submittedAt" = now() WHERE "roundId" = $1`,
      [roundId],
    );
    // The ratings folded on submit (trigger response_fold_ratings, migration 20261207130000), set-based.
    await owner.query(
      `UPDATE "Response" r SET "ratedCodes" = f.codes, "ratedValues" = f.ratings
      FROM (SELECT a."responseId" AS id, array_agg(a."competencyCode" ORDER BY a."competencyCode") AS codes,
                   array_agg(a.rating ORDER BY a."competencyCode") AS ratings
              FROM "Answer" a JOIN "Response" x ON x.id = a."responseId" AND x.status = 'SUBMITTED' AND x."roundId" = $1
             GROUP BY a."responseId") f
     WHERE r.id = f.id`,
      [roundId],
    );
    await owner.query("SET session_replication_role = DEFAULT");
    await owner.query("SELECT set_config('app.school_id', $1, false)", [schoolId]);
    await owner.query(`SELECT round_rollup_apply(r, 1) FROM "Response" r WHERE r."roundId" = $1`, [roundId]);
    await owner.query("SELECT round_summary_refresh($1)", [roundId]);
  }
  return { ctx, roundId: rounds[1]! };
}

type Figures = Map<string, { inScope: number; withGap: number; totalGap: number }>;

/** The bare SQL: one aggregate giving each competency's in_scope, with_gap and total_gap (DESIGN.md). */
const TARGET = `(CASE c.tier WHEN 1 THEN v."targetTier1" WHEN 2 THEN v."targetTier2" ELSE v."targetTier3" END)`;
const BARE = `
  SELECT a."competencyCode" AS code, count(*)::int AS "inScope",
    count(*) FILTER (WHERE a.rating < ${TARGET})::int AS "withGap",
    sum(greatest(0, ${TARGET} - a.rating))::int AS "totalGap"
  FROM "Response" r
    JOIN "Round" ro ON ro.id = r."roundId"
    JOIN "FrameworkVersion" v ON v.id = ro."frameworkVersionId"
    JOIN "Answer" a ON a."responseId" = r.id
    JOIN "Competency" c ON c."versionId" = ro."frameworkVersionId" AND c.code = a."competencyCode" AND NOT c.retired
  WHERE r."roundId" = $1 AND r.status = 'SUBMITTED' AND c.tier <= r."requiredTier"
  GROUP BY a."competencyCode"`;

type Row = {
  operation: string;
  staff: number;
  seedMs: number;
  people: unknown;
  harbour: { p50: number; p95: number };
  sql: { p50: number; p95: number };
  ratioP50: number;
};

export async function benchGapReport(
  owner: pg.Client,
  sizes = SIZES,
  onRow?: (row: Row) => void,
  repeat = (n: number) => (n >= 3000 ? 8 : 15),
) {
  const { gapReport } = await import("../lib/gaps/queries");
  const { withScope } = await import("../lib/db/scope");
  const out: Row[] = [];
  for (const staff of sizes) {
    const t = performance.now();
    const { ctx, roundId } = await seedSchool(owner, staff);
    const seedMs = performance.now() - t;
    if (!JSON_OUT) console.error(`${staff} staff seeded in ${seedMs.toFixed(0)} ms`);
    const bare = () =>
      withScope({ schoolId: ctx.schoolId, personId: ctx.personId }, (tx) =>
        tx.$queryRawUnsafe<{ code: string; inScope: number; withGap: number; totalGap: number }[]>(
          BARE,
          roundId,
        ),
      );
    // Same figures both ways, or the comparison means nothing.
    const report = await gapReport(ctx, roundId);
    const expected: Figures = new Map((await bare()).map((r) => [r.code, r]));
    for (const row of report.publication!.rows) {
      const e = expected.get(row.code) ?? { inScope: 0, withGap: 0, totalGap: 0 };
      if (row.inScope !== e.inScope || row.withGap !== e.withGap || row.totalGap !== e.totalGap)
        throw new Error(
          `${staff} staff: ${row.code} differs: Harbour ${JSON.stringify(row)}, SQL ${JSON.stringify(e)}`,
        );
    }
    const times = async (work: () => Promise<unknown>) => {
      await work();
      const ms: number[] = [];
      for (let i = 0; i < repeat(staff); i++) {
        const s = performance.now();
        await work();
        ms.push(performance.now() - s);
      }
      return { p50: quantile(ms, 0.5), p95: quantile(ms, 0.95) };
    };
    const harbour = await times(() => gapReport(ctx, roundId));
    const sql = await times(bare);
    const row = {
      operation: `gap report, ${staff} staff`,
      staff,
      seedMs,
      people: report.peoplePage,
      harbour,
      sql,
      ratioP50: harbour.p50 / sql.p50,
    };
    out.push(row);
    onRow?.(row);
  }
  return out;
}

async function main() {
  await withBenchDatabase("harbour_bench_gaps", async (owner) => {
    if (!JSON_OUT)
      console.log(
        "operation                     Harbour p50   p95        bare SQL p50   p95       ratio (p50)",
      );
    // Each size is printed as soon as it is measured.
    const rows = await benchGapReport(owner, SIZES, (r) => {
      if (JSON_OUT) return;
      console.log(
        [
          r.operation.padEnd(28),
          `${r.harbour.p50.toFixed(1).padStart(8)} ms`,
          `${r.harbour.p95.toFixed(1).padStart(8)} ms`,
          `${r.sql.p50.toFixed(1).padStart(10)} ms`,
          `${r.sql.p95.toFixed(1).padStart(8)} ms`,
          `${r.ratioP50.toFixed(1).padStart(8)}x`,
        ].join("  "),
      );
    });
    if (JSON_OUT) console.log(JSON.stringify(rows, null, 2));
  });
}

if (process.argv[1]?.endsWith("bench-gap-report.ts")) run(main);
