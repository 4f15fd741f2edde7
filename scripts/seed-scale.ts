// A large, realistic data set on a Postgres server for `npm run bench` (decision 0038):
//   npm run seed:scale -- [--schools 300] [--staff 100] [--database harbour_scale]
// The database (default harbour_scale, on TEST_ADMIN_DATABASE_URL's server) is dropped, made and
// migrated, Harbour's reference data added, then schools in trusts of 50 with their staff, two
// closed rounds (submitted self-assessments, over a million ratings at the default size), training
// records, an action plan, an agreed whole-school review and a training plan each, loaded with COPY.
// School 1 is a 1,000-person college and school 2 a 120-person school (the planner's benchmark
// sizes); the rest have --staff people. Every person's password is BENCH_PASSWORD.
// Rows are copied with triggers off (session_replication_role = replica), then the rollups the
// triggers keep are computed in bulk SQL, exactly as the triggers compute them per response:
// 60,000 responses through the per-row trigger would take minutes, the set-based SQL seconds.
import { execFileSync } from "node:child_process";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { PRINCIPLE_KEYS, PRINCIPLES } from "../lib/review/principles";
import { JOB_ROLES, type Tier } from "../lib/tiers";
import type { JobRole } from "../lib/generated/prisma/enums";

export const BENCH_PASSWORD = "harbour-bench-password";
const { values: args } = parseArgs({
  options: {
    schools: { type: "string", default: "300" },
    staff: { type: "string", default: "100" },
    database: { type: "string", default: "harbour_scale" },
  },
});
const SCHOOLS = Number(args.schools);
const STAFF = Number(args.staff);
const NAME = args.database!;
if (!/^[a-z_][a-z0-9_]*$/.test(NAME)) throw new Error("--database: lower-case letters, digits and _ only");
const admin = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const urlFor = (user?: string) => {
  const u = new URL(admin);
  u.pathname = `/${NAME}`;
  if (user) u.username = user;
  return u.toString();
};

// A seeded generator, so two runs make the same data.
let state = 20261205;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

// Roughly DESIGN.md's mix: a fifth Enhanced, a handful Specialist.
const MIX: [JobRole, number][] = [
  ["TEACHER", 0.38],
  ["TEACHING_ASSISTANT", 0.16],
  ["SUPPORT_STAFF", 0.07],
  ["ADMIN", 0.05],
  ["SITE_STAFF", 0.02],
  ["CATERING", 0.03],
  ["MIDDAY_SUPERVISOR", 0.03],
  ["SENIOR_LEADER", 0.03],
  ["FORM_TUTOR", 0.1],
  ["HEAD_OF_YEAR", 0.03],
  ["PASTORAL_LEAD", 0.03],
  ["LEARNING_MENTOR", 0.02],
  ["ELSA", 0.02],
  ["SENCO", 0.01],
  ["DSL", 0.01],
  ["DEPUTY_DSL", 0.01],
];
const jobRole = (): JobRole => {
  let x = random();
  for (const [role, share] of MIX) if ((x -= share) < 0) return role;
  return "TEACHER";
};

/** COPY text format: tab-separated, \N for null, arrays as {a,b}. */
const cell = (v: unknown): string => {
  if (v === null || v === undefined) return "\\N";
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return `{${v.join(",")}}`;
  if (typeof v === "object") return JSON.stringify(v).replace(/\\/g, "\\\\");
  return String(v).replace(/\\/g, "\\\\").replace(/\t/g, " ").replace(/\n/g, " ");
};

type Rows = Iterable<unknown[]>;
const counts: Record<string, number> = {};

