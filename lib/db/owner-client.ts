// The database owner's client, for the seed and the operator's command-line scripts (migrations'
// role: row-level security does not bind it). The app itself never uses this.
import { getConfig } from "../config";
import { PrismaClient } from "../generated/prisma/client";
import { openPglite, pgliteAdapter, serverAdapter } from "./adapters";

export async function ownerClient(): Promise<{ db: PrismaClient; close: () => Promise<void> }> {
  const { database } = getConfig();
  if (database.kind === "server")
    return { db: new PrismaClient({ adapter: serverAdapter(database.migrationUrl) }), close: async () => {} };
  const pglite = await openPglite(database.dataDir, { asAppRole: false });
  return { db: new PrismaClient({ adapter: pgliteAdapter(pglite) }), close: () => pglite.close() };
}
