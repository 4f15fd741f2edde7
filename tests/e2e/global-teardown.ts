// Drops the suite's database after the run (tests create and drop their own databases).
// E2E_KEEP_DATABASE=1 keeps it for a look after a failure; the next run recreates it anyway.
import pg from "pg";
import { ADMIN_DATABASE_URL, DATABASE_NAME } from "./support/env";

export default async function globalTeardown() {
  if (process.env.E2E_KEEP_DATABASE === "1") return;
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE_NAME} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
