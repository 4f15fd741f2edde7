// Decision 0041 in the browser: the lead sets how long responses are kept (an error beside the
// field, then saved), and a person downloads their data and erases their account after typing their
// address, and can no longer sign in. On a 360 px phone, with axe.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import {
  addMembership,
  createPerson,
  demoIds,
  demoSchool,
  expect,
  ownerQuery,
  signIn,
  test,
} from "./fixtures";

const primary = demoSchool("primary");

test.use({ viewport: { width: 360, height: 780 } });

test("retention setting, download and erasure", async ({ page, signedIn }) => {
  const { schools } = await demoIds();
  await signedIn(primary.lead);
  await page.goto(`/schools/${schools.primary}/settings/retention`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How long responses are kept");
  const years = page.getByLabel("Years after a round ends");
  await years.fill("0");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Keep responses for at least 1 year.")).toBeVisible();
  await years.fill("5");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved: individual responses are kept for 5 years")).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
  await page.screenshot({ path: "test-results/privacy-retention.png", fullPage: true });

  const person = await createPerson("Erin Erasable");
  await addMembership(person.id, schools.primary, "STAFF", "TEACHER");
  await page.context().clearCookies();
  await signIn(page, person.email, person.password);
  await page.goto("/account/data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download my data" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^harbour-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const mine = JSON.parse(fs.readFileSync(await download.path(), "utf8"));
  expect(mine.account.email).toBe(person.email);
  await page.getByRole("button", { name: "Erase my account…" }).click();
  await page.getByLabel("Type your email address to confirm").fill("wrong@example.test");
  await page.getByRole("button", { name: "Erase my account for good" }).click();
  await expect(page.getByText("Type the email address you sign in with.")).toBeVisible();
  await page.screenshot({ path: "test-results/privacy-erase.png", fullPage: true });
  await page.getByLabel("Type your email address to confirm").fill(person.email);
  await page.getByRole("button", { name: "Erase my account for good" }).click();
  await expect(page.getByText("Your account has been erased")).toBeVisible();
  expect(await ownerQuery(`SELECT id FROM "Person" WHERE id = $1`, [person.id])).toEqual([]);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});
