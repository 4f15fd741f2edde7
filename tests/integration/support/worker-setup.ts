import { inject } from "vitest";
import { admin, urlFor } from "./databases";

// Each worker process gets its own clone of the migrated template (named by pid, so a recycled pool
// slot never drops a database another process still uses); the app code connects as harbour_app.
const template = inject("templateDatabase");
const database = `${template}_w${process.pid}`;

const holder = globalThis as unknown as { harbourWorkerDb?: string };
if (holder.harbourWorkerDb !== database) {
  await admin(async (c) => {
    await c.query(`CREATE DATABASE ${database} TEMPLATE ${template}`);
  });
  holder.harbourWorkerDb = database;
}
process.env.DATABASE_URL = urlFor(database, "harbour_app");
process.env.MIGRATION_DATABASE_URL = urlFor(database);
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-integration-tests-secret";
process.env.LOG_LEVEL = "silent";
