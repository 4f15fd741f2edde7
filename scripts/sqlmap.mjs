// npm run sqlmap: sqlmap (Debian package: apt-get install -y sqlmap) against Harbour's main input
// endpoints, signed in as the demo lead, on a production build (`next build` first) served with a
// fresh seeded database of its own, as the end-to-end suite serves it (tests/e2e/start-server.mjs).
// The doors: sign-in, autosave, server actions (called as the browser calls them: a Next-Action
// header and the arguments as JSON), search and filter query strings, CSV downloads, ids and link
// keys in paths, and the session cookie. Prints, per endpoint, what sqlmap found; exits 1 if any
// parameter looks injectable. The last run's result is in docs/security-testing.md.
// SQLMAP_PORT (3190), SQLMAP_DATABASE (harbour_sqlmap), SQLMAP_LEVEL (1-5, 2), SQLMAP_RISK (1-3, 1),
// SQLMAP_SECONDS (the time limit for one endpoint, 60), SQLMAP_ONLY (endpoints whose name has it).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const env = process.env;
const port = Number(env.SQLMAP_PORT ?? 3190);
const base = `http://127.0.0.1:${port}`;
const admin = env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const database = env.SQLMAP_DATABASE ?? "harbour_sqlmap";
const dbUrl = (user) => {
  const url = new URL(admin);
  url.pathname = `/${database}`;
  if (user) Object.assign(url, { username: user, password: "" });
  return url.toString();
};

if (spawnSync("sqlmap", ["--version"], { encoding: "utf8" }).status !== 0) {
  console.error("sqlmap is not installed: apt-get install -y sqlmap (Debian), then run this again.");
  process.exit(1);
}
if (!fs.existsSync(".next/BUILD_ID")) {
  console.error("No production build in .next/: run `npx next build` first.");
  process.exit(1);
}

const server = spawn("node", ["tests/e2e/start-server.mjs"], {
  stdio: ["ignore", "pipe", "pipe"],
  detached: true,
  env: {
    ...env,
    E2E_ADMIN_DATABASE_URL: admin,
    E2E_DATABASE: database,
    E2E_OWNER_DATABASE_URL: dbUrl(),
    E2E_PORT: String(port),
    // The e2e server also starts its stand-in OpenID Connect provider; it needs a port of its own.
    E2E_OIDC_PORT: String(port + 1000),
    PORT: String(port),
    DATABASE_URL: dbUrl("harbour_app"),
    NEXTAUTH_SECRET: "sqlmap-only-secret-0123456789abcdefghijklmnopqrstu",
    NEXTAUTH_URL: base,
    NODE_ENV: "production",
    JOBS_ENABLED: "false",
    LOG_LEVEL: "error",
  },
});
let serverLog = "";
for (const stream of [server.stdout, server.stderr]) stream.on("data", (c) => (serverLog += c));
let stopping = false;
server.on("exit", (code) => {
  if (stopping) return;
  console.error(`The server stopped (exit ${code}):\n${serverLog.slice(-2000)}`);
  process.exit(1);
});
const stop = () => {
  stopping = true;
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
};
process.on("exit", stop);
for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => process.exit(130));

