// Prints how long a roster import of 500, 1,000 and 2,000 rows takes (the documented limit is
// 2,000; colleges have 1,000 staff). Each size goes into a new school with a few members and live
// invitations already there, so the clash checks have something to find. Uses a throwaway database
// on the Postgres server, connected as the app role (row-level security on), like the app.
// Run: npx tsx --conditions=react-server scripts/bench-roster-import.ts
import { execFileSync } from "node:child_process";
import pg from "pg";

const admin = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `harbour_bench_roster_${process.pid}`;
const urlFor = (user?: string) => {
  const u = new URL(admin);
  u.pathname = `/${name}`;
  if (user) u.username = user;
  return u.toString();
};

async function adminQuery(sql: string) {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(sql);
  await c.end();
}

const SIZES = [500, 1000, 2000];
const JOBS = ["TEACHER", "Teaching assistant", "FORM_TUTOR", "ADMIN", "SENCO"];

function rosterCsv(rows: number): string {
  const lines = ["email,name,job_role"];
  for (let i = 0; i < rows; i++)
    lines.push(`staff${i}@college.example,Staff Member ${i},${JOBS[i % JOBS.length]}`);
  return lines.join("\r\n") + "\r\n";
}

async function main() {
  await adminQuery(`CREATE DATABASE ${name}`);
  try {
    const env = { ...process.env, DATABASE_URL: urlFor(), MIGRATION_DATABASE_URL: urlFor() };
    execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "ignore" });
    await adminQuery("ALTER ROLE harbour_app LOGIN");
    process.env.DATABASE_URL = urlFor("harbour_app");
    process.env.NEXTAUTH_SECRET = "bench-secret-bench-secret-bench-secret-0000";
    process.env.LOG_LEVEL = "silent";
    delete process.env.SMTP_URL;
    const { importRoster } = await import("../lib/people/queries");
    const owner = new pg.Client({ connectionString: urlFor() });
    await owner.connect();
    for (const size of SIZES) {
      const schoolId = `bench-school-${size}`;
      await owner.query(`INSERT INTO "School" (id, name, urn, phase) VALUES ($1, $2, $3, 'SECONDARY')`, [
        schoolId,
        `College ${size}`,
        String(900000 + size),
      ]);
      const leadId = `bench-lead-${size}`;
      await owner.query(`INSERT INTO "Person" (id, email, name) VALUES ($1, $2, 'Lead')`, [
        leadId,
        `lead-${size}@college.example`,
      ]);
      await owner.query(
        `INSERT INTO "Membership" (id, "personId", "schoolId", role, "jobRole", "updatedAt") VALUES ($1, $2, $3, 'LEAD', 'SENIOR_MH_LEAD', now())`,
        [`m-${leadId}`, leadId, schoolId],
      );
      const ctx = {
        kind: "school" as const,
        personId: leadId,
        schoolId,
        schoolName: `College ${size}`,
        role: "LEAD" as const,
        trustId: null,
      };
      const csv = rosterCsv(size);
      const start = performance.now();
      let outcome: string;
      try {
        const result = await importRoster(ctx, csv);
        outcome =
          result.problems.length > 0
            ? `refused: ${result.problems[0]!.message}`
            : `${result.imported} invitations`;
      } catch (error) {
        outcome = `FAILED: ${(error as Error).message.split("\n").filter(Boolean).slice(-1)[0]}`;
      }
      const ms = performance.now() - start;
      console.log(
        `${String(size).padStart(5)} rows  ${(ms / 1000).toFixed(2).padStart(6)} s  ${outcome}  (${(Buffer.byteLength(csv) / 1024).toFixed(0)} KB)`,
      );
    }
    await owner.end();
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
