// Drops the suite's databases after the run, one per worker slot (tests create and drop their own).
// E2E_KEEP_DATABASE=1 keeps them for a look after a failure; the next run recreates them anyway.
import pg from "pg";
import { ADMIN_DATABASE_URL, slot, WORKERS } from "./support/env";

export default async function globalTeardown() {
  if (process.env.E2E_KEEP_DATABASE === "1") return;
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    for (let index = 0; index < WORKERS; index++) {
      await client.query(`DROP DATABASE IF EXISTS ${slot(index).DATABASE_NAME} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
