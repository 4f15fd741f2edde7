// Issue 13 part 3: the production server's headers on pages, route handlers and downloads, read as it
// sends them; and pages still run under the policy in a real browser.
import type { APIResponse } from "@playwright/test";
import { demoIds, demoSchool, expect, sessionCookiesFor, test } from "./fixtures";
import { httpClient } from "./support/http-matrix";

const lead = demoSchool("primary").lead;

function expectSecurityHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(csp, what).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("same-origin");
  expect(h["permissions-policy"], what).toContain("camera=()");
  // Served over plain HTTP here: HSTS would be meaningless, and is not sent (tests/unit/security-headers).
  expect(h["strict-transport-security"], what).toBeUndefined();
  return csp.match(/'nonce-([^']+)'/)?.[1] ?? "";
}

test("pages, route handlers, downloads and errors carry the security headers", async ({
  playwright,
  browser,
}) => {
  const school = (await demoIds()).schools.primary;
  const anonymous = await httpClient(playwright);
  const signedIn = await httpClient(playwright, await sessionCookiesFor(browser, lead));
  const signInPage = await anonymous.get("/sign-in");
  const download = await signedIn.get(`/schools/${school}/framework/export?format=csv`);
  const answers: [string, APIResponse][] = [
    ["sign-in page", signInPage],
    ["a page that is not there", await anonymous.get("/no-such-page")],
    ["the session route handler", await anonymous.get("/api/auth/session")],
    ["the school's home", await signedIn.get(`/schools/${school}`)],
    ["a download", download],
  ];
  const nonces = new Set<string>();
  for (const [what, response] of answers) {
    expect(response.status(), what).toBeLessThan(500);
    nonces.add(expectSecurityHeaders(response, what));
  }
  expect(nonces.size, "a fresh nonce per response").toBe(answers.length);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);

  // Next.js put the response's nonce on every script it rendered; no script runs without it.
  const nonce = expectSecurityHeaders(signInPage, "sign-in page");
  const html = await signInPage.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  await anonymous.dispose();
  await signedIn.dispose();
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ playwright }) => {
  const client = await httpClient(playwright);
  const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
  const response = await client.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: lead.email, password: lead.password, json: "true" },
    maxRedirects: 0,
  });
  const session = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session-token="));
  expect(session).toHaveLength(1);
  for (const cookie of session) {
    expect(cookie.value).toMatch(/;\s*HttpOnly/i);
    expect(cookie.value).toMatch(/;\s*SameSite=Lax/i);
  }
  await client.dispose();
});

test("pages run under the policy: nothing refused, and their scripts run", async ({ page, signedIn }) => {
  const refused: string[] = [];
  const watch = (p: typeof page) =>
    p.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
  // Signed out: the form checks its fields in the browser, which only hydrated scripts can do.
  watch(page);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);

  // Signed in: the lead's pages, a chart among them.
  const leadPage = await signedIn(lead);
  watch(leadPage);
  const school = (await demoIds()).schools.primary;
  for (const path of ["", "/review", "/people", "/plans", "/action-plan", "/catalogue"]) {
    await leadPage.goto(`/schools/${school}${path}`);
    await expect(leadPage.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(refused).toEqual([]);
});
