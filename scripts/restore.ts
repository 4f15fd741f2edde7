// `npm run restore -- file`: a backup made by `npm run backup` back into Harbour's database.
// A server backup goes into an EMPTY database (MIGRATION_DATABASE_URL, else DATABASE_URL): make a new
// database, restore into it, check, then point Harbour at it. The embedded database is replaced, and the
// one it replaces is kept beside it, renamed with the time. Prints each table's rows and whether
// row-level security is forced, so the restore can be checked against the source.
import { restoreEmbedded } from "../lib/backup/embedded";
import { restoreServer, tableFacts } from "../lib/backup/server";
import { getConfig } from "../lib/config";

const file = process.argv[2];
if (!file) {
  console.error("Say which backup to restore: npm run restore -- path/to/backup");
  process.exit(2);
}
const config = getConfig();
try {
  if (config.database.kind === "embedded") {
    const kept = await restoreEmbedded(config.database.dataDir, file);
    console.log(
      `Restored ${file} as the embedded database.${kept ? ` The one before is kept as ${kept}.` : ""}`,
    );
  } else {
    await restoreServer(config.database.migrationUrl, file);
    const facts = await tableFacts(config.database.migrationUrl);
    for (const t of facts)
      console.log(
        `${t.table.padEnd(32)} ${String(t.rows).padStart(9)} rows  ${t.forced ? "RLS forced" : t.rowSecurity ? "RLS on" : "no RLS"}`,
      );
    console.log(`Restored ${file}: ${facts.length} tables, ${facts.reduce((n, t) => n + t.rows, 0)} rows.`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
