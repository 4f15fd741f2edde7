// Issue 13 part 4 in the browser: the sign-in page leads to a forgotten password; a reset link (made
// here as the mail would carry it: the e2e server has no SMTP, the mailing is tested in
// tests/integration/password-reset.test.ts) sets a new password once, and the old session ends.
import { newToken } from "../../lib/people/tokens";
import {
  addMembership,
  createPerson,
  demoIds,
  expect,
  ownerQuery,
  sessionCookiesFor,
  signIn,
  test,
} from "./fixtures";
import { httpClient } from "./support/http-matrix";

test("a forgotten password: from the sign-in page, through a link, to signing in with the new one", async ({
  page,
  browser,
  playwright,
}) => {
  const person = await createPerson("Forgetful Teacher");
  await addMembership(person.id, (await demoIds()).schools.primary, "STAFF");
  // A session from before the reset, which the reset must end.
  const earlier = await httpClient(playwright, await sessionCookiesFor(browser, person));
  expect((await (await earlier.get("/api/auth/session")).json()).user).toBeTruthy();

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgotten your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgotten your password?" })).toBeVisible();
  await expect(page.getByText("This Harbour server cannot send email")).toBeVisible();

  const { token, tokenHash } = newToken();
  await ownerQuery(
    `INSERT INTO "PasswordReset" (id, "personId", "tokenHash", "expiresAt") VALUES ($1, $2, $3, now() + interval '30 minutes')`,
    [`e2e-${tokenHash.slice(0, 12)}`, person.id, tokenHash],
  );
  await page.goto(`/reset-password/${token}`);
  await page.getByRole("button", { name: "Change my password" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await page.getByLabel("Choose a password").fill("a fresh spring passphrase");
  await page.getByLabel("Type the password again").fill("a fresh spring passphrase");
  await page.getByRole("button", { name: "Change my password" }).click();
  await expect(page.getByText("Your password is changed")).toBeVisible();

  // The earlier session has ended; the old password no longer works, the new one does.
  expect((await (await earlier.get("/api/auth/session")).json()).user).toBeUndefined();
  await signIn(page, person.email, "a fresh spring passphrase");
  await expect(page).toHaveURL(/\/schools\//);

  // The link worked once.
  await page.goto(`/reset-password/${token}`);
  await expect(page.getByText("This link has expired or has already been used.")).toBeVisible();
  await earlier.dispose();
});
