// Issue 13 part 4 in the browser (decision 0040): a lead sets up two-step sign-in with an authenticator
// app (the test plays the phone), signs in with password and code, adds a passkey (Chromium's virtual
// authenticator, over CDP) and signs in with it alone. On localhost: browsers refuse passkeys on an IP.
import { totpCode } from "../../lib/two-factor/totp";
import { createSchool, expect, ownerQuery, signIn, test } from "./fixtures";
import { PORT } from "./support/env";

const LOCAL = `http://localhost:${PORT}`;
const now = () => Math.floor(Date.now() / 1000);

test("two-step sign-in: set up the app, sign in with a code, add a passkey and sign in with it", async ({
  browser,
}) => {
  const { lead, name: school } = await createSchool({ name: "Two Step Primary" });
  const context = await browser.newContext({ baseURL: LOCAL });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  await signIn(page, lead.email, lead.password);
  await page.getByRole("link", { name: "Account", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign-in and security" })).toBeVisible();
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  const secret = (await page.getByTestId("manual-key").textContent())!.replace(/\s/g, "");

  await page.getByLabel("Code from the app").fill("000000" === totpCode(secret, now()) ? "111111" : "000000");
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByText("That code did not work.")).toBeVisible();
  await page.getByLabel("Code from the app").fill(totpCode(secret, now()));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByRole("heading", { name: "Your recovery codes" })).toBeFocused();
  await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  await page.getByRole("button", { name: "I have saved my codes" }).click();
  await expect(page.getByText("10 of 10 recovery codes unused.")).toBeVisible();

  await page.getByLabel("Name for a new passkey").fill("Staffroom laptop");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByText("Passkey “Staffroom laptop” added.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Your passkeys" })).toContainText("Staffroom laptop");

  // Out, then in with the password and the app's next code.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in$/);
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(lead.email);
  await page.getByLabel("Password", { exact: true }).fill(lead.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Enter your sign-in code" })).toBeVisible();
  await page.getByLabel("Code from your authenticator app").fill(totpCode(secret, now() + 30));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "School overview" })).toBeVisible();
  await expect(page.getByText(school).first()).toBeVisible();

  // Out, then in with the passkey alone.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in$/);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "School overview" })).toBeVisible();

  const events = await ownerQuery<{ action: string }>(
    `SELECT action FROM "AuditEvent" WHERE "actorId" = $1 ORDER BY at`,
    [lead.id],
  );
  expect(events.map((e) => e.action)).toEqual(
    expect.arrayContaining(["two-factor.enabled", "passkey.added", "sign-in.succeeded"]),
  );
  await context.close();
});
