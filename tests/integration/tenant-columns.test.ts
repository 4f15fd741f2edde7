// Ready for a distributed Postgres (docs/scaling.md): read from the migrated schema in Postgres' own
// catalog, every table either carries its tenant (schoolId or trustId) or is listed here with a
// reason, and every unique index of a tenant table includes the tenant column, or follows one of the
// rules below, or is listed with a reason. A new table or index that fits none of these fails.
import { describe, expect, it } from "vitest";
import { ownerDb } from "./support/fixtures";

const TENANT_COLUMNS = ["schoolId", "trustId"];

/** Tables with no tenant column, and why (docs/scaling.md says where each goes on Citus). */
const NOT_TENANT_TABLES: Record<string, string> = {
  _prisma_migrations: "Prisma's migration history: one per database.",
  School: "The school tenant itself: its id is every school row's schoolId (distribution column id).",
  Trust: "The trust tenant itself: its id is every trust row's trustId.",
  Person:
    "A person can belong to several schools and a trust, and signs in before any school is known: a reference table.",
  Operator: "The instance's operators, who see no school data.",
  RegisterSchool: "The public register of schools in England (GIAS): a reference table.",
  CourseOutcome:
    "What a course teaches, keyed by the course; it follows Course (school, trust or Harbour's starter).",
  PasswordReset: "A person's reset link, used before sign-in, when no school is known.",
  // Two-step sign-in (decision 0040): a person's own factors, used at sign-in before any school is known.
  TwoFactor: "A person's authenticator secret, used at sign-in, when no school is known.",
  RecoveryCode: "A person's single-use recovery codes (hashed), used at sign-in.",
  Passkey: "A person's passkeys, used at sign-in, across all their schools.",
  PasskeyChallenge: "A single-use sign-in challenge, issued before anyone is known.",
  ReminderChannel: "A person's own choice about reminder mail, across all their schools.",
  RateLimitBucket: "Hashed keys and counters; no school data.",
  JobRun: "A job's name, times and outcome; no school data.",
  MailOutcome: "A mail kind and its outcome; no school data.",
};

/** Unique indexes of tenant tables without the tenant column that no rule below covers, and why. */
const UNIQUE_WITHOUT_TENANT: Record<string, string> = {
  Framework_one_global_default: "Harbour's one default framework has neither a school nor a trust.",
  AccreditationScheme_global_version_key: "Harbour's own scheme versions have no trust.",
  Course_starterKey_key: "Harbour's starter courses, copied into schools by key; they have no tenant.",
  SchoolEmailDomain_pkey: "An email domain names at most one school: sign-in finds the school from it.",
  Invitation_tokenHash_key: "An invitation is opened from its link, before the school is known.",
  SchoolRequest_tokenHash_key: "A request to join is confirmed from its link, before the school is known.",
  ActionPlanFeed_tokenHash_key: "A calendar feed is read from its secret address, with no session.",
  ActionPlanValidator_tokenHash_key: "A validator opens their link with no session.",
  AccreditationVisitAssessor_tokenHash_key:
    "A visit assessor opens their link with no session (decision 0042).",
  Response_submitKey_key: "A submit's idempotency key, made by the browser; on Citus (schoolId, submitKey).",
  EvidenceItem_fileKey_key: "The stored file's key, generated once; on Citus (schoolId, fileKey).",
  ReminderSent_kind_subjectId_personId_stage_key:
    "One reminder per subject, person and stage; the subject (round, plan) belongs to the school.",
};

type Table = { table: string; columns: string[] };
type UniqueIndex = { table: string; name: string; primary: boolean; columns: string[] };
type ForeignKey = { table: string; columns: string[]; references: string };

