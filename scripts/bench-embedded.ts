// The embedded default (PGlite in the server's own process) under an INSET hour of a 200-staff school:
//   npx next build && npm run bench:embedded -- [--duration 30] [--rate 30]
// A fresh data folder is migrated and given a school of 200 staff with an open round (every
// response started), then one `next start` serves it while autocannon sends --rate saves a second
// (200 people at once, each saving every few seconds) and the self-assessment page is read one
// request at a time beside them. Prints saves/s, p50/p99, failures read from the bodies, the page's
// p50/p95 under that load, and the server's RSS. See docs/performance.md.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { openPglite } from "../lib/db/adapters";
import { BENCH_SECRET, rssMiB, startInstance } from "./bench-servers";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "30" },
    rate: { type: "string", default: "30" },
    staff: { type: "string", default: "200" },
    port: { type: "string", default: "3154" },
  },
});
const DURATION = Number(args.duration);
const RATE = Number(args.rate);
const STAFF = Number(args.staff);
const PORT = Number(args.port);

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor((p / 100) * xs.length)] ?? NaN;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "harbour-embedded-bench-"));
  // No DATABASE_URL: the embedded default, in this fresh folder.
  const { DATABASE_URL: _url, MIGRATION_DATABASE_URL: _owner, ...rest } = process.env;
  void _url;
  void _owner;
  const env = { ...rest, HARBOUR_DATA_DIR: dataDir };
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("node_modules/.bin/tsx", ["prisma/seed.ts"], { env, stdio: "ignore" });
  // The school, its staff and an open round, written as the owner before the server opens the folder.
  const db = await openPglite(path.join(dataDir, "pglite"), { asAppRole: false });
  const version = (
    await db.query<{ id: string }>(
      `SELECT v.id FROM "FrameworkVersion" v JOIN "Framework" f ON f.id = v."frameworkId"
        WHERE f."schoolId" IS NULL AND f."trustId" IS NULL ORDER BY v.number DESC LIMIT 1`,
    )
  ).rows[0]!.id;
  const core = (
    await db.query<{ code: string }>(
      `SELECT code FROM "Competency" WHERE "versionId" = $1 AND tier = 1 AND NOT retired`,
      [version],
    )
  ).rows.map((r) => r.code);
  await db.query(
    `INSERT INTO "School" (id, name, urn, phase) VALUES ('embs', 'Embedded Bench School', '899999', 'SECONDARY')`,
  );
  const people = Array.from({ length: STAFF }, (_, i) => `embp${i}`);
  for (const [i, id] of people.entries()) {
    await db.query(`INSERT INTO "Person" (id, email, name) VALUES ($1, $2, $3)`, [
      id,
      `${id}@embedded.test`,
      `Person ${i}`,
    ]);
    await db.query(
      `INSERT INTO "Membership" (id, "personId", "schoolId", role, "jobRole", "updatedAt") VALUES ($1, $2, 'embs', $3, 'TEACHER', now())`,
      [`m${id}`, id, i === 0 ? "LEAD" : "STAFF"],
    );
  }
  await db.query(
    `INSERT INTO "Round" (id, "schoolId", title, "opensAt", "closesAt", "frameworkVersionId", audience, "jobRoles", mode, "createdById")
     VALUES ('embr', 'embs', 'Embedded bench round', now() - interval '1 hour', now() + interval '1 day', $1, 'ALL_STAFF', '{}', 'NAMED', 'embp0')`,
    [version],
  );
  for (const id of people)
    await db.query(
      `INSERT INTO "Response" (id, "roundId", "schoolId", "personId", "frameworkVersionId", "jobRole", "requiredTier", "updatedAt")
       VALUES ($1, 'embr', 'embs', $2, $3, 'TEACHER', 1, now())`,
      [`r${id}`, id, version],
    );
  await db.close();

  const cookies = await Promise.all(
    people.map(
      async (id) =>
        `next-auth.session-token=${await encode({
          token: { sub: id, personId: id, sessionVersion: 0, signedInAt: Math.floor(Date.now() / 1000) },
          secret: BENCH_SECRET,
          maxAge: 8 * 3600,
        })}`,
    ),
  );
  const base = `http://127.0.0.1:${PORT}`;
  const server = await startInstance(PORT, { HARBOUR_DATA_DIR: dataDir, NEXTAUTH_URL: base });
  try {
    let n = 0;
    let failures = 0;
    const load = autocannon({
      url: base,
      connections: 20,
      overallRate: RATE,
      duration: DURATION,
      requests: [
        {
          method: "POST",
          setupRequest: (req) => {
            const i = n++ % people.length;
            return {
              ...req,
              path: "/schools/embs/assessments/embr/answers",
              headers: { "content-type": "application/json", origin: base, cookie: cookies[i]! },
              body: JSON.stringify({
                frameworkVersionId: version,
                answers: [{ competencyCode: core[n % core.length], rating: n % 5 }],
              }),
            };
          },
          onResponse: (_status, body) => {
            if (!body.includes('"ok":true')) failures++;
          },
        },
      ],
    });
    // The self-assessment page, one request at a time, while the saves run.
    const pageMs: number[] = [];
    let pageFailures = 0;
    const until = Date.now() + DURATION * 1000 - 1000;
    await new Promise((r) => setTimeout(r, 2000));
    while (Date.now() < until) {
      const t = performance.now();
      const res = await fetch(`${base}/schools/embs/assessments/embr`, { headers: { cookie: cookies[7]! } });
      const body = await res.text();
      if (res.status !== 200 || !body.includes("Embedded bench round")) pageFailures++;
      pageMs.push(performance.now() - t);
    }
    const result = await load;
    const rss = rssMiB(server);
    console.log(
      `\nEmbedded (PGlite) bench: ${STAFF} staff, ${RATE} saves/s offered for ${DURATION} s, ${os.cpus().length} cores`,
    );
    console.log("| measure | value |\n| --- | ---: |");
    console.log(`| saves per second | ${result.requests.average.toFixed(1)} |`);
    console.log(`| save p50 / p99 ms | ${result.latency.p50} / ${result.latency.p99} |`);
    console.log(
      `| save failures (body) / non-2xx | ${failures + result.errors + result.timeouts} / ${result.non2xx} |`,
    );
    console.log(
      `| self-assessment page p50 / p95 ms (during the saves) | ${pct(pageMs, 50).toFixed(0)} / ${pct(pageMs, 95).toFixed(0)} (${pageFailures} failed of ${pageMs.length}) |`,
    );
    console.log(`| server RSS after | ${rss.toFixed(0)} MiB |`);
  } finally {
    server.process.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
