// npm run sqlmap: sqlmap (Debian package: apt-get install -y sqlmap) against Harbour's main input
// endpoints, signed in as the demo lead, on a production build (`next build` first) served with a
// fresh seeded database of its own, as the end-to-end suite serves it (tests/e2e/start-server.mjs).
// Prints, per endpoint, what sqlmap found; exits 1 if any parameter looks injectable.
// SQLMAP_PORT (3190), SQLMAP_DATABASE (harbour_sqlmap), SQLMAP_LEVEL (1-5, 2), SQLMAP_RISK (1-3, 1).
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
  env: {
    ...env,
    E2E_ADMIN_DATABASE_URL: admin,
    E2E_DATABASE: database,
    E2E_OWNER_DATABASE_URL: dbUrl(),
    E2E_PORT: String(port),
    PORT: String(port),
    DATABASE_URL: dbUrl("harbour_app"),
    NEXTAUTH_SECRET: "sqlmap-only-secret-0123456789abcdefghijklmnopqrstu",
    NEXTAUTH_URL: base,
    NODE_ENV: "production",
    JOBS_ENABLED: "false",
    LOG_LEVEL: "error",
  },
});
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);
for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => process.exit(130));

async function until(check, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${base} did not start within ${seconds} s`);
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
const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
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
if (![...jar.keys()].some((k) => k.includes("session-token"))) {
  console.error(`Could not sign in as the demo lead (HTTP ${signIn.status}).`);
  process.exit(1);
}
const home = await fetch(`${base}/`, { redirect: "manual", headers: { Cookie: cookie() } });
const schoolPath = home.headers.get("location") ?? "";
const schoolId = /\/schools\/([^/?#]+)/.exec(schoolPath)?.[1];
if (!schoolId) {
  console.error(`Signed in, but found no school to test (home sent us to "${schoolPath}").`);
  process.exit(1);
}

const s = `${base}/schools/${schoolId}`;
const targets = [
  {
    name: "audit log filters",
    url: `${s}/audit?person=a&action=sign-in.succeeded&from=2026-01-01&to=2026-12-31`,
  },
  { name: "audit log CSV", url: `${s}/audit/export?person=a&action=x&from=2026-01-01&to=2026-12-31` },
  { name: "catalogue search", url: `${s}/catalogue?q=first&tier=1&format=ONLINE` },
  { name: "evidence library", url: `${s}/evidence?q=policy&tag=x` },
  { name: "network library", url: `${s}/network?q=anxiety&principle=x` },
  { name: "framework version", url: `${s}/framework?version=1` },
  { name: "framework export", url: `${s}/framework/export?format=csv` },
  { name: "round page", url: `${s}/rounds/x1*` },
  {
    name: "sign-in (credentials)",
    url: `${base}/api/auth/callback/credentials`,
    data: `email=a%40b.c&password=x&csrfToken=${csrfToken}`,
  },
];

const level = env.SQLMAP_LEVEL ?? "2";
const risk = env.SQLMAP_RISK ?? "1";
const out = fs.mkdtempSync(path.join(os.tmpdir(), "harbour-sqlmap-"));
let injectable = 0;
console.log(
  `sqlmap ${spawnSync("sqlmap", ["--version"], { encoding: "utf8" }).stdout.trim()} against ${base}, level ${level}, risk ${risk}`,
);
for (const t of targets) {
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
    "--skip-static",
    "--disable-coloring",
    "--smart",
    ...(t.data ? ["--data", t.data] : ["--cookie", cookie()]),
  ];
  const started = Date.now();
  const run = spawnSync("sqlmap", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const text = `${run.stdout}\n${run.stderr}`;
  const found = [...text.matchAll(/Parameter: (.+?) \((GET|POST|URI|Cookie)\)/g)].map(
    (m) => `${m[1]} (${m[2]})`,
  );
  const tested = [
    ...new Set([...text.matchAll(/testing if (?:GET|POST|URI) parameter '([^']+)'/g)].map((m) => m[1])),
  ];
  const seconds = Math.round((Date.now() - started) / 1000);
  if (found.length > 0) {
    injectable += found.length;
    console.log(`INJECTABLE  ${t.name}: ${found.join(", ")} (${seconds} s)`);
  } else {
    const why = /all tested parameters do not appear to be injectable/.test(text)
      ? "no parameter appears injectable"
      : (text.match(/\[(?:CRITICAL|ERROR)\] ([^\n]+)/)?.[1] ?? "no injection found");
    console.log(
      `clean       ${t.name}: ${why}; parameters tested: ${tested.join(", ") || "none"} (${seconds} s)`,
    );
  }
}
console.log(
  injectable === 0
    ? "sqlmap found no injectable parameter."
    : `sqlmap found ${injectable} injectable parameter(s).`,
);
fs.rmSync(out, { recursive: true, force: true });
process.exit(injectable === 0 ? 0 : 1);