async function catalog() {
  const db = ownerDb();
  const tables = await db.$queryRaw<Table[]>`
    SELECT c.relname::text AS "table", array_agg(a.attname::text ORDER BY a.attnum) AS columns
    FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace
    GROUP BY c.relname`;
  const indexes = await db.$queryRaw<UniqueIndex[]>`
    SELECT c.relname::text AS "table", i.relname::text AS name, x.indisprimary AS primary,
      coalesce(array_agg(a.attname::text ORDER BY k.ord) FILTER (WHERE a.attname IS NOT NULL), '{}') AS columns
    FROM pg_index x
      JOIN pg_class c ON c.oid = x.indrelid
      JOIN pg_class i ON i.oid = x.indexrelid
      LEFT JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
      LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
    WHERE x.indisunique AND c.relnamespace = 'public'::regnamespace
    GROUP BY c.relname, i.relname, x.indisprimary`;
  const foreignKeys = await db.$queryRaw<ForeignKey[]>`
    SELECT c.relname::text AS "table", r.relname::text AS "references",
      array_agg(a.attname::text ORDER BY k.ord) AS columns
    FROM pg_constraint f
      JOIN pg_class c ON c.oid = f.conrelid
      JOIN pg_class r ON r.oid = f.confrelid
      JOIN LATERAL unnest(f.conkey) WITH ORDINALITY AS k(attnum, ord) ON true
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
    WHERE f.contype = 'f' AND c.relnamespace = 'public'::regnamespace
    GROUP BY f.oid, c.relname, r.relname`;
  return { tables, indexes, foreignKeys };
}

const tenantOf = (t: Table) => TENANT_COLUMNS.filter((c) => t.columns.includes(c));

describe("tenant columns, read from the migrated schema", () => {
  it("every table carries schoolId or trustId, or is listed with a reason", async () => {
    const { tables } = await catalog();
    expect(tables.length).toBeGreaterThan(40);
    const unlisted = tables.filter((t) => tenantOf(t).length === 0 && !(t.table in NOT_TENANT_TABLES));
    expect(unlisted.map((t) => t.table)).toEqual([]);
    // A listed table that gained a tenant column (or was dropped) must leave the list.
    const names = new Map(tables.map((t) => [t.table, t]));
    const stale = Object.keys(NOT_TENANT_TABLES).filter((n) => {
      const t = names.get(n);
      return !t || (tenantOf(t).length > 0 && n !== "School");
    });
    expect(stale).toEqual([]);
  });

  it("every unique index of a tenant table includes its tenant column, or says why not", async () => {
    const { tables, indexes, foreignKeys } = await catalog();
    const byName = new Map(tables.map((t) => [t.table, t]));
    const isTenant = (name: string) => !(name in NOT_TENANT_TABLES) && tenantOf(byName.get(name)!).length > 0;
    const problems: string[] = [];
    const used = new Set<string>();
    for (const index of indexes) {
      if (!isTenant(index.table)) continue;
      const tenant = tenantOf(byName.get(index.table)!);
      if (index.columns.some((c) => tenant.includes(c))) continue;
      // Rule 1: a primary key on a generated id (cuid). On Citus it becomes (tenant, id).
      if (index.primary && index.columns.length === 1 && index.columns[0] === "id") continue;
      // Rule 2: unique within a parent row (its first column is a foreign key to a tenant table
      // with the same tenant column): the rows are one tenant's already; on Citus the tenant column
      // is put in front and the tables are co-located.
      const parent = foreignKeys.find(
        (f) => f.table === index.table && f.columns.length === 1 && f.columns[0] === index.columns[0],
      );
      if (parent && isTenant(parent.references)) {
        const parentTenant = tenantOf(byName.get(parent.references)!);
        if (tenant.some((c) => parentTenant.includes(c))) continue;
      }
      if (index.name in UNIQUE_WITHOUT_TENANT) {
        used.add(index.name);
        continue;
      }
      problems.push(`${index.table}.${index.name} (${index.columns.join(", ")})`);
    }
    expect(problems).toEqual([]);
    // Every exception still exists and is still needed.
    expect(Object.keys(UNIQUE_WITHOUT_TENANT).filter((n) => !used.has(n))).toEqual([]);
  });

  it("a table that belongs to schools alone never leaves schoolId empty", async () => {
    const { tables } = await catalog();
    const nullable = await ownerDb().$queryRaw<{ table: string }[]>`
      SELECT table_name::text AS "table" FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'schoolId' AND is_nullable = 'YES'`;
    const mayBeNull = new Set(nullable.map((r) => r.table));
    const schoolOnly = tables.filter(
      (t) => !(t.table in NOT_TENANT_TABLES) && tenantOf(t).join() === "schoolId",
    );
    expect(schoolOnly.length).toBeGreaterThan(30);
    // A request to join is made before its school exists; the school is set when it is approved.
    const allowed = new Set(["SchoolRequest"]);
    expect(
      schoolOnly.filter((t) => mayBeNull.has(t.table) && !allowed.has(t.table)).map((t) => t.table),
    ).toEqual([]);
  });
});
