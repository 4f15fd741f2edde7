// Which Chromium the end-to-end tests launch: CHROMIUM_PATH, else the system's, else Playwright's own.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { afterAll, describe, expect, it } from "vitest";
import { findChromium, noChromium } from "@/tests/e2e/support/chromium.mjs";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "chromium-test-"));
const file = (name: string) => {
  const at = path.join(folder, name);
  fs.writeFileSync(at, "");
  return at;
};
const named = file("named");
const system = file("system");
const own = file("own");
const missing = path.join(folder, "missing");
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("findChromium", () => {
  it("takes CHROMIUM_PATH first", () => {
    expect(findChromium({ env: { CHROMIUM_PATH: named }, system, playwright: () => own })).toEqual({
      path: named,
      source: "CHROMIUM_PATH",
    });
  });

  it("does not fall back when CHROMIUM_PATH names nothing, and says so", () => {
    const env = { CHROMIUM_PATH: missing };
    expect(findChromium({ env, system, playwright: () => own })).toBeNull();
    expect(noChromium(env)).toContain(missing);
  });

  it("takes the system's without CHROMIUM_PATH", () => {
    expect(findChromium({ env: {}, system, playwright: () => own })).toEqual({
      path: system,
      source: "the system",
    });
  });

  it("takes Playwright's own when the system has none", () => {
    expect(findChromium({ env: {}, system: missing, playwright: () => own })).toEqual({
      path: own,
      source: "Playwright",
    });
  });

  it("finds none when Playwright's own is not installed either, and says how to get one", () => {
    expect(findChromium({ env: {}, system: missing, playwright: () => missing })).toBeNull();
    expect(findChromium({ env: {}, system: missing, playwright: () => null })).toBeNull();
    expect(noChromium({})).toMatch(/apt-get install chromium.*CHROMIUM_PATH/);
    expect(noChromium({})).not.toContain("\n");
  });

  it("asks the installed @playwright/test by default", () => {
    const own = chromium.executablePath();
    const expected = fs.existsSync(own) ? { path: own, source: "Playwright" } : null;
    expect(findChromium({ env: {}, system: missing })).toEqual(expected);
  });
});