async function until(check, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${base} did not start within ${seconds} s:\n${serverLog.slice(-2000)}`);
}
await until(async () => (await fetch(`${base}/sign-in`)).ok, 180);

// Signing in through next-auth's own endpoints, as the sign-in form does.
const jar = new Map();
const keep = (res) => {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair.indexOf("=");
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
};
const cookie = (names = [...jar.keys()]) => names.map((k) => `${k}=${jar.get(k)}`).join("; ");
const csrfRes = await fetch(`${base}/api/auth/csrf`);
keep(csrfRes);
const { csrfToken } = await csrfRes.json();
const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
  method: "POST",
  redirect: "manual",
  headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie() },
  body: new URLSearchParams({
    csrfToken,
    email: "lead@brookfield.example",
    password: "harbour-demo-lighthouse",
    callbackUrl: base,
    json: "true",
  }),
});
keep(signIn);
const sessionCookie = [...jar.keys()].find((k) => k.includes("session-token"));
if (!sessionCookie) {
  console.error(`Could not sign in as the demo lead (HTTP ${signIn.status}).`);
  process.exit(1);
}
const home = await fetch(`${base}/`, { redirect: "manual", headers: { Cookie: cookie() } });
const schoolPath = home.headers.get("location") ?? (await home.text());
const schoolId = /\/schools\/([a-z0-9]{20,40})/.exec(schoolPath)?.[1];
if (!schoolId) {
  console.error(`Signed in, but found no school to test (home answered ${home.status}).`);
  process.exit(1);
}

// A server action is a POST to its page with the action's id (from the build's manifest) and its
// arguments as JSON, as React sends them; Origin must be Harbour's own (Next.js checks it).
const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8"));
function action(file, name) {
  const id = Object.entries(manifest.node).find(
    ([, a]) => a.filename === file && a.exportedName === name,
  )?.[0];
  if (!id) throw new Error(`No server action ${name} in ${file} in this build.`);
  return [`Next-Action: ${id}`, `Origin: ${base}`, "Accept: text/x-component"];
}

// `*` marks where sqlmap injects into a path. The demo has no rounds or links: an id that names
// nothing still goes through every query the door makes before "not found".
const s = `${base}/schools/${schoolId}`;
const targets = [
  {
    name: "sign-in (credentials)",
    url: `${base}/api/auth/callback/credentials`,
    data: `email=someone%40example.org&password=not-the-password&csrfToken=${csrfToken}&json=true`,
    cookies: [...jar.keys()].filter((k) => k.includes("csrf-token")),
  },
  {
    name: "autosave (JSON body, ids in the path)",
    url: `${s}/assessments/round1*/answers`,
    data: JSON.stringify({
      frameworkVersionId: "v1",
      answers: [{ competencyCode: "C1", rating: 3, comment: "fine" }],
      currentStep: 1,
    }),
    headers: [`Origin: ${base}`, "Content-Type: application/json"],
  },
  {
    name: "forgotten password (server action)",
    url: `${base}/forgot-password`,
    data: JSON.stringify([{ email: "someone@example.org" }]),
    headers: action("app/forgot-password/actions.ts", "requestResetAction"),
  },
  {
    name: "invite a person (server action)",
    url: `${s}/people`,
    // sqlmap finds JSON only in an object, not in this list of arguments: `*` marks each value.
    data: JSON.stringify([
      schoolId,
      { email: "new@example.org*", name: "New Person*", role: "STAFF*", jobRole: "TEACHER*" },
    ]),
    headers: action("app/schools/[schoolId]/people/actions.ts", "invitePerson"),
  },
  { name: "people search", url: `${s}/people?q=smith&page=1` },
  {
    name: "audit log filters",
    url: `${s}/audit?person=a&action=sign-in.succeeded&from=2026-01-01&to=2026-12-31&page=1`,
  },
  { name: "audit log CSV", url: `${s}/audit/export?person=a&action=x&from=2026-01-01&to=2026-12-31` },
  { name: "catalogue filters", url: `${s}/catalogue?tier=1&format=ONLINE&competency=C1` },
  { name: "evidence library tag", url: `${s}/evidence?tag=policy` },
  { name: "network library search", url: `${s}/network?q=anxiety&principle=x&phase=PRIMARY&criterion=x` },
  { name: "framework version", url: `${s}/framework?version=1` },
  { name: "framework export", url: `${s}/framework/export?format=csv` },
  { name: "round page (id in the path)", url: `${s}/rounds/round1*` },
  { name: "invitation link (key in the path)", url: `${base}/invitations/key1*` },
  { name: "unsubscribe link (key)", url: `${base}/unsubscribe?token=abc` },
  { name: "session cookie", url: `${base}/account/data`, only: sessionCookie },
];

const level = env.SQLMAP_LEVEL ?? "2";
const risk = env.SQLMAP_RISK ?? "1";
const limit = Number(env.SQLMAP_SECONDS ?? 60);
const out = fs.mkdtempSync(path.join(os.tmpdir(), "harbour-sqlmap-"));
let injectable = 0;
const began = Date.now();
console.log(
  `sqlmap ${spawnSync("sqlmap", ["--version"], { encoding: "utf8" }).stdout.split("\n")[0].trim()} against ${base}, level ${level}, risk ${risk}, at most ${limit} s an endpoint`,
);
for (const t of targets.filter((t) => t.name.includes(env.SQLMAP_ONLY ?? ""))) {
  const args = [
    "-u",
    t.url,
    "--batch",
    "--flush-session",
    `--output-dir=${out}`,
    `--level=${level}`,
    `--risk=${risk}`,
    "--dbms=PostgreSQL",
    "--technique=BEUST",
    "--time-sec=2",
    "--timeout=10",
    "--retries=0",
    "--disable-coloring",
    // A refusal that sends the browser elsewhere is itself the answer to compare.
    "--ignore-redirects",
    // How Harbour refuses input: answers to compare, not errors that stop the run.
    "--ignore-code=400,401,403,404,405,409,413,429",
    ...(t.data ? ["--data", t.data] : []),
    ...(t.headers ? ["--headers", t.headers.join("\n")] : []),
    "--cookie",
    cookie(t.cookies),
    // The session cookie goes with every request; only its own endpoint tests it, so the others
    // spend their time on their own parameters.
    ...(t.only ? ["-p", t.only] : ["--param-exclude", "next-auth|harbour"]),
  ];
  // What the door answers the unaltered request, so the output shows each was reached (signed in,
  // past the origin check) rather than refused before it read anything.
  // (Again if a kept-alive connection closed while sqlmap ran.)
  const once = () =>
    fetch(t.url.replace("*", ""), {
      method: t.data ? "POST" : "GET",
      redirect: "manual",
      headers: {
        ...Object.fromEntries((t.headers ?? []).map((h) => h.split(": "))),
        ...(t.data && !t.headers?.some((h) => h.startsWith("Content-Type"))
          ? {
              "Content-Type": t.data.startsWith("[")
                ? "text/plain;charset=UTF-8"
                : "application/x-www-form-urlencoded",
            }
          : {}),
        Cookie: cookie(t.cookies),
      },
      body: t.data,
    });
  let answered = "no answer";
  for (let attempt = 0; attempt < 3 && answered === "no answer"; attempt++)
    answered = await once().then(
      (res) => `answers ${res.status}`,
      () => "no answer",
    );
  const started = Date.now();
  const run = spawnSync("sqlmap", args, {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: limit * 1000,
    killSignal: "SIGKILL",
  });
  const text = `${run.stdout}\n${run.stderr}`;
  const found = [...text.matchAll(/^Parameter: (.+)$/gm)].map((m) => m[1]);
  const tested = [
    ...new Set([...text.matchAll(/testing if (.+? parameter '[^']+') is dynamic/g)].map((m) => m[1])),
  ];
  const seconds = Math.round((Date.now() - started) / 1000);
  const timedOut = run.error?.code === "ETIMEDOUT" || run.signal === "SIGKILL";
  if (found.length > 0) {
    injectable += found.length;
    console.log(`INJECTABLE  ${t.name} (${answered}): ${found.join(", ")} (${seconds} s)`);
  } else {
    const why = timedOut
      ? `no injection found within the ${limit} s limit`
      : /all tested parameters do not appear to be injectable/.test(text)
        ? "no injection found"
        : (text.match(/\[(?:CRITICAL|ERROR)\] ([^\n]+)/)?.[1] ?? "no injection found");
    if (tested.length === 0 && env.SQLMAP_VERBOSE) console.log(text);
    console.log(
      `clean       ${t.name} (${answered}): ${why}; tested ${tested.join(", ") || "nothing"} (${seconds} s)`,
    );
  }
}
console.log(
  `${Math.round((Date.now() - began) / 1000)} s in all. ` +
    (injectable === 0
      ? "sqlmap found no injectable parameter."
      : `sqlmap found ${injectable} injectable parameter(s).`),
);
fs.rmSync(out, { recursive: true, force: true });
process.exit(injectable === 0 ? 0 : 1);
