// Which Chromium the end-to-end tests drive, decided here only (playwright.config.ts, scripts/test.mjs):
// CHROMIUM_PATH when set, else the system's /usr/bin/chromium, else Playwright's own if installed.
// Plain JavaScript so that `npm test` can ask before it spends minutes on a production build.
import fs from "node:fs";
import { chromium } from "@playwright/test";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** The one line to print when findChromium() found nothing. */
export function noChromium(env = process.env) {
  const how =
    "install one (`apt-get install chromium`, or `npx playwright install chromium` where downloads work) or set CHROMIUM_PATH to its executable.";
  return env.CHROMIUM_PATH
    ? `No Chromium at CHROMIUM_PATH (${env.CHROMIUM_PATH}) for the end-to-end tests: ${how}`
    : `No Chromium for the end-to-end tests: ${how}`;
}

/**
 * `{ path, source }` of the browser to launch, or null when there is none. The options exist for the
 * unit tests; callers pass none.
 */
export function findChromium({
  env = process.env,
  system = SYSTEM_CHROMIUM,
  playwright = playwrightsOwn,
} = {}) {
  if (env.CHROMIUM_PATH) {
    // Named explicitly: never fall back to another browser behind the caller's back.
    return fs.existsSync(env.CHROMIUM_PATH) ? { path: env.CHROMIUM_PATH, source: "CHROMIUM_PATH" } : null;
  }
  if (fs.existsSync(system)) return { path: system, source: "the system" };
  const own = playwright();
  return own && fs.existsSync(own) ? { path: own, source: "Playwright" } : null;
}

function playwrightsOwn() {
  try {
    return chromium.executablePath();
  } catch {
    return null; // no browser registry entry for this platform
  }
}
