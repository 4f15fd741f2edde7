// Lighthouse on the self-assessment and sign-in pages (issue 12, decision 0046, docs/performance.md):
//   npx next build && npm run lighthouse -- [--runs 3] [--port 3160] [--database harbour_lighthouse]
// Serves this production build the way the end-to-end suite does (tests/e2e/start-server.mjs: a fresh
// database, migrated, the demo seeded, `next start` as harbour_app so row-level security applies),
// opens a round for the demo primary school's teacher with the first statements answered, and runs
// Lighthouse with its mobile defaults (an emulated phone, simulated slow 4G, 4x CPU slowdown) in
// Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), headless. Prints each page's performance
// and accessibility scores (the median run by performance) with the metrics behind them.
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import pg from "pg";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "3160" },
    database: { type: "string", default: "harbour_lighthouse" },
  },
});
const RUNS = Number(args.runs);
const PORT = Number(args.port);
const BASE = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const SECRET = "lighthouse-only-secret-0123456789abcdefghijklmnop";
const TEACHER = "teacher@brookfield.example"; // lib/demo/roster.ts: the primary school's teacher
const TARGETS = { performance: 98, accessibility: 100 };

if (!fs.existsSync(".next/BUILD_ID")) fail("No production build in .next/: run `npx next build` first.");
if (!fs.existsSync(CHROME)) fail(`No Chromium at ${CHROME}: install it or set CHROME_PATH.`);
if (!/^[a-z_][a-z0-9_]*$/.test(args.database!)) fail("--database must be a plain lower-case identifier.");

const admin = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const urlFor = (user?: string) => {
  const u = new URL(admin);
  u.pathname = `/${args.database}`;
  if (user) u.username = user;
  return u.toString();
};

const server = spawn("node", ["tests/e2e/start-server.mjs"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: {
    ...process.env,
    E2E_ADMIN_DATABASE_URL: admin,
    E2E_DATABASE: args.database,
    E2E_OWNER_DATABASE_URL: urlFor(),
    E2E_OIDC_PORT: String(PORT + 1000),
    PORT: String(PORT),
    DATABASE_URL: urlFor("harbour_app"),
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: BASE,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "error",
    JOBS_ENABLED: "false",
    TWO_FACTOR_REQUIRED: "false",
    EVIDENCE_DIR: path.join(os.tmpdir(), `harbour-lighthouse-evidence-${args.database}`),
  },
});
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

try {
  await ready();
  const owner = new pg.Client({ connectionString: urlFor() });
  await owner.connect();
  const selfAssessment = await openRound(owner).finally(() => owner.end());
  const pages = [
    { name: "self-assessment", url: selfAssessment.url, cookie: selfAssessment.cookie },
    { name: "sign-in", url: `${BASE}/sign-in`, cookie: null },
  ];
  const results = pages.map((p) => ({ ...p, median: median(runs(p.url, p.cookie)) }));
  console.log(
    `\nLighthouse ${lighthouseVersion()}, mobile defaults, median of ${RUNS} run(s) by performance\n`,
  );
  console.log(
    "page              performance  accessibility   FCP ms   LCP ms   TBT ms    CLS  first-load JS",
  );
  for (const r of results) {
    const m = r.median;
    console.log(
      `${r.name.padEnd(16)}  ${String(m.performance).padStart(11)}  ${String(m.accessibility).padStart(13)}  ${ms(m.fcp)}  ${ms(m.lcp)}  ${ms(m.tbt)}  ${m.cls.toFixed(3).padStart(5)}  ${m.scriptKiB.toFixed(1).padStart(9)} KiB`,
    );
    if (m.failing.length) console.log(`  accessibility audits failed: ${m.failing.join(", ")}`);
    console.log(`  each run's performance: ${r.median.all.join(", ")}`);
  }
  const missed = results.filter(
    (r) => r.median.performance < TARGETS.performance || r.median.accessibility < TARGETS.accessibility,
  );
  console.log(
    missed.length
      ? `\ntargets (performance >= ${TARGETS.performance}, accessibility ${TARGETS.accessibility}) missed: ${missed.map((r) => r.name).join(", ")}`
      : `\nevery target met (performance >= ${TARGETS.performance}, accessibility ${TARGETS.accessibility})`,
  );
} finally {
  stop();
}

