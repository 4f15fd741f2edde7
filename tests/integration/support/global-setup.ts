import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { admin, urlFor } from "./databases";

// Migrates a template with the real `prisma migrate deploy`, so every run proves it works on a server.
export default async function setup(project: TestProject) {
  const template = `harbour_tpl_${process.pid}`;
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${template}`);
    await c.query(`CREATE DATABASE ${template}`);
  });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: urlFor(template), MIGRATION_DATABASE_URL: urlFor(template) },
    stdio: "pipe",
  });
  // The app role is cluster-wide; tests log in as it (trust auth), as production would with a password.
  await admin((c) => c.query("ALTER ROLE harbour_app LOGIN"));
  project.provide("templateDatabase", template);

  return async () => {
    await admin(async (c) => {
      const { rows } = await c.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
        [template, `${template}\\_w%`],
      );
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
