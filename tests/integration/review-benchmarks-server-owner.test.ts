// The benchmark function on a server where the migrations' owner is NOT a superuser: the rollup is
// not FORCEd, so its owner (and so the SECURITY DEFINER function) still reads every school's rows
// while the app reads none. Migrates a database of its own as such an owner.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, urlFor } from "./support/databases";

const owner = `harbour_owner_${process.pid}`;
const database = `harbour_owner_db_${process.pid}`;

async function as<T>(user: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor(database, user) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** One school's transaction as the app: replace its rollup rows as closing a review does. */
const writeAs = (schoolId: string, score: number) =>
  as("harbour_app", async (c) => {
    await c.query("BEGIN");
    await c.query("SELECT set_config('app.school_id', $1, true)", [schoolId]);
    await c.query(`DELETE FROM "ReviewBenchmark"`);
    await c.query(`INSERT INTO "ReviewBenchmark" VALUES ($1, 'leadership', $2, now())`, [schoolId, score]);
    await c.query("COMMIT");
  });

beforeAll(async () => {
  await admin(async (c) => {
    await c.query(`CREATE ROLE ${owner} LOGIN NOSUPERUSER NOBYPASSRLS`);
    await c.query(`CREATE DATABASE ${database} OWNER ${owner}`);
  });
  await as("postgres", (c) => c.query(`ALTER SCHEMA public OWNER TO ${owner}`));
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: {
      ...process.env,
      DATABASE_URL: urlFor(database, owner),
      MIGRATION_DATABASE_URL: urlFor(database, owner),
    },
    stdio: "pipe",
  });
  await as("postgres", async (c) => {
    await c.query(`INSERT INTO "Trust" (id, name, kind) VALUES ('t1', 'Trust', 'MULTI_ACADEMY_TRUST')`);
    await c.query(`INSERT INTO "School" (id, name, urn, phase, "trustId")
      VALUES ('s1', 'A', '100001', 'PRIMARY', 't1'), ('s2', 'B', '100002', 'PRIMARY', 't1')`);
  });
}, 120_000);

afterAll(async () => {
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await c.query(`DROP ROLE IF EXISTS ${owner}`);
  });
});

describe("review benchmarks with an owner that is not a superuser", () => {
  it("counts every school's row through the function and shows the app none", async () => {
    const [role] = await as(
      owner,
      async (c) => (await c.query("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).rows,
    );
    expect(role).toEqual({ rolsuper: false });
    await writeAs("s1", 1);
    await writeAs("s2", 3);
    const rows = await as("harbour_app", async (c) => {
      await c.query("BEGIN");
      await c.query("SELECT set_config('app.school_id', 's1', true)");
      const result = await c.query(`SELECT * FROM review_benchmarks() ORDER BY "groupKind"`);
      await c.query("COMMIT");
      return result.rows;
    });
    expect(rows).toEqual([
      { principleKey: "leadership", groupKind: "all", schools: 2, mean: 2 },
      { principleKey: "leadership", groupKind: "trust", schools: 2, mean: 2 },
    ]);
    await expect(as("harbour_app", (c) => c.query(`SELECT * FROM "ReviewBenchmark"`))).rejects.toThrow(
      /permission denied/,
    );
  });
});