async function copy(client: pg.PoolClient, table: string, columns: string[], rows: Rows) {
  const stream = client.query(
    copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`),
  );
  let n = 0;
  function* lines() {
    let chunk: string[] = [];
    for (const row of rows) {
      chunk.push(row.map(cell).join("\t"));
      n++;
      if (chunk.length === 5000) {
        yield chunk.join("\n") + "\n";
        chunk = [];
      }
    }
    if (chunk.length > 0) yield chunk.join("\n") + "\n";
  }
  await pipeline(Readable.from(lines()), stream);
  counts[table] = (counts[table] ?? 0) + n;
}

async function main() {
  const started = performance.now();
  const a = new pg.Client({ connectionString: admin });
  await a.connect();
  await a.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await a.query(`CREATE DATABASE ${NAME}`);
  await a.end();
  const env = { ...process.env, DATABASE_URL: urlFor(), MIGRATION_DATABASE_URL: urlFor() };
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "ignore" });
  // Reference data (default framework, accreditation scheme, starter catalogue) as the seed adds it.
  process.env.DATABASE_URL = process.env.MIGRATION_DATABASE_URL = urlFor();
  const { ownerClient } = await import("../lib/db/owner-client");
  const { createDefaultFramework } = await import("../lib/framework/write");
  const { createDefaultScheme } = await import("../lib/accreditation/write");
  const { ensureStarterCatalogue } = await import("../lib/catalogue/write");
  const { hashPassword } = await import("../lib/auth/hashing");
  const owner = await ownerClient();
  await owner.db.$transaction(
    async (tx) => {
      await createDefaultFramework(tx);
      await createDefaultScheme(tx);
      await ensureStarterCatalogue(tx);
    },
    { timeout: 60_000 },
  );
  await owner.db.$disconnect();
  await owner.close();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const migrated = performance.now();

  const pool = new pg.Pool({ connectionString: urlFor(), max: 1 });
  const db = await pool.connect();
  await db.query("ALTER ROLE harbour_app LOGIN");
  const { rows: versions } = await db.query(
    `SELECT v.id, v."targetTier1", v."targetTier2", v."targetTier3" FROM "FrameworkVersion" v
       JOIN "Framework" f ON f.id = v."frameworkId" WHERE f."schoolId" IS NULL AND f."trustId" IS NULL
      ORDER BY v.number DESC LIMIT 1`,
  );
  const version = versions[0] as {
    id: string;
    targetTier1: number;
    targetTier2: number;
    targetTier3: number;
  };
  const { rows: competencies } = await db.query<{ code: string; tier: Tier }>(
    `SELECT code, tier FROM "Competency" WHERE "versionId" = $1 AND NOT retired ORDER BY position`,
    [version.id],
  );
  const { rows: courses } = await db.query<{
    id: string;
    hoursPerParticipant: number;
    refreshMonths: number | null;
  }>(
    `SELECT id, "hoursPerParticipant", "refreshMonths" FROM "Course" WHERE "schoolId" IS NULL AND "trustId" IS NULL`,
  );

  await db.query("BEGIN");
  await db.query("SET LOCAL session_replication_role = replica");
  const trusts = Math.ceil(SCHOOLS / 50);
  const trustIds = Array.from({ length: trusts }, (_, i) => `scalet${String(i + 1).padStart(4, "0")}`);
  await copy(
    db,
    "Trust",
    ["id", "name", "kind"],
    trustIds.map((id, i) => [id, `Scale Trust ${i + 1}`, "MULTI_ACADEMY_TRUST"]),
  );
  const now = new Date();
  const persons: unknown[][] = [];
  const memberships: unknown[][] = [];
  const schools: unknown[][] = [];
  const rounds: unknown[][] = [];
  const responses: unknown[][] = [];
  const answers: unknown[][] = [];
  const records: unknown[][] = [];
  const seq = { person: 0, membership: 0, response: 0, answer: 0, record: 0 };
  const pid = () => `scalep${(++seq.person).toString(36).padStart(7, "0")}`;
  const ROUND_DATES = [
    {
      title: "Autumn 2025 self-assessment",
      opensAt: "2025-09-15",
      closesAt: "2025-10-17",
      mode: "NAMED",
      lift: 0,
    },
    {
      title: "Spring 2026 self-assessment",
      opensAt: "2026-02-02",
      closesAt: "2026-03-06",
      mode: "CONFIDENTIAL",
      lift: 0.35,
    },
  ];
  const leads: string[] = [];
  // Triggers are off, so rows may go in any order: answers go in batches to keep memory flat.
  const flushAnswers = async () => {
    await copy(
      db,
      "Answer",
      ["id", "responseId", "schoolId", "competencyCode", "rating", "updatedAt"],
      answers,
    );
    answers.length = 0;
  };
  for (let s = 1; s <= SCHOOLS; s++) {
    const schoolId = `scales${String(s).padStart(5, "0")}`;
    const size = s === 1 ? 1000 : s === 2 ? 120 : STAFF;
    const phase = s === 1 ? "COLLEGE" : s % 5 === 0 ? "SECONDARY" : "PRIMARY";
    schools.push([
      schoolId,
      s === 1 ? "Scale College 1" : `Scale School ${s}`,
      String(900000 + s),
      phase,
      trustIds[Math.floor((s - 1) / 50)],
    ]);
    const people: { id: string; jobRole: JobRole; tier: Tier; ability: number }[] = [];
    for (let i = 0; i < size; i++) {
      const id = pid();
      const role = i === 0 ? "SENIOR_MH_LEAD" : i === 1 ? "SENIOR_LEADER" : jobRole();
      const tier = JOB_ROLES[role].defaultTier;
      persons.push([id, `${id}@scale.harbour.test`, `Person ${seq.person}`, passwordHash, now]);
      memberships.push([`m${id}`, id, schoolId, i === 0 ? "LEAD" : i === 1 ? "HEAD" : "STAFF", role, now]);
      people.push({ id, jobRole: role, tier, ability: 1.2 + tier * 0.35 + (random() - 0.5) * 1.6 });
    }
    leads.push(people[0]!.id);
    for (const [ri, r] of ROUND_DATES.entries()) {
      const roundId = `${schoolId}r${ri + 1}`;
      rounds.push([
        roundId,
        schoolId,
        r.title,
        new Date(r.opensAt),
        new Date(r.closesAt),
        version.id,
        "ALL_STAFF",
        [],
        r.mode,
        people[0]!.id,
      ]);
      for (const p of people) {
        if (random() > 0.93) continue;
        const responseId = `${roundId}x${(++seq.response).toString(36)}`;
        const submittedAt = new Date(new Date(r.opensAt).getTime() + random() * 20 * 86400000);
        responses.push([
          responseId,
          roundId,
          schoolId,
          p.id,
          version.id,
          p.jobRole,
          p.tier,
          "SUBMITTED",
          submittedAt,
          `${responseId}:seed`,
          submittedAt,
          submittedAt,
        ]);
        for (const c of competencies) {
          if (c.tier > p.tier) continue;
          const rating = Math.max(
            0,
            Math.min(4, Math.round(p.ability + r.lift - (c.tier - 1) * 0.4 + (random() - 0.5) * 2)),
          );
          answers.push([
            `a${(++seq.answer).toString(36)}`,
            responseId,
            schoolId,
            c.code,
            rating,
            submittedAt,
          ]);
        }
        if (answers.length >= 100_000) await flushAnswers();
      }
    }
    for (const p of people) {
      const n = random() < 0.6 ? 1 : random() < 0.5 ? 2 : 0;
      for (let k = 0; k < n; k++) {
        const course = pick(courses);
        const completedOn = new Date(
          Date.UTC(2024 + Math.floor(random() * 3), Math.floor(random() * 12), 1 + Math.floor(random() * 27)),
        );
        const expiresOn = course.refreshMonths
          ? new Date(
              Date.UTC(
                completedOn.getUTCFullYear(),
                completedOn.getUTCMonth() + course.refreshMonths,
                completedOn.getUTCDate(),
              ),
            )
          : null;
        records.push([
          `rec${(++seq.record).toString(36)}`,
          schoolId,
          p.id,
          course.id,
          completedOn.toISOString().slice(0, 10),
          course.hoursPerParticipant,
          expiresOn?.toISOString().slice(0, 10) ?? null,
          people[0]!.id,
        ]);
      }
    }
  }
  await copy(db, "School", ["id", "name", "urn", "phase", "trustId"], schools);
  await copy(db, "Person", ["id", "email", "name", "passwordHash", "emailVerifiedAt"], persons);
  // One trust leader per trust.
  const leaders = trustIds.map((t) => [
    `${t}lead`,
    `${t}.leader@scale.harbour.test`,
    `Leader of ${t}`,
    passwordHash,
    now,
  ]);
  await copy(db, "Person", ["id", "email", "name", "passwordHash", "emailVerifiedAt"], leaders);
  await copy(db, "Membership", ["id", "personId", "schoolId", "role", "jobRole", "updatedAt"], memberships);
  await copy(
    db,
    "Membership",
    ["id", "personId", "trustId", "role", "updatedAt"],
    trustIds.map((t) => [`m${t}lead`, `${t}lead`, t, "TRUST_LEADER", now]),
  );
  await copy(
    db,
    "Round",
    [
      "id",
      "schoolId",
      "title",
      "opensAt",
      "closesAt",
      "frameworkVersionId",
      "audience",
      "jobRoles",
      "mode",
      "createdById",
    ],
    rounds,
  );
  await copy(
    db,
    "Response",
    [
      "id",
      "roundId",
      "schoolId",
      "personId",
      "frameworkVersionId",
      "jobRole",
      "requiredTier",
      "status",
      "submittedAt",
      "submitKey",
      "createdAt",
      "updatedAt",
    ],
    responses,
  );
  responses.length = 0;
  await flushAnswers();
  await copy(
    db,
    "TrainingRecord",
    ["id", "schoolId", "personId", "courseId", "completedOn", "hours", "expiresOn", "recordedById"],
    records,
  );
  // An action plan (validated by the trust), an agreed review, per school.
  const plans: unknown[][] = [];
  const planVersions: unknown[][] = [];
  const objectives: unknown[][] = [];
  const actions: unknown[][] = [];
  const reviews: unknown[][] = [];
  const agreed: unknown[][] = [];
  schools.forEach(([schoolId], i) => {
    const lead = leads[i]!;
    const planId = `${schoolId}ap`;
    plans.push([planId, schoolId, lead]);
    const trustLead = `${trustIds[Math.floor(i / 50)]}lead`;
    planVersions.push([
      `${planId}v1`,
      planId,
      schoolId,
      1,
      "VALIDATED",
      true,
      lead,
      now,
      trustLead,
      now,
      lead,
      lead,
      now,
    ]);
    PRINCIPLE_KEYS.slice(0, 3).forEach((principle, o) => {
      const objectiveId = `${planId}o${o + 1}`;
      objectives.push([
        objectiveId,
        `${planId}v1`,
        schoolId,
        `o${o + 1}`,
        principle,
        `Objective ${o + 1}`,
        o,
      ]);
      for (let k = 0; k < 2; k++)
        actions.push([
          `${objectiveId}a${k + 1}`,
          `${planId}v1`,
          objectiveId,
          schoolId,
          `o${o + 1}a${k + 1}`,
          k,
          `Action ${k + 1} of objective ${o + 1}`,
          "2026-01-05",
          "2026-07-17",
          pick(["NOT_STARTED", "IN_PROGRESS", "DONE"]),
          "Staff survey shows the change",
        ]);
    });
    const reviewId = `${schoolId}rv`;
    reviews.push([reviewId, schoolId, "AGREED", lead, new Date("2026-01-10"), lead, new Date("2026-01-24")]);
    for (const p of PRINCIPLES)
      for (const st of p.statements)
        agreed.push([
          `${reviewId}${st.key}`,
          reviewId,
          schoolId,
          st.key,
          Math.floor(random() * 4),
          lead,
          now,
        ]);
  });
  await copy(db, "ActionPlan", ["id", "schoolId", "createdById"], plans);
  await copy(
    db,
    "ActionPlanVersion",
    [
      "id",
      "planId",
      "schoolId",
      "number",
      "status",
      "submittedToTrust",
      "submittedById",
      "submittedAt",
      "decidedById",
      "decidedAt",
      "createdById",
      "updatedById",
      "updatedAt",
    ],
    planVersions,
  );
  await copy(
    db,
    "ActionPlanObjective",
    ["id", "versionId", "schoolId", "key", "principleKey", "title", "position"],
    objectives,
  );
  await copy(
    db,
    "ActionPlanAction",
    [
      "id",
      "versionId",
      "objectiveId",
      "schoolId",
      "key",
      "position",
      "title",
      "startOn",
      "dueOn",
      "status",
      "successMeasure",
    ],
    actions,
  );
  await copy(
    db,
    "Review",
    ["id", "schoolId", "status", "startedById", "startedAt", "agreedById", "agreedAt"],
    reviews,
  );
  await copy(
    db,
    "ReviewAgreedRating",
    ["id", "reviewId", "schoolId", "statementKey", "level", "agreedById", "updatedAt"],
    agreed,
  );
  const copied = performance.now();

  // The rollups the triggers keep, for every round at once (the same SQL as round_rollup_apply and
  // round_summary_refresh in migration 20261204150000, set-based).
  await db.query(`
    INSERT INTO "RoundCompetencyRollup" ("roundId", "competencyCode", "schoolId", "domainCode", "domainName",
      statement, tier, "inScope", "withGap", "sumGap")
    SELECT x."roundId", c.code, x."schoolId", c."domainCode", d.name, c.statement, c.tier,
           count(*), count(*) FILTER (WHERE g.gap > 0), coalesce(sum(g.gap), 0)
      FROM "Response" x
      JOIN "FrameworkVersion" v ON v.id = x."frameworkVersionId"
      JOIN "Answer" a ON a."responseId" = x.id
      JOIN "Competency" c ON c."versionId" = v.id AND c.code = a."competencyCode"
      JOIN "FrameworkDomain" d ON d."versionId" = c."versionId" AND d.code = c."domainCode"
      CROSS JOIN LATERAL (SELECT greatest(0, (CASE c.tier WHEN 1 THEN v."targetTier1" WHEN 2 THEN v."targetTier2"
                                               ELSE v."targetTier3" END) - a.rating) AS gap) g
     WHERE x.status = 'SUBMITTED' AND NOT c.retired AND c.tier <= x."requiredTier"
     GROUP BY x."roundId", c.code, x."schoolId", c."domainCode", d.name, c.statement, c.tier`);
  await db.query(`
    WITH per AS (
      SELECT x."roundId", x."schoolId", x."requiredTier", tt.tier,
             count(a.*) AS rated,
             count(a.*) FILTER (WHERE a.rating < (CASE c.tier WHEN 1 THEN v."targetTier1"
                                  WHEN 2 THEN v."targetTier2" ELSE v."targetTier3" END)) AS open
        FROM "Response" x
        JOIN "FrameworkVersion" v ON v.id = x."frameworkVersionId"
        CROSS JOIN generate_series(1, 3) AS tt(tier)
        LEFT JOIN "Competency" c ON c."versionId" = v.id AND NOT c.retired AND c.tier = tt.tier
        LEFT JOIN "Answer" a ON a."responseId" = x.id AND a."competencyCode" = c.code
       WHERE x.status = 'SUBMITTED'
       GROUP BY x.id, x."roundId", x."schoolId", x."requiredTier", tt.tier)
    INSERT INTO "RoundTierRollup" ("roundId", tier, "schoolId", submitted, "coveragePeople", "coverageCovered")
    SELECT "roundId", tier, "schoolId",
           count(*) FILTER (WHERE "requiredTier" = tier),
           count(*) FILTER (WHERE tier <= "requiredTier" AND rated > 0),
           count(*) FILTER (WHERE tier <= "requiredTier" AND rated > 0 AND open = 0)
      FROM per GROUP BY "roundId", tier, "schoolId"`);
  // Who took part (decision 0045), as the response_participation trigger keeps it. The CONFIDENTIAL
  // round's responses keep their person here, in the pre-0045 form the pseudonymise job converts.
  await db.query(`
    INSERT INTO "Participation" (id, "roundId", "schoolId", "personId", "jobRole", "requiredTier", status)
    SELECT gen_random_uuid()::text, "roundId", "schoolId", "personId", "jobRole", "requiredTier", status
      FROM "Response" WHERE "personId" IS NOT NULL`);
  await db.query(`
    INSERT INTO "RoundSummary" ("roundId", "schoolId", asked, submitted)
    SELECT r.id, r."schoolId",
           (SELECT count(*) FROM "Membership" m WHERE m."schoolId" = r."schoolId" AND m."jobRole" IS NOT NULL),
           (SELECT count(*) FROM "Response" x WHERE x."roundId" = r.id AND x.status = 'SUBMITTED')
      FROM "Round" r`);
  // Each submitted response's ratings folded into arrays, as trigger response_fold_ratings does on
  // submit (migration 20261207130000); responses with no answers keep null (read from the answers).
  await db.query(`
    UPDATE "Response" r SET "ratedCodes" = f.codes, "ratedValues" = f.ratings
      FROM (SELECT a."responseId" AS id, array_agg(a."competencyCode" ORDER BY a."competencyCode") AS codes,
                   array_agg(a.rating ORDER BY a."competencyCode") AS ratings
              FROM "Answer" a JOIN "Response" x ON x.id = a."responseId" AND x.status = 'SUBMITTED'
             GROUP BY a."responseId") f
     WHERE r.id = f.id`);
  await db.query("COMMIT");
  await db.query("ANALYZE");

  // A training plan per school: one made by the real planner (school 2, from its confidential
  // round, so its attendees are groups, not people), copied to every other school in bulk.
  const template = "scales00002";
  if (SCHOOLS >= 2) {
    const { generatePlan } = await import("../lib/plans/generate");
    const { generatePlanSchema } = await import("../lib/plans/schemas");
    const { solverPool } = await import("../lib/plans/solver-pool");
    await generatePlan(
      {
        kind: "school",
        personId: leads[1]!,
        schoolId: template,
        schoolName: "Scale School 2",
        role: "LEAD",
        trustId: null,
      },
      generatePlanSchema.parse({
        roundId: `${template}r2`,
        title: "Training plan 2026-27",
        budgetPounds: 6000,
        hoursPerPersonPerYear: 6,
        inSchoolSessions: 6,
      }),
    );
    await solverPool().close();
    const others = `FROM "School" s JOIN "Membership" m ON m."schoolId" = s.id AND m.role = 'LEAD' WHERE s.id <> '${template}'`;
    await db.query("BEGIN");
    await db.query("SET LOCAL session_replication_role = replica");
    await db.query(`INSERT INTO "TrainingPlan" (id, "schoolId", "roundId", title, "createdById")
      SELECT s.id || 'tp', s.id, s.id || 'r2', p.title, m."personId"
      ${others.replace("WHERE", `CROSS JOIN (SELECT * FROM "TrainingPlan" WHERE "schoolId" = '${template}') p WHERE`)}`);
    await db.query(`INSERT INTO "PlanVersion" (id, "planId", "schoolId", number, status, limits, method, "optimalityGap", summary, "createdById")
      SELECT s.id || 'tpv1', s.id || 'tp', s.id, 1, v.status, v.limits, v.method, v."optimalityGap", v.summary, m."personId"
      ${others.replace("WHERE", `CROSS JOIN (SELECT * FROM "PlanVersion" WHERE "schoolId" = '${template}') v WHERE`)}`);
    await db.query(`INSERT INTO "PlanItem" (id, "planVersionId", "schoolId", "courseId", term, sessions, "costPence", hours, why, closes)
      SELECT s.id || i.id, s.id || 'tpv1', s.id, i."courseId", i.term, i.sessions, i."costPence", i.hours, i.why, i.closes
      ${others.replace("WHERE", `CROSS JOIN (SELECT * FROM "PlanItem" WHERE "schoolId" = '${template}') i WHERE`)}`);
    await db.query(`INSERT INTO "PlanAttendee" (id, "planItemId", "schoolId", "groupKey", count)
      SELECT s.id || a.id, s.id || a."planItemId", s.id, a."groupKey", a.count
      ${others.replace("WHERE", `CROSS JOIN (SELECT * FROM "PlanAttendee" WHERE "schoolId" = '${template}' AND "personId" IS NULL) a WHERE`)}`);
    await db.query("COMMIT");
    for (const t of ["TrainingPlan", "PlanVersion", "PlanItem", "PlanAttendee"])
      counts[t] = Number((await db.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
  }
  const done = performance.now();
  db.release();
  await pool.end();
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `seed:scale into ${NAME}: ${SCHOOLS} schools (${STAFF} staff each; a 1,000-person college and a 120-person school), ${trusts} trusts`,
  );
  for (const [table, n] of Object.entries(counts))
    console.log(`  ${table.padEnd(22)} ${n.toLocaleString("en-GB")}`);
  console.log(
    `  migrate + reference ${s(migrated - started)}, COPY ${s(copied - migrated)}, rollups + analyse ${s(done - copied)}, total ${s(done - started)}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
