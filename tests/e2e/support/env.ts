// Where the end-to-end suite runs: one Postgres database and one production server, both its own.
// playwright.config.ts hands these to tests/e2e/start-server.mjs through the environment.

export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/** A superuser on the Postgres server (trust auth on this project's machines). */
export const ADMIN_DATABASE_URL =
  process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const DATABASE_NAME = process.env.E2E_DATABASE ?? "harbour_e2e";

/** The same server and database as another user. */
export function databaseUrl(user?: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${DATABASE_NAME}`;
  if (user) {
    url.username = user;
    url.password = "";
  }
  return url.toString();
}

/** The owner (migrations, seed, test fixtures): row-level security does not bind it. */
export const OWNER_DATABASE_URL = databaseUrl();
/** The app's role: neither owner nor superuser, so every FORCEd policy applies to the server under test. */
export const APP_DATABASE_URL = databaseUrl("harbour_app");

/** A fixed secret for the test server only (48 characters). */
export const TEST_AUTH_SECRET = "e2e-only-secret-0123456789abcdefghijklmnopqrstuv";

/** The recorded-response Wonde server the roster-sync spec starts (tests/support/wonde/server.ts). */
export const WONDE_PORT = PORT + 2000; // PORT + 1000 is the OpenID Connect server's
export const WONDE_API_URL = `http://127.0.0.1:${WONDE_PORT}/v1.0`;
/** The local OpenID Connect server that stands in for Microsoft (tests/e2e/support/oidc-server.mjs). */
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? PORT + 1000);
export const OIDC_TENANT = "3f1c2a9e-0b7d-4c55-9e21-6a8d4f0b1c11";
/** Who the OpenID Connect server says is signing in: the demo primary school's teacher. */
export const OIDC_EMAIL = "teacher@brookfield.example";

/** Evidence files of the server under test: a folder of its own, outside the worktree (decision 0029). */
export const EVIDENCE_DIR = `${process.env.TMPDIR ?? "/tmp"}/harbour-e2e-evidence-${DATABASE_NAME}`;
