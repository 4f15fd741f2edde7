// The evidence library end to end, in a school of its own: the lead uploads a PDF, tags it to a
// principle and to an action, sees it on the review page and the action plan, and downloads it.
// A script named .pdf is refused beside the field. Axe and a 360 px phone on the library.
import fs from "node:fs/promises";
import { createSchool, expect, test } from "./fixtures";
import { PDF, planWithAction } from "./support/evidence";
import { axeViolations, horizontalOverflow } from "./support/lead";

const ACTION = "Whole-staff briefing on spotting early signs";

test("the lead uploads a PDF, tags it to a principle and an action, sees it on both and downloads it", async ({
  signedIn,
}) => {
  test.setTimeout(120_000);
  const school = await createSchool({ name: "Evidence Journey Academy" });
  await planWithAction(school.id, school.lead.id, ACTION);
  const page = await signedIn(school.lead);
  const base = `/schools/${school.id}`;

  await page.goto(`${base}/evidence`);
  await expect(page.getByRole("heading", { level: 1, name: "Evidence library" })).toBeVisible();
  await expect(page.getByText("No evidence yet.")).toBeVisible();

  // A shell script named .pdf is refused, beside the field, and nothing is added.
  await page.getByLabel("Title").fill("Not really a PDF");
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "report.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("#!/bin/sh\necho owned\n"),
  });
  await page.getByRole("button", { name: "Upload the file" }).click();
  await expect(page.locator("#file-input-error")).toContainText("could not recognise that file");
  await expect(page.getByText("No evidence yet.")).toBeVisible();

  await page.getByLabel("Title").fill("Mental health policy");
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "Mental health policy.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await page.getByRole("button", { name: "Upload the file" }).click();
  await expect(page.getByText("Added to the library.")).toBeVisible();
  const item = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Mental health policy" }) });
  await expect(item).toBeVisible();

  const picker = item.getByLabel(/^Tag/);
  await picker.selectOption({ label: "Leadership and management" });
  await item.getByRole("button", { name: "Add tag" }).click();
  await expect(item.getByText("Principle: Leadership and management", { exact: true })).toBeVisible();
  await picker.selectOption({ label: ACTION });
  await item.getByRole("button", { name: "Add tag" }).click();
  await expect(item.getByText(`Action: ${ACTION}`, { exact: true })).toBeVisible();

  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/evidence-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/e2e/evidence-360.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // It shows on the review page, under its principle, and on the action plan, under its action.
  await page.goto(`${base}/review`);
  const principle = page.locator('[data-evidence-for="principle:leadership"]');
  await expect(principle.getByText("Mental health policy", { exact: true })).toBeVisible();
  await expect(page.locator('[data-evidence-for="principle:ethos"]').getByText("None yet.")).toBeVisible();
  await page.goto(`${base}/action-plan`);
  const panel = page.locator('[data-evidence-for^="action:"]');
  await expect(panel.getByText(`Evidence for ${ACTION}`)).toBeVisible();
  await expect(panel.getByText("Mental health policy", { exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/evidence-action-plan.png", fullPage: true });

  // Downloaded, as the same bytes, under a safe name with the checked type's extension.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByRole("link", { name: /^Download/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("Mental health policy.pdf".replace(/ /g, "_"));
  expect(await fs.readFile((await download.path())!)).toEqual(PDF);

  // Deleting it asks first, naming where it is used.
  await page.goto(`${base}/evidence`);
  await item.getByRole("button", { name: /^Delete/ }).click();
  await expect(item.getByText(/is used for Principle: Leadership and management; Action:/)).toBeVisible();
  await item.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByText("No evidence yet.")).toBeVisible();
});
