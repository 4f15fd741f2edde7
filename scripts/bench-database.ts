// A throwaway, migrated database on the Postgres server for the benchmark scripts: the app's code
// connects to it as the app role (row-level security on), and `owner` writes what a bench needs.
// Dropped afterwards whatever happens.
import { execFileSync } from "node:child_process";
import pg from "pg";

const admin = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function adminQuery(sql: string) {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(sql);
  await c.end();
}

export async function withBenchDatabase(prefix: string, bench: (owner: pg.Client) => Promise<void>) {
  const name = `${prefix}_${process.pid}`;
  const urlFor = (user?: string) => {
    const u = new URL(admin);
    u.pathname = `/${name}`;
    if (user) u.username = user;
    return u.toString();
  };
  await adminQuery(`CREATE DATABASE ${name}`);
  try {
    const env = { ...process.env, DATABASE_URL: urlFor(), MIGRATION_DATABASE_URL: urlFor() };
    execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "ignore" });
    await adminQuery("ALTER ROLE harbour_app LOGIN");
    // Read once by lib/config when the bench first imports app code, after this point.
    process.env.DATABASE_URL = urlFor("harbour_app");
    process.env.NEXTAUTH_SECRET = "bench-secret-bench-secret-bench-secret-0000";
    process.env.LOG_LEVEL = "silent";
    delete process.env.SMTP_URL;
    const owner = new pg.Client({ connectionString: urlFor() });
    await owner.connect();
    try {
      await bench(owner);
    } finally {
      await owner.end();
    }
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** Runs a bench's main and exits (app code may leave pools open). */
export function run(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
