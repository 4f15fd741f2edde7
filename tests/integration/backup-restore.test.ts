// Issue 13 part 6: a backup restores into a fresh database with every row and every row-level security
// policy, and the restored database still keeps each school's rows to itself.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { dumpEmbedded, restoreEmbedded } from "@/lib/backup/embedded";
import { dumpServer, pgDumpVersion, restoreServer, tableFacts } from "@/lib/backup/server";
import { admin, urlFor } from "./support/databases";
import { makeMember, makeSchool } from "./support/fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbour-backup-"));
const restored = `harbour_restored_${process.pid}_${Date.now()}`;
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${restored} WITH (FORCE)`));
});

// pg_dump must be at least the server's version; the machine's Debian client tools are used. Where
// `npm test` started its own throwaway server (no client tools beside it) this cannot run, and says so.
const serverVersion = await admin(
  async (c) => Number((await c.query("SHOW server_version_num")).rows[0].server_version_num) / 10000,
);
const dumpVersion = pgDumpVersion();
const canDump = dumpVersion !== null && dumpVersion >= Math.floor(serverVersion);

describe.skipIf(!canDump)(
  `a server backup (pg_dump ${dumpVersion ?? "missing"}, server ${Math.floor(serverVersion)})`,
  () => {
    it("restores every table's rows and forced row-level security into a fresh database", async () => {
      const a = await makeSchool();
      const b = await makeSchool();
      await makeMember(a.id);
      await makeMember(b.id);
      const source = process.env.MIGRATION_DATABASE_URL!;
      const file = path.join(dir, "server.dump");
      dumpServer(source, file);
      expect(fs.statSync(file).size).toBeGreaterThan(1000);

      await admin((c) => c.query(`CREATE DATABASE ${restored}`));
      await restoreServer(urlFor(restored), file);

      const before = await tableFacts(source);
      const after = await tableFacts(urlFor(restored));
      expect(after).toEqual(before);
      expect(after.filter((t) => t.forced).length).toBeGreaterThan(30);
      expect(after.find((t) => t.table === "Membership")?.rows).toBeGreaterThanOrEqual(2);

      // As the app role in the restored database, school A's scope shows A's people only.
      const app = new pg.Client({ connectionString: urlFor(restored, "harbour_app") });
      await app.connect();
      try {
        await app.query("BEGIN");
        await app.query("SELECT set_config('app.school_id', $1, true)", [a.id]);
        const { rows } = await app.query<{ schoolId: string }>(
          'SELECT DISTINCT "schoolId" FROM "Membership"',
        );
        await app.query("COMMIT");
        expect(rows).toEqual([{ schoolId: a.id }]);
      } finally {
        await app.end();
      }
    });

    it("refuses to restore over a database that has tables, and changes nothing", async () => {
      const file = path.join(dir, "server.dump");
      const target = process.env.MIGRATION_DATABASE_URL!;
      const before = await tableFacts(target);
      await expect(restoreServer(target, file)).rejects.toThrow(/already has tables/);
      expect(await tableFacts(target)).toEqual(before);
    });
  },
);

describe("an embedded backup", () => {
  it("restores the embedded database, keeping the one it replaced", async () => {
    const dataDir = path.join(dir, "pglite");
    const db = new PGlite(dataDir);
    await db.exec(`CREATE TABLE answer (id int PRIMARY KEY, school text NOT NULL);
      ALTER TABLE answer ENABLE ROW LEVEL SECURITY; ALTER TABLE answer FORCE ROW LEVEL SECURITY;
      CREATE POLICY answer_school ON answer USING (school = current_setting('app.school_id', true));
      INSERT INTO answer SELECT g, 'school-' || (g % 3) FROM generate_series(1, 500) g;`);
    await db.close();

    const file = path.join(dir, "embedded.tar.gz");
    await dumpEmbedded(dataDir, file);
    // Something written after the backup is gone after the restore; the replaced database is kept.
    const later = new PGlite(dataDir);
    await later.exec("DELETE FROM answer WHERE id > 100");
    await later.close();

    const kept = await restoreEmbedded(dataDir, file, new Date("2026-12-03T10:00:00Z"));
    expect(kept).toBe(`${dataDir}.before-restore-2026-12-03T10-00-00-000Z`);
    const back = new PGlite(dataDir);
    try {
      expect((await back.query<{ n: number }>("SELECT count(*)::int AS n FROM answer")).rows[0]!.n).toBe(500);
      const rls = await back.query<{ forced: boolean }>(
        "SELECT relforcerowsecurity AS forced FROM pg_class WHERE relname = 'answer'",
      );
      expect(rls.rows[0]!.forced).toBe(true);
    } finally {
      await back.close();
    }
    const old = new PGlite(kept!);
    expect((await old.query<{ n: number }>("SELECT count(*)::int AS n FROM answer")).rows[0]!.n).toBe(100);
    await old.close();
  });

  it("says plainly when there is no embedded database to back up", async () => {
    await expect(dumpEmbedded(path.join(dir, "nothing"), path.join(dir, "x.tar.gz"))).rejects.toThrow(
      /no embedded database/,
    );
  });
});
