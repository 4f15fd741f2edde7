// Backups of a PostgreSQL server with its own tools: pg_dump's custom format (compressed, every table,
// its row-level security policies and grants) and pg_restore into an empty database. The restore makes
// the app role first: roles belong to the server, not to a dump.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { APP_ROLE } from "../db/adapters";

function tool(name: "pg_dump" | "pg_restore", args: string[]) {
  const result = spawnSync(name, args, { encoding: "utf8" });
  if (result.error)
    throw new Error(
      `${name} could not be started (${result.error.message}): install the PostgreSQL client tools.`,
    );
  if (result.status !== 0) throw new Error(`${name} failed: ${result.stderr.trim()}`);
}

/** Is there a pg_dump to use, and which major version is it? (It must be at least the server's.) */
export function pgDumpVersion(): number | null {
  const result = spawnSync("pg_dump", ["--version"], { encoding: "utf8" });
  const major = result.stdout?.match(/(\d+)(\.\d+)?/);
  return result.status === 0 && major ? Number(major[1]) : null;
}

/** Dumps the whole database at `ownerUrl` (the owner role, which sees every row) to `file`. */
export function dumpServer(ownerUrl: string, file: string): void {
  tool("pg_dump", ["--format=custom", "--compress=6", `--file=${file}`, `--dbname=${ownerUrl}`]);
}

/** Restores `file` into the empty database at `ownerUrl`, all or nothing. */
export async function restoreServer(ownerUrl: string, file: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'",
    );
    if (rows[0]!.n > 0)
      throw new Error(
        "That database already has tables: restore into a new, empty database, then point Harbour at it.",
      );
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${APP_ROLE} NOLOGIN; END IF;
    END $$`);
  } finally {
    await client.end();
  }
  tool("pg_restore", ["--no-owner", "--exit-on-error", "--single-transaction", `--dbname=${ownerUrl}`, file]);
}

export type TableFacts = {
  table: string;
  rows: number;
  rowSecurity: boolean;
  forced: boolean;
  policies: number;
};

/** Each public table's row count and row-level security: what a restore is checked against. */
export async function tableFacts(ownerUrl: string): Promise<TableFacts[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<Omit<TableFacts, "rows">>(`
      SELECT c.relname AS "table", c.relrowsecurity AS "rowSecurity", c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`);
    const facts: TableFacts[] = [];
    for (const t of tables) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${t.table}"`);
      facts.push({ ...t, rows: rows[0]!.n });
    }
    return facts;
  } finally {
    await client.end();
  }
}
