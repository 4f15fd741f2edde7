// `npm test`: the whole suite. Formatting, lint and types, unit tests, integration tests against the Postgres
// server (TEST_ADMIN_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres), then a
// production build served to Playwright in Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { bin, run } from "./run.mjs";

run(bin("prisma"), ["generate"]);
run(bin("prettier"), ["--check", "--log-level=warn", "."]);
run(bin("eslint"), ["--max-warnings=0", "."]);
run(bin("tsc"), ["--noEmit"]);
run(bin("vitest"), ["run"]);
run(bin("next"), ["build"]);
run(bin("playwright"), ["test"]);
