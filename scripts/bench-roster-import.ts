// Prints how long a roster import of 500, 1,000 and 2,000 rows takes (the documented limit is
// 2,000; colleges have 1,000 staff). Each size goes into a new school with a few members and live
// invitations already there, so the clash checks have something to find. Uses a throwaway database
// on the Postgres server, connected as the app role (row-level security on), like the app.
// Run: npx tsx --conditions=react-server scripts/bench-roster-import.ts
import { run, withBenchDatabase } from "./bench-database";

const SIZES = [500, 1000, 2000];
const JOBS = ["TEACHER", "Teaching assistant", "FORM_TUTOR", "ADMIN", "SENCO"];

function rosterCsv(rows: number): string {
  const lines = ["email,name,job_role"];
  for (let i = 0; i < rows; i++)
    lines.push(`staff${i}@college.example,Staff Member ${i},${JOBS[i % JOBS.length]}`);
  return lines.join("\r\n") + "\r\n";
}

async function main() {
  await withBenchDatabase("harbour_bench_roster", async (owner) => {
    const { importRoster } = await import("../lib/people/queries");
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
  });
}

run(main);
