// Driver adapters for both databases Harbour runs on. Prisma runs on WebAssembly with these,
// so no native engine download is ever needed (see docs/decisions/0001-database.md).
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parse } from "pg-connection-string";
import { PrismaPGlite } from "pglite-prisma-adapter";

/** The role the app runs as: neither owner nor superuser, so row-level security applies to it. */
export const APP_ROLE = "harbour_app";

export async function openPglite(dataDir: string, { asAppRole }: { asAppRole: boolean }) {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const pglite = new PGlite(dataDir);
  await pglite.waitReady;
  if (asAppRole) await pglite.exec(`SET ROLE ${APP_ROLE}`);
  return pglite;
}

export function pgliteAdapter(pglite: PGlite) {
  return new PrismaPGlite(pglite);
}

// The schema engine reads two catalog types ("char" and name) that adapter-pg cannot map;
// reporting them as text lets `prisma migrate deploy` run against a server.
const CATALOG_TYPES_AS_TEXT = new Set([18, 19]);

class CatalogTolerantClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const callback = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
    const asText = (result: pg.QueryResult) => {
      for (const field of result?.fields ?? []) {
        if (CATALOG_TYPES_AS_TEXT.has(field.dataTypeID)) field.dataTypeID = 25;
      }
      return result;
    };
    if (callback) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args, (err: Error, res: pg.QueryResult) =>
        callback(err, err ? res : asText(res)),
      );
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return typeof out?.then === "function" ? out.then(asText) : out;
  }
}

/**
 * The app's adapter on a server, on a pool the caller keeps: the one hot path that is a single
 * statement (autosave, decision 0038) sends it on the same connections, without Prisma's work.
 */
export function serverPoolAdapter(url: string): { adapter: PrismaPg; pool: pg.Pool } {
  const fields = parse(url);
  const pool = new pg.Pool({
    host: fields.host ?? undefined,
    port: fields.port ? Number(fields.port) : undefined,
    user: fields.user,
    password: fields.password,
    database: fields.database ?? undefined,
    max: 10,
  });
  return { adapter: new PrismaPg(pool), pool };
}

export function serverAdapter(url: string, { forMigrations = false } = {}) {
  // Parsed fields, not a connection string: the shadow-database code overrides `database`.
  const fields = parse(url);
  const config: pg.PoolConfig = {
    host: fields.host ?? undefined,
    port: fields.port ? Number(fields.port) : undefined,
    user: fields.user,
    password: fields.password,
    database: fields.database ?? undefined,
    max: forMigrations ? 1 : 10,
  };
  if (forMigrations) config.Client = CatalogTolerantClient as unknown as typeof pg.Client;
  return new PrismaPg(config);
}
