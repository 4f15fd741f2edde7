// Reminder choices through the real server: a person's Notifications page, and the unsubscribe page a
// reminder email links to (no sign-in), each checked with axe on a phone and a desktop.
import { createHmac } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { addMembership, createPerson, createSchool, demoIds, expect, ownerQuery, test } from "./fixtures";
import { TEST_AUTH_SECRET } from "./support/env";

// The link's token as lib/reminders/unsubscribe-token.ts makes it with the server's secret.
const tokenFor = (personId: string) =>
  `${personId}.${createHmac("sha256", TEST_AUTH_SECRET).update(`harbour:reminder-unsubscribe:v1:${personId}`).digest("base64url")}`;

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`))).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
}

const channelOf = async (personId: string) =>
  (
    await ownerQuery<{ emailReminders: boolean }>(
      `SELECT "emailReminders" FROM "ReminderChannel" WHERE "personId" = $1`,
      [personId],
    )
  )[0]?.emailReminders ?? null;

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("a person chooses in-app only on their Notifications page, by keyboard", async ({
      page,
      signedIn,
    }) => {
      const ids = await demoIds();
      const person = await createPerson("Nia Notices");
      await addMembership(person.id, ids.schools.primary, "STAFF");
      await signedIn(person);
      await page.goto(`/schools/${ids.schools.primary}/notifications`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications");
      await expect(page.getByLabel("By email and in Harbour")).toBeChecked();
      await noAxeViolations(page);
      await page.screenshot({ path: `test-results/e2e/notifications-${viewport.width}.png`, fullPage: true });

      await page.getByLabel("By email and in Harbour").focus();
      await page.keyboard.press("ArrowDown");
      await expect(page.getByLabel("In Harbour only")).toBeChecked();
      await page.getByRole("button", { name: "Save" }).press("Enter");
      await expect(page.getByText("Saved. You get reminders in Harbour only.")).toBeVisible();
      expect(await channelOf(person.id)).toBe(false);
      await page.reload();
      await expect(page.getByLabel("In Harbour only")).toBeChecked();
    });

    test("the link in a reminder email switches to in-app only without signing in", async ({ page }) => {
      const ids = await demoIds();
      const person = await createPerson("Ula Unsubscribe");
      await addMembership(person.id, ids.schools.primary, "STAFF");
      await page.goto(`/unsubscribe?token=${encodeURIComponent(tokenFor(person.id))}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stop reminder emails?");
      // Opening the link changed nothing: only the button does.
      expect(await channelOf(person.id)).toBeNull();
      await noAxeViolations(page);
      await page.screenshot({ path: `test-results/e2e/unsubscribe-${viewport.width}.png`, fullPage: true });

      await page.getByRole("button", { name: "Get reminders in Harbour only" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("You get reminders in Harbour only");
      await expect(page.getByRole("status")).toContainText("will not email you reminders");
      expect(await channelOf(person.id)).toBe(false);
      await noAxeViolations(page);
      await page.screenshot({ path: `test-results/e2e/unsubscribed-${viewport.width}.png`, fullPage: true });
    });
  });
}

test("a link for one person with another's signature does nothing", async ({ page, request }) => {
  const a = await createPerson("Ada Altered");
  const b = await createPerson("Ben Bystander");
  const forged = `${b.id}.${tokenFor(a.id).split(".")[1]}`;
  await page.goto(`/unsubscribe?token=${encodeURIComponent(forged)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
  const oneClick = await request.post(`/unsubscribe/one-click?token=${encodeURIComponent(forged)}`, {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
  });
  expect(oneClick.status()).toBe(404);
  expect(await channelOf(b.id)).toBeNull();
});

test("the lead sets a round's reminder days, with errors beside the boxes", async ({ page, signedIn }) => {
  // A school of its own, so adopting a framework here changes nothing the other specs read.
  const school = await createSchool();
  await signedIn(school.lead);
  await page.goto(`/schools/${school.id}/rounds`);
  await page.getByRole("button", { name: /^Adopt / }).click();
  const form = page.getByRole("form", { name: "Open a round" });
  await expect(form.getByLabel("First reminder, days before closing")).toHaveValue("3");
  await form.getByLabel("Title").fill("Summer check-in");
  await form.getByLabel("Second reminder, days before closing").fill("5");
  await form.getByLabel("Second reminder, days before closing").press("Enter");
  await expect(page.locator("#round-reminders-second-error")).toHaveText(
    "The second reminder must be closer to the closing date than the first.",
  );
  await form.getByLabel("Second reminder, days before closing").fill("1");
  await form.getByRole("button", { name: "Open the round" }).click();
  await page.getByRole("link", { name: "See its progress" }).click();

  const reminders = page.getByRole("form", { name: "Automatic reminders" });
  await expect(reminders.getByLabel("First reminder, days before closing")).toHaveValue("3");
  await expect(reminders.getByLabel("Second reminder, days before closing")).toHaveValue("1");
  await reminders.getByLabel("Second reminder, days before closing").fill("");
  await reminders.getByRole("button", { name: "Save reminders" }).click();
  await expect(reminders.getByRole("status")).toHaveText("Saved. One reminder, 3 days before closing.");
  await page.screenshot({ path: "test-results/e2e/round-reminders.png", fullPage: true });
});
