// The first run of a new server, through to a school with its lead: the operator sets the server
// up with its setup code, adds a school from the register and appoints its lead, who joins.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { setupCode } from "../../lib/operators/setup-code";
import { expect, ownerQuery, signIn, signOut, test } from "./fixtures";
import { TEST_AUTH_SECRET } from "./support/env";

const PASSWORD = "quiet estuary beacons 9";

async function noAxeViolations(page: import("@playwright/test").Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test("first run: the operator sets the server up, adds a school from the register and its lead joins", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const id = randomUUID().slice(0, 8);
  const operator = `operator.${id}@harbour.example`;
  const lead = `lead.${id}@oakfield.example`;
  // The e2e database starts with the demo only: no operator, so the server offers to be set up.
  await ownerQuery(`DELETE FROM "Operator"`);
  await ownerQuery(`DELETE FROM "School" WHERE urn = '990013'`);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Set it up" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up this Harbour server");
  await noAxeViolations(page);
  await page.getByLabel("Setup code").fill("WRNG-CODE-0000");
  await page.getByLabel("Your name").fill("Olu Operator");
  await page.getByLabel("Your email address").fill(operator);
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByLabel("Type the password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Create my operator account" }).click();
  await expect(page.locator("#setup-code-error")).toHaveText(
    "That is not this server's setup code. Check it and type it again.",
  );
  await page.getByLabel("Setup code").fill(setupCode(TEST_AUTH_SECRET).toLowerCase());
  await page.getByRole("button", { name: "Create my operator account" }).click();
  await expect(page.getByRole("status")).toContainText(`Your operator account is ready: ${operator}`);

  // Set up now: the page is gone, and the operator lands on the server's overview.
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, operator, PASSWORD);
  await expect(page).toHaveURL(/\/operator$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This Harbour server");
  // Earlier specs may have made schools already: either way the next step is about schools.
  await expect(
    page
      .getByRole("region", { name: "What next" })
      .getByRole("link", { name: /school/ })
      .last(),
  ).toBeVisible();
  await noAxeViolations(page);

  await page.getByRole("link", { name: "Schools", exact: true }).click();
  await page.getByLabel("URN").fill("123456");
  await page.getByRole("button", { name: "Add school" }).click();
  await expect(page.locator("#add-school-urn-error")).toContainText("There is no school with URN 123456");
  await page.getByLabel("URN").fill("990013");
  await page.getByRole("button", { name: "Add school" }).click();
  await expect(page.getByRole("status")).toContainText("Added Oakfield High School");
  await expect(page.getByRole("region", { name: /Schools in Harbour/ })).toContainText(
    "URN 990013 · Secondary · Riverside (demo)",
  );
  await noAxeViolations(page);

  await page.reload();
  await page.locator("#appoint-school-place").selectOption({ label: "Oakfield High School" });
  await page.getByLabel("Their name").fill("Lee Lead");
  await page.getByLabel("Their email address").fill(lead);
  await page.getByRole("button", { name: "Send invitation" }).click();
  const href = await page.getByTestId("invitation-link").getAttribute("href");
  expect(href).toMatch(/\/invitations\//);
  await page.reload();
  await expect(page.getByRole("region", { name: /Schools in Harbour/ })).toContainText(
    `Senior mental health lead: ${lead} (invited, not joined yet)`,
  );
  await signOut(page);

  // The lead joins through the link and lands on their school.
  await page.goto(href!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Join Oakfield High School");
  await page.getByLabel("Your name").fill("Lee Lead");
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByLabel("Type the password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("You're in");
  await signIn(page, lead, PASSWORD);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("School overview");
  await expect(page.getByText("Oakfield High School").first()).toBeVisible();
});
