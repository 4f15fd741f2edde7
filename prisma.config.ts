// The Prisma CLI's view of the database: PGlite under .data/ by default, a server when
// DATABASE_URL (or MIGRATION_DATABASE_URL, an owner role) names one. Both run without native engines.
import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI needs some URL to read the schema even though the adapter below does the connecting.
process.env.DATABASE_URL ??= "postgresql://embedded@localhost/harbour";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const { migrationAdapter } = await import("./lib/db/migration-adapter");
    return migrationAdapter();
  },
});
