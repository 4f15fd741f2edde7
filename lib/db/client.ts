import "server-only";
import { getConfig } from "../config";
import { PrismaClient } from "../generated/prisma/client";
import { openPglite, pgliteAdapter, serverAdapter } from "./adapters";

// One client per process (PGlite is a single connection); kept on globalThis so dev reloads reuse it.
const holder = globalThis as unknown as { harbourPrisma?: Promise<PrismaClient> };

export function getPrisma(): Promise<PrismaClient> {
  holder.harbourPrisma ??= createClient();
  return holder.harbourPrisma;
}

async function createClient(): Promise<PrismaClient> {
  const { database } = getConfig();
  const adapter =
    database.kind === "server"
      ? serverAdapter(database.url)
      : pgliteAdapter(await openPglite(database.dataDir, { asAppRole: true }));
  return new PrismaClient({ adapter, omit: { person: { passwordHash: true } } });
}
