// `npm run audit`: the runtime dependencies' published advisories, from the registry's audit endpoint.
// Some registries (mirrors, this project's build machines) do not serve that endpoint: then this says
// so plainly and exits 2, rather than passing in silence or failing as if advisories were found.
import { spawnSync } from "node:child_process";

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}
const registry = spawnSync("npm", ["config", "get", "registry"], { encoding: "utf8" }).stdout.trim();

if (!report || report.error || !report.metadata) {
  const why = report?.message ?? report?.error?.summary ?? "no answer";
  console.log(`Could not audit: the registry ${registry} does not answer npm's audit requests (${why}).`);
  console.log("Nothing was checked. Run `npm run audit` where the public npm registry is reachable.");
  process.exit(2);
}

const counts = report.metadata.vulnerabilities;
const total = Object.values(counts).reduce((a, b) => a + b, 0) - (counts.total ?? 0);
console.log(
  `Audited ${report.metadata.dependencies?.prod ?? "the"} runtime dependencies against ${registry}.`,
);
for (const [name, v] of Object.entries(report.vulnerabilities ?? {}))
  console.log(`  ${v.severity.padEnd(8)} ${name} ${v.range}${v.fixAvailable ? " (a fix is available)" : ""}`);
console.log(
  total === 0 ? "No published advisory affects them." : `${total} advisories: fix them before a release.`,
);
process.exit(total === 0 ? 0 : 1);
