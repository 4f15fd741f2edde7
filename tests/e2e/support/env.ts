// Where the end-to-end suite runs: each Playwright worker has a production server and a Postgres
// database of its own (a "slot"), so workers never see each other's writes. playwright.config.ts starts
// one server per slot through tests/e2e/start-server.mjs and hands it these values through the
// environment; a worker finds its own slot in TEST_PARALLEL_INDEX, which Playwright sets to 0..workers-1
// (a worker restarted after a failure keeps its index, so it keeps its server).

/** Workers, hence servers: two use both cores (one browser waits while the other's server renders). */
export const WORKERS = Number(process.env.E2E_WORKERS ?? 2);

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_DATABASE = process.env.E2E_DATABASE ?? "harbour_e2e";

/** A superuser on the Postgres server (trust auth on this project's machines). */
export const ADMIN_DATABASE_URL =
  process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** A fixed secret for the test servers only (48 characters). */
export const TEST_AUTH_SECRET = "e2e-only-secret-0123456789abcdefghijklmnopqrstuv";
export const OIDC_TENANT = "3f1c2a9e-0b7d-4c55-9e21-6a8d4f0b1c11";
/** Who the OpenID Connect server says is signing in: the demo primary school's teacher. */
export const OIDC_EMAIL = "teacher@brookfield.example";

export type Slot = ReturnType<typeof slot>;

/** Slot n's ports, database and folders (slot 0 keeps the names a single server always had). */
export function slot(index: number) {
  const port = BASE_PORT + index;
  const database = index === 0 ? BASE_DATABASE : `${BASE_DATABASE}_${index}`;
  const databaseUrl = (user?: string) => {
    const url = new URL(ADMIN_DATABASE_URL);
    url.pathname = `/${database}`;
    if (user) {
      url.username = user;
      url.password = "";
    }
    return url.toString();
  };
  return {
    PORT: port,
    BASE_URL: `http://127.0.0.1:${port}`,
    DATABASE_NAME: database,
    /** The owner (migrations, seed, test fixtures): row-level security does not bind it. */
    OWNER_DATABASE_URL: databaseUrl(),
    /** The app's role: neither owner nor superuser, so every FORCEd policy applies to the server. */
    APP_DATABASE_URL: databaseUrl("harbour_app"),
    /** The local OpenID Connect server that stands in for Microsoft (support/oidc-server.mjs). */
    OIDC_PORT: port + 1000,
    /** The recorded-response Wonde server the roster-sync spec starts (tests/support/wonde/server.ts). */
    WONDE_PORT: port + 2000,
    WONDE_API_URL: `http://127.0.0.1:${port + 2000}/v1.0`,
    /** Evidence files of the server: a folder of its own, outside the worktree (decision 0029). */
    EVIDENCE_DIR: `${process.env.TMPDIR ?? "/tmp"}/harbour-e2e-evidence-${database}`,
  };
}

// This process's slot: a worker's own, or slot 0 in the config process.
export const {
  PORT,
  BASE_URL,
  DATABASE_NAME,
  OWNER_DATABASE_URL,
  APP_DATABASE_URL,
  OIDC_PORT,
  WONDE_PORT,
  EVIDENCE_DIR,
} = slot(Number(process.env.TEST_PARALLEL_INDEX ?? 0));
