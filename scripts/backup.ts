// `npm run backup [-- file]`: the whole database to one file (README: Backups and restore).
// A server is dumped with pg_dump as the owner role; the embedded database as PGlite's tarball
// (stop Harbour first). With no file, it goes to <HARBOUR_DATA_DIR>/backups/ named with the time.
import fs from "node:fs";
import path from "node:path";
import { dumpEmbedded } from "../lib/backup/embedded";
import { dumpServer } from "../lib/backup/server";
import { getConfig } from "../lib/config";

const config = getConfig();
const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
const embedded = config.database.kind === "embedded";
const file = path.resolve(
  process.argv[2] ?? path.join(config.dataDir, "backups", `harbour-${stamp}.${embedded ? "tar.gz" : "dump"}`),
);
fs.mkdirSync(path.dirname(file), { recursive: true });

const started = Date.now();
try {
  if (config.database.kind === "embedded") await dumpEmbedded(config.database.dataDir, file);
  else dumpServer(config.database.migrationUrl, file);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const size = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
console.log(`Backed up to ${file} (${size} MB, ${((Date.now() - started) / 1000).toFixed(1)} s).`);
