// A lead manages people: role changes and removals take effect at once, even for someone already
// signed in (every request re-reads the membership), and a school always keeps a lead.
import type { Browser, Page } from "@playwright/test";
import {
  type Account,
  addMembership,
  createPerson,
  createSchool,
  demoIds,
  demoSchool,
  expect,
  sessionCookiesFor,
  test,
} from "./fixtures";
import { BASE_URL } from "./support/env";

const special = demoSchool("special");

/** A second, separate browser session for `account`, alongside the test's own page. */
async function sessionOf(browser: Browser, account: Account): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE_URL });
  await context.addCookies(await sessionCookiesFor(browser, account));
  return context.newPage();
}

test.describe("managing people", () => {
  test("a lead makes a staff member head, and they see the people page at once", async ({
    browser,
    signedIn,
  }) => {
    const { schools } = await demoIds();
    const person = await createPerson("Pat Promoted");
    await addMembership(person.id, schools.special, "STAFF");
    const theirs = await sessionOf(browser, person);
    const peoplePage = `/schools/${schools.special}/people`;
    expect((await theirs.goto(peoplePage))?.status()).toBe(404);

    const page = await signedIn(special.lead);
    await page.goto(peoplePage);
    const row = page.getByRole("form", { name: "Role of Pat Promoted" });
    await row.getByLabel("Role", { exact: true }).selectOption("HEAD");
    await row.getByLabel("Job role", { exact: true }).selectOption("SENIOR_LEADER");
    await row.getByRole("button", { name: "Save changes for Pat Promoted" }).click();
    await expect(row.getByText("Saved.")).toBeVisible();

    expect((await theirs.goto(peoplePage))?.status()).toBe(200);
    await expect(theirs.getByRole("heading", { level: 1 })).toHaveText("People");
    await theirs.context().close();
  });

  test("a lead removes someone, whose session stops reaching the school at once", async ({
    browser,
    signedIn,
  }) => {
    const { schools } = await demoIds();
    const person = await createPerson("Rene Removed");
    await addMembership(person.id, schools.special, "STAFF");
    const theirs = await sessionOf(browser, person);
    const home = `/schools/${schools.special}`;
    await theirs.goto(home);
    await expect(theirs.getByRole("heading", { level: 1 })).toHaveText("My training");

    const page = await signedIn(special.lead);
    await page.goto(`${home}/people`);
    page.once("dialog", (dialog) => dialog.accept());
    await page
      .getByRole("form", { name: "Role of Rene Removed" })
      .getByRole("button", { name: "Remove Rene Removed" })
      .click();
    await expect(page.getByRole("form", { name: "Role of Rene Removed" })).toHaveCount(0);

    expect((await theirs.goto(home))?.status()).toBe(404);
    await theirs.goto("/");
    await expect(theirs.getByRole("heading", { level: 1 })).toHaveText("No access yet");
    await theirs.context().close();
  });

  test("the only lead cannot step down or remove themselves", async ({ signedIn }) => {
    const school = await createSchool({ name: "Single Lead School" });
    const page = await signedIn(school.lead);
    await page.goto(`/schools/${school.id}/people`);
    const row = page.getByRole("form", { name: `Role of ${school.lead.label}` });
    await row.getByLabel("Role", { exact: true }).selectOption("STAFF");
    await row.getByRole("button", { name: /^Save/ }).click();
    await expect(row).toContainText("A school needs at least one lead. Make someone else a lead first.");

    page.once("dialog", (dialog) => dialog.accept());
    await row.getByRole("button", { name: /^Remove/ }).click();
    await expect(row).toContainText("A school needs at least one lead.");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  });
});
