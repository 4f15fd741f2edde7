import "server-only";
import { getConfig } from "../config";
import { PrismaClient } from "../generated/prisma/client";
import type pg from "pg";
import { openPglite, pgliteAdapter, serverPoolAdapter } from "./adapters";

// One client per process (PGlite is a single connection); kept on globalThis so dev reloads reuse it.
const holder = globalThis as unknown as { harbourPrisma?: Promise<PrismaClient>; harbourPool?: pg.Pool };

export function getPrisma(): Promise<PrismaClient> {
  holder.harbourPrisma ??= createClient();
  return holder.harbourPrisma;
}

/**
 * The server's pool that Prisma runs on, for a hot path that is one statement (autosave, decision
 * 0038); null on the embedded database, where Prisma's client is the only way in.
 */
export async function serverPool(): Promise<pg.Pool | null> {
  await getPrisma();
  return holder.harbourPool ?? null;
}

async function createClient(): Promise<PrismaClient> {
  const { database } = getConfig();
  let adapter;
  if (database.kind === "server") {
    const made = serverPoolAdapter(database.url);
    holder.harbourPool = made.pool;
    adapter = made.adapter;
  } else adapter = pgliteAdapter(await openPglite(database.dataDir, { asAppRole: true }));
  return new PrismaClient({ adapter, omit: { person: { passwordHash: true } } });
}
