import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";
import { findChromium, noChromium } from "./tests/e2e/support/chromium.mjs";
import {
  ADMIN_DATABASE_URL,
  BASE_URL,
  OIDC_EMAIL,
  OIDC_TENANT,
  slot,
  type Slot,
  TEST_AUTH_SECRET,
  WORKERS,
} from "./tests/e2e/support/env";

// End-to-end tests in Chromium (CHROMIUM_PATH, else Debian's, else Playwright's own: Playwright cannot
// download browsers here), against a production build served by tests/e2e/start-server.mjs, which first
// makes a fresh, seeded database. Build first: `next build && playwright test`. Each worker has its own
// server and database (a slot, tests/e2e/support/env.ts); E2E_WORKERS=1 runs everything on one.
const chromium = findChromium();
if (!chromium) {
  console.error(noChromium()); // one line, not a stack trace
  process.exit(1);
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false, // a file's tests run in order, on one worker's server
  workers: WORKERS,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  globalTeardown: "./tests/e2e/global-teardown.ts",
  outputDir: "test-results/e2e",
  use: {
    baseURL: BASE_URL, // the worker's own slot: workers load this file too
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "en-GB",
    timezoneId: "Europe/London",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromium.path,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: Array.from({ length: WORKERS }, (_, index) => webServer(slot(index))),
});

type WebServer = Extract<PlaywrightTestConfig["webServer"], { command: string }>;

function webServer(slot: Slot): WebServer {
  return {
    command: "node tests/e2e/start-server.mjs",
    url: `${slot.BASE_URL}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    env: {
      E2E_ADMIN_DATABASE_URL: ADMIN_DATABASE_URL,
      E2E_DATABASE: slot.DATABASE_NAME,
      E2E_OWNER_DATABASE_URL: slot.OWNER_DATABASE_URL,
      PORT: String(slot.PORT),
      DATABASE_URL: slot.APP_DATABASE_URL,
      NEXTAUTH_SECRET: TEST_AUTH_SECRET,
      NEXTAUTH_URL: slot.BASE_URL,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "error",
      WONDE_API_URL: slot.WONDE_API_URL,
      // Reminders would add notices to the demo's people while specs read their pages.
      JOBS_ENABLED: "false",
      // Every spec signs in leaders with the demo's password alone; two-step sign-in's own spec
      // (two-step-sign-in.spec.ts) covers it, and tests/integration/two-factor.test.ts the requirement.
      TWO_FACTOR_REQUIRED: "false",
      // Browsers refuse passkeys on an IP address: the passkey journey runs on localhost.
      PASSKEY_ORIGIN: `http://localhost:${slot.PORT}`,
      EVIDENCE_DIR: slot.EVIDENCE_DIR,
      // Sign in with Microsoft, against the local OpenID Connect server start-server.mjs runs.
      E2E_OIDC_PORT: String(slot.OIDC_PORT),
      E2E_OIDC_CLAIMS: JSON.stringify({
        email: OIDC_EMAIL,
        name: "Brookfield Teacher",
        tid: OIDC_TENANT,
        xms_edov: true,
      }),
      MICROSOFT_CLIENT_ID: "harbour-e2e",
      MICROSOFT_CLIENT_SECRET: "harbour-e2e-secret",
      MICROSOFT_ISSUER: `http://127.0.0.1:${slot.OIDC_PORT}`,
    },
  };
}
