// The end-to-end suite's web server (playwright.config.ts `webServer.command`).
// Playwright starts its web server before globalSetup, so the database is made here, first:
// drop and create the e2e database, `prisma migrate deploy` as its owner, let the app role log in,
// seed the demo as the owner, and only then exec `next start` as the app role (so RLS applies).
// Needs an existing production build (`next build`); the test command makes it beforehand.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";

const env = process.env;
const required = ["E2E_ADMIN_DATABASE_URL", "E2E_DATABASE", "E2E_OWNER_DATABASE_URL", "DATABASE_URL", "PORT"];
for (const name of required) {
  if (!env[name]) fail(`${name} is not set: start this through playwright.config.ts.`);
}
const database = env.E2E_DATABASE;
if (!/^[a-z_][a-z0-9_]*$/.test(database))
  fail(`E2E_DATABASE must be a plain lower-case identifier, not "${database}".`);
if (!fs.existsSync(".next/BUILD_ID"))
  fail("No production build in .next/: run `next build` before the end-to-end tests.");

const started = Date.now();
const log = (message) => console.log(`[e2e] ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

async function admin(statements) {
  const client = new pg.Client({ connectionString: env.E2E_ADMIN_DATABASE_URL });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

function run(cmd, args, extraEnv) {
  const result = spawnSync(cmd, args, {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    fail(`${cmd} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
  }
}

function fail(message) {
  console.error(`[e2e] ${message}`);
  process.exit(1);
}

// The owner runs migrations and the seed; the server below connects as the app role.
const asOwner = {
  DATABASE_URL: env.E2E_OWNER_DATABASE_URL,
  MIGRATION_DATABASE_URL: env.E2E_OWNER_DATABASE_URL,
};

await admin([`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`, `CREATE DATABASE ${database}`]);
log(`created database ${database}`);
// One server per worker starts at once, and the migrations make cluster-wide roles: a session-level
// advisory lock on the admin database lets one slot's migrations run at a time.
const lock = new pg.Client({ connectionString: env.E2E_ADMIN_DATABASE_URL });
await lock.connect();
await lock.query("SELECT pg_advisory_lock(hashtext('harbour-e2e-migrate'))");
run("node_modules/.bin/prisma", ["migrate", "deploy"], asOwner);
// harbour_app is cluster-wide and made NOLOGIN by the migration; tests log in as it (trust auth).
await admin(["ALTER ROLE harbour_app LOGIN"]);
await lock.end();
log("migrated");
run("node_modules/.bin/tsx", ["prisma/seed.ts"], asOwner);
log("seeded the demo trust");

// No SMTP: the suite reads each invitation link from the page, as an inviter without email would.
const serverEnv = Object.fromEntries(
  Object.entries(env).filter(([name]) => name !== "SMTP_URL" && name !== "MIGRATION_DATABASE_URL"),
);
// A local OpenID Connect server stands in for Microsoft (support/oidc-server.mjs); ready when it says so.
const oidc = spawn("node", ["tests/e2e/support/oidc-server.mjs"], {
  stdio: ["ignore", "pipe", "inherit"],
  env,
});
await new Promise((resolve, reject) => {
  oidc.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    resolve();
  });
  oidc.on("exit", (code) => reject(new Error(`OpenID Connect server exited (${code})`)));
});
const server = spawn("node_modules/.bin/next", ["start", "-p", env.PORT, "-H", "127.0.0.1"], {
  stdio: "inherit",
  env: { ...serverEnv, NEXT_TELEMETRY_DISABLED: "1" },
});
// Playwright stops the server by signalling this process (or its group): pass it on and leave with it.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    server.kill(signal);
    oidc.kill(signal);
  });
}
server.on("exit", (code, signal) => {
  oidc.kill("SIGTERM");
  process.exit(code ?? (signal ? 1 : 0));
});
