// Used by prisma.config.ts: the CLI migrates as the owner (postgres in PGlite; MIGRATION_DATABASE_URL on a server).
import { getConfig } from "../config";
import { openPglite, pgliteAdapter, serverAdapter } from "./adapters";

type Factory = ReturnType<typeof serverAdapter> | ReturnType<typeof pgliteAdapter>;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;

export async function migrationAdapter() {
  const { database } = getConfig();
  if (database.kind === "server") {
    // adapter-pg splits a migration on every ";", which breaks dollar-quoted bodies (DO $$ ... $$).
    // A migration script has no parameters, so it can go to the server whole, as psql would send it.
    return patchConnect(serverAdapter(database.migrationUrl, { forMigrations: true }), (adapter) => {
      adapter.executeScript = async (script: string) => {
        await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
      };
    });
  }
  const pglite = await openPglite(database.dataDir, { asAppRole: false });
  // The adapter never closes PGlite, which would keep the CLI process alive after it has finished.
  return patchConnect(pgliteAdapter(pglite), (adapter) => {
    adapter.dispose = () => pglite.close();
  });
}

function patchConnect<F extends Factory>(factory: F, patch: (adapter: Adapter) => void): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    patch(adapter);
    return adapter;
  };
  return factory;
}
