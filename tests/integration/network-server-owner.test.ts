// The network's notices on a server where the migrations' owner is NOT a superuser: a question
// written by school B's lead must still notify school A's contact and lead, and the reply B's
// asker, although Notification is FORCEd (the trigger takes the other school as its tenant for its
// own statements, then puts the caller's back). Migrates a database of its own as such an owner.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, urlFor } from "./support/databases";

const owner = `harbour_net_owner_${process.pid}`;
const database = `harbour_net_owner_db_${process.pid}`;

async function as<T>(user: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor(database, user) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** One transaction as the app, in `schoolId` as `personId`; returns the tenant left at its end. */
const appTx = (schoolId: string, personId: string, sql: string, params: unknown[]) =>
  as("harbour_app", async (c) => {
    await c.query("BEGIN");
    await c.query("SELECT set_config('app.school_id', $1, true), set_config('app.person_id', $2, true)", [
      schoolId,
      personId,
    ]);
    await c.query(sql, params);
    const after = await c.query("SELECT current_setting('app.school_id', true) AS school");
    await c.query("COMMIT");
    return after.rows[0].school as string;
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
    await c.query(`INSERT INTO "School" (id, name, urn, phase, "networkOptIn")
      VALUES ('a', 'Alder', '100001', 'PRIMARY', true), ('b', 'Birch', '100002', 'PRIMARY', true)`);
    await c.query(`INSERT INTO "Person" (id, email, name) VALUES
      ('lead-a', 'lead-a@example.test', 'Lea'), ('contact-a', 'contact-a@example.test', 'Cara'),
      ('lead-b', 'lead-b@example.test', 'Ben')`);
    await c.query(`INSERT INTO "Membership" (id, "personId", "schoolId", role, "jobRole", "updatedAt") VALUES
      ('m1', 'lead-a', 'a', 'LEAD', 'SENIOR_MH_LEAD', now()), ('m2', 'contact-a', 'a', 'STAFF', 'TEACHER', now()),
      ('m3', 'lead-b', 'b', 'LEAD', 'SENIOR_MH_LEAD', now())`);
    await c.query(`INSERT INTO "CaseStudy" (id, "schoolId", title, summary, "whatWeDid", impact, "contactId",
      status, "agreedAt", "publishedAt", "createdById", "updatedAt")
      VALUES ('cs', 'a', 'Benches', 'S', 'W', 'I', 'contact-a', 'PUBLISHED', now(), now(), 'lead-a', now())`);
  });
}, 120_000);

afterAll(async () => {
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await c.query(`DROP ROLE IF EXISTS ${owner}`);
  });
});

describe("network notices with an owner that is not a superuser", () => {
  it("reach the other school both ways, and leave the caller's tenant as it was", async () => {
    const [role] = await as(
      owner,
      async (c) => (await c.query("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).rows,
    );
    expect(role).toEqual({ rolsuper: false });
    const afterAsk = await appTx(
      "b",
      "lead-b",
      `INSERT INTO "CaseStudyQuestion" (id, "caseStudyId", "schoolId", "askerSchoolId", "askerId", "askerName",
        "askerSchoolName", body) VALUES ('q', 'cs', 'a', 'b', 'lead-b', 'Ben', 'Birch', 'How?')`,
      [],
    );
    expect(afterAsk).toBe("b");
    const afterReply = await appTx(
      "a",
      "contact-a",
      `UPDATE "CaseStudyQuestion" SET reply = 'Like this.', "repliedById" = 'contact-a', "replierName" = 'Cara',
        "repliedAt" = now() WHERE id = 'q'`,
      [],
    );
    expect(afterReply).toBe("a");
    const notices = await as(
      "postgres",
      async (c) =>
        (
          await c.query(
            `SELECT "schoolId", "personId", message FROM "Notification" ORDER BY "schoolId", "personId"`,
          )
        ).rows,
    );
    expect(notices).toEqual([
      { schoolId: "a", personId: "contact-a", message: 'Birch asked a question about "Benches".' },
      { schoolId: "a", personId: "lead-a", message: 'Birch asked a question about "Benches".' },
      { schoolId: "b", personId: "lead-b", message: 'Alder replied to your question about "Benches".' },
    ]);
  });
});