async function ready() {
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) fail(`The server stopped (exit ${server.exitCode}).`);
    const ok = await fetch(`${BASE}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  fail("The server did not answer within 3 minutes.");
}

/** A round open for a week at the teacher's school, started, with the first three statements answered. */
async function openRound(owner: pg.Client) {
  const { rows: people } = await owner.query<{ id: string; schoolId: string; sessionVersion: number }>(
    `SELECT p.id, m."schoolId", p."sessionVersion" FROM "Person" p JOIN "Membership" m ON m."personId" = p.id
     WHERE p.email = $1 LIMIT 1`,
    [TEACHER],
  );
  const teacher = people[0] ?? fail(`No ${TEACHER} in the seeded database.`);
  const { rows: versions } = await owner.query<{ id: string }>(
    `SELECT v.id FROM "FrameworkVersion" v JOIN "Framework" f ON f.id = v."frameworkId"
     WHERE f."schoolId" IS NULL AND f."trustId" IS NULL ORDER BY v.number DESC LIMIT 1`,
  );
  const versionId = versions[0]!.id;
  const roundId = `lh${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  await owner.query(
    `INSERT INTO "Round" (id, "schoolId", title, "opensAt", "closesAt", "frameworkVersionId", audience, "jobRoles", mode, "createdById")
     SELECT $1, $2, 'Autumn self-assessment', now() - interval '1 hour', now() + interval '7 days', $3, 'ALL_STAFF', '{}', 'NAMED', m."personId"
     FROM "Membership" m WHERE m."schoolId" = $2 AND m.role = 'LEAD' LIMIT 1`,
    [roundId, teacher.schoolId, versionId],
  );
  const cookie = `next-auth.session-token=${await encode({
    token: {
      sub: teacher.id,
      personId: teacher.id,
      sessionVersion: teacher.sessionVersion,
      signedInAt: Math.floor(Date.now() / 1000),
    },
    secret: SECRET,
    maxAge: 8 * 3600,
  })}`;
  const url = `${BASE}/schools/${teacher.schoolId}/assessments/${roundId}`;
  // Starting makes the response (as the intro's "Start" link does); then three answers, as the page saves them.
  const start = await fetch(`${url}?start=1`, { headers: { cookie } });
  if (!start.ok) fail(`Starting the self-assessment answered ${start.status}.`);
  const { rows: codes } = await owner.query<{ code: string }>(
    `SELECT code FROM "Competency" WHERE "versionId" = $1 AND tier = 1 AND NOT retired ORDER BY position LIMIT 3`,
    [versionId],
  );
  const saved = await fetch(`${url}/answers`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE, cookie },
    body: JSON.stringify({
      roundId,
      frameworkVersionId: versionId,
      answers: codes.map((c, i) => ({ competencyCode: c.code, rating: i + 1 })),
    }),
  });
  const body = (await saved.json().catch(() => null)) as { ok?: boolean } | null;
  if (body?.ok !== true) fail(`Saving the first answers failed (${saved.status}).`);
  return { url, cookie };
}

type Run = {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  scriptKiB: number;
  failing: string[];
};

function runs(url: string, cookie: string | null): Run[] {
  return Array.from({ length: RUNS }, () => lighthouse(url, cookie));
}

function lighthouse(url: string, cookie: string | null): Run {
  const out = path.join(os.tmpdir(), `harbour-lighthouse-${process.pid}.json`);
  const result = spawnSync(
    "node_modules/.bin/lighthouse",
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      "--only-categories=performance,accessibility",
      "--chrome-flags=--headless --no-sandbox --disable-gpu",
      ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
    ],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: CHROME } },
  );
  if (result.status !== 0) fail(`Lighthouse failed on ${url} (exit ${result.status}).`);
  type Audit = { score: number | null; scoreDisplayMode: string; numericValue?: number; details?: unknown };
  const report = JSON.parse(fs.readFileSync(out, "utf8")) as {
    finalDisplayedUrl: string;
    categories: Record<string, { score: number; auditRefs: { id: string }[] }>;
    audits: Record<string, Audit>;
  };
  fs.rmSync(out, { force: true });
  // A redirect to the sign-in page would measure the wrong page.
  if (new URL(report.finalDisplayedUrl).pathname !== new URL(url).pathname)
    fail(`Lighthouse ended at ${report.finalDisplayedUrl}, not ${url}.`);
  const a = report.audits;
  const value = (id: string) => a[id]?.numericValue ?? NaN;
  const scripts =
    (a["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] })
      ?.items ?? [];
  return {
    performance: Math.round(report.categories.performance!.score * 100),
    accessibility: Math.round(report.categories.accessibility!.score * 100),
    fcp: value("first-contentful-paint"),
    lcp: value("largest-contentful-paint"),
    tbt: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    scriptKiB:
      scripts.filter((s) => s.resourceType === "Script").reduce((n, s) => n + (s.transferSize ?? 0), 0) /
      1024,
    failing: report.categories
      .accessibility!.auditRefs.map((r) => ({ id: r.id, audit: a[r.id]! }))
      .filter((r) => r.audit.scoreDisplayMode === "binary" && r.audit.score === 0)
      .map((r) => r.id),
  };
}

function median(all: Run[]): Run & { all: number[] } {
  const sorted = [...all].sort((x, y) => x.performance - y.performance);
  return { ...sorted[Math.floor(sorted.length / 2)]!, all: all.map((r) => r.performance) };
}

function lighthouseVersion(): string {
  return JSON.parse(fs.readFileSync("node_modules/lighthouse/package.json", "utf8")).version;
}

function ms(n: number) {
  return n.toFixed(0).padStart(7);
}

function fail(message: string): never {
  console.error(`[lighthouse] ${message}`);
  process.exit(1);
}
