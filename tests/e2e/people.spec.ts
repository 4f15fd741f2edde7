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

/** Finds `name` with the search box and opens their "Change" panel; returns their form. */
async function openChange(page: Page, name: string) {
  await page.getByLabel("Search by name or email").fill(name);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `“${name}”` })).toBeVisible();
  await page.locator("summary", { hasText: `role or remove ${name}` }).click();
  return page.getByRole("form", { name: `Role of ${name}` });
}

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
    const row = await openChange(page, "Pat Promoted");
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
    const row = await openChange(page, "Rene Removed");
    // Removing asks once more, in the page.
    await row.getByRole("button", { name: "Remove from the school Rene Removed" }).click();
    await row.getByRole("button", { name: "Yes, remove" }).click();
    await expect(page.getByRole("form", { name: "Role of Rene Removed" })).toHaveCount(0);

    // They no longer reach the school: a 404, or the sign-in page when the removal ended their session.
    const after = await theirs.goto(home);
    const signedOut = new URL(theirs.url()).pathname === "/sign-in";
    expect(signedOut || after?.status() === 404, `status ${after?.status()} at ${theirs.url()}`).toBe(true);
    await theirs.goto("/");
    await expect(theirs.getByRole("heading", { level: 1 })).toHaveText(
      signedOut ? "Sign in" : "No access yet",
    );
    await theirs.context().close();
  });

  test("the only lead cannot step down or remove themselves", async ({ signedIn }) => {
    const school = await createSchool({ name: "Single Lead School" });
    const page = await signedIn(school.lead);
    await page.goto(`/schools/${school.id}/people`);
    const row = await openChange(page, school.lead.label);
    await row.getByLabel("Role", { exact: true }).selectOption("STAFF");
    await row.getByRole("button", { name: /^Save/ }).click();
    await expect(row).toContainText("A school needs at least one lead. Make someone else a lead first.");

    await row.getByRole("button", { name: /^Remove/ }).click();
    await row.getByRole("button", { name: "Yes, remove" }).click();
    await expect(row).toContainText("A school needs at least one lead.");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  });

  test("a long staff list comes a page at a time, and search finds anyone", async ({ signedIn }) => {
    const { schools } = await demoIds();
    const page = await signedIn(demoSchool("secondary").lead);
    await page.goto(`/schools/${schools.secondary}/people`);
    const members = page.getByRole("region", { name: /^Members/ });
    await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();
    // Every form is closed until its "Change" is pressed.
    await expect(members.getByRole("form")).toHaveCount(0);
    await page.getByRole("link", { name: "Next page of members" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();

    await page.getByLabel("Search by name or email").fill("LEAD@kingsmead");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "“LEAD@kingsmead”" })).toHaveText(
      /^1 of \d+ matches/,
    );
    await expect(members.getByText("lead@kingsmead.example")).toBeVisible();
  });
});
