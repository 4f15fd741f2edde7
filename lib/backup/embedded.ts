// Backups of the embedded database: PGlite writes its whole data directory as one gzipped tarball, and
// a new PGlite starts from one. Harbour must be stopped first: PGlite is one process's database.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

export async function dumpEmbedded(dataDir: string, file: string): Promise<void> {
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION")))
    throw new Error(`There is no embedded database in ${dataDir}.`);
  const db = new PGlite(dataDir);
  try {
    const tarball = await db.dumpDataDir("gzip");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
  } finally {
    await db.close();
  }
}

/**
 * Restores `file` as the embedded database in `dataDir`. A database already there is kept, renamed
 * with the time, never deleted: a restore can be undone by renaming it back.
 */
export async function restoreEmbedded(
  dataDir: string,
  file: string,
  now = new Date(),
): Promise<string | null> {
  const tarball = new Blob([fs.readFileSync(file)]);
  let keptAs: string | null = null;
  if (fs.existsSync(dataDir)) {
    keptAs = `${dataDir}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(dataDir, keptAs);
  }
  try {
    const db = new PGlite(dataDir, { loadDataDir: tarball });
    await db.waitReady;
    await db.query("SELECT 1");
    await db.close();
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (keptAs) fs.renameSync(keptAs, dataDir);
    throw error;
  }
  return keptAs;
}
