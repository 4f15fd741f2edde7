// First-load JavaScript per route, read from the production build (.next, after `next build`):
// the framework's root chunks plus every chunk the route's layouts, error pages and page load,
// each counted once and gzipped, as a browser on a cold cache downloads them before the page can
// hydrate. Prints a table (or JSON with --json) and checks the targets of issue 12: at most
// 120 KiB on the self-assessment and sign-in pages and 200 KiB on dashboards; --check exits 1
// when one is missed. Run: npm run bundle-size [-- --json] [-- --check]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const root = path.resolve(process.argv.find((a) => a.startsWith("--dir="))?.slice(6) ?? ".next");
const json = process.argv.includes("--json");
const check = process.argv.includes("--check");
const KiB = 1024;

/** Targets in KiB, by route. */
const TARGETS = new Map([
  ["/schools/[schoolId]/assessments/[roundId]", 120],
  ["/sign-in", 120],
  ["/schools/[schoolId]", 200],
  ["/schools/[schoolId]/rounds/[roundId]/gaps", 200],
  ["/schools/[schoolId]/trust-view", 200],
  ["/trusts/[trustId]", 200],
  ["/trusts/[trustId]/heatmap", 200],
  ["/trusts/[trustId]/overview/[schoolId]", 200],
]);

if (!fs.existsSync(path.join(root, "build-manifest.json"))) {
  console.error(`No production build in ${root}: run \`npx next build\` first.`);
  process.exit(2);
}
const build = JSON.parse(fs.readFileSync(path.join(root, "build-manifest.json"), "utf8"));
const rootMain = build.rootMainFiles ?? [];

const gzipped = new Map();
function size(file) {
  if (!gzipped.has(file)) {
    const bytes = fs.readFileSync(path.join(root, file));
    gzipped.set(file, { raw: bytes.length, gzip: zlib.gzipSync(bytes).length });
  }
  return gzipped.get(file);
}

function manifests(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...manifests(full));
    else if (entry.name === "page_client-reference-manifest.js") out.push(full);
  }
  return out;
}

const rows = [];
for (const file of manifests(path.join(root, "server", "app"))) {
  const holder = {};
  new Function("globalThis", fs.readFileSync(file, "utf8"))(holder);
  for (const [key, manifest] of Object.entries(holder.__RSC_MANIFEST ?? {})) {
    const route = key.replace(/\/page$/, "") || "/";
    const files = new Set(rootMain);
    for (const chunks of Object.values(manifest.entryJSFiles ?? {}))
      for (const chunk of chunks) files.add(chunk.replace(/^\/_next\//, ""));
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const s = size(f);
      raw += s.raw;
      gzip += s.gzip;
    }
    const target = TARGETS.get(route) ?? null;
    rows.push({ route, files: files.size, rawKiB: raw / KiB, gzipKiB: gzip / KiB, targetKiB: target });
  }
}
rows.sort((a, b) => a.route.localeCompare(b.route));
const missed = rows.filter((r) => r.targetKiB !== null && r.gzipKiB > r.targetKiB);

if (json) console.log(JSON.stringify({ rows, missed: missed.map((r) => r.route) }, null, 2));
else {
  const width = Math.max(...rows.map((r) => r.route.length));
  console.log(`${"route".padEnd(width)}  first-load JS gzip   raw       target`);
  for (const r of rows) {
    const verdict =
      r.targetKiB === null ? "" : `${r.gzipKiB <= r.targetKiB ? "ok  " : "OVER"} <= ${r.targetKiB} KiB`;
    console.log(
      `${r.route.padEnd(width)}  ${r.gzipKiB.toFixed(1).padStart(8)} KiB  ${r.rawKiB.toFixed(0).padStart(6)} KiB  ${verdict}`,
    );
  }
  const shared = rootMain.reduce((s, f) => s + size(f).gzip, 0) / KiB;
  console.log(`\nshared by every route (framework root chunks): ${shared.toFixed(1)} KiB gzip`);
  console.log(
    missed.length ? `targets missed: ${missed.map((r) => r.route).join(", ")}` : "every target met",
  );
}
if (check && missed.length) process.exit(1);
