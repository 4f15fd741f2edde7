// The trust leader's journey (issue 11): the overview with every school side by side, sorted and
// filtered; a school's aggregates; the heatmap with its trend; both CSVs. Withheld figures say so and
// carry no number. Then axe on both pages at 360 px and on a desktop, with nothing off the side.
import fs from "node:fs";
import { expect, signIn, test } from "./fixtures";
import { axeViolations, horizontalOverflow } from "./support/lead";
import { trustWithFigures } from "./support/trust";

test("the trust leader compares schools, opens one, reads the heatmap and downloads both tables", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { trust } = await trustWithFigures();
  const base = `/trusts/${trust.id}`;
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, trust.leader.email, trust.leader.password);
  await page.goto(base);
  await expect(page.getByRole("heading", { level: 1, name: "Trust overview" })).toBeVisible();

  const table = page.getByRole("table", { name: /Schools in the trust/ });
  const schoolsInOrder = () => table.locator("tbody th[scope=row] a").allTextContents();
  expect(await schoolsInOrder()).toEqual(["Ash Infants", "Elm Secondary", "Oak Primary"]);
  // Ash's 3 respondents are too few: its coverage is withheld, and says so.
  const ash = table.getByRole("row", { name: /Ash Infants/ });
  await expect(ash.getByText("Withheld (fewer than 5 people)").first()).toBeVisible();
  await expect(ash.getByText("No closed round yet")).toHaveCount(0);

  // Sort by staff: Oak has 28 in Harbour, Elm 21, Ash 4.
  await table.getByRole("link", { name: /^Staff/ }).click();
  await expect(table.getByRole("columnheader", { name: /^Staff/ })).toHaveAttribute("aria-sort", "ascending");
  await table.getByRole("link", { name: /^Staff/ }).click();
  await expect(page).toHaveURL(/sort=staff&dir=desc/);
  expect(await schoolsInOrder()).toEqual(["Oak Primary", "Elm Secondary", "Ash Infants"]);
  // Withheld Core coverage sorts last, whichever way.
  await table.getByRole("link", { name: /Core coverage/ }).click();
  expect((await schoolsInOrder()).at(-1)).toBe("Ash Infants");
  await table.getByRole("link", { name: /Core coverage/ }).click();
  expect((await schoolsInOrder()).at(-1)).toBe("Ash Infants");

  // Filter by phase.
  await page.getByLabel("Phase").selectOption("SECONDARY");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/phase=SECONDARY/);
  expect(await schoolsInOrder()).toEqual(["Elm Secondary"]);

  // The CSV of the table as shown.
  const overviewDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download this table (CSV)" }).click();
  const overviewCsv = fs.readFileSync((await (await overviewDownload).path())!, "utf8");
  expect(overviewCsv.split("\r\n")[0]).toMatch(/^school,urn,phase,staff,has_lead,latest_round/);
  expect(overviewCsv).toContain("Elm Secondary");
  expect(overviewCsv).not.toContain("Oak Primary");

  // A group of schools: made on the overview, then the overview and the board's report filter by it.
  await page.goto(base);
  const groups = page.getByRole("region", { name: "Groups of schools" });
  await groups.getByLabel("Group name").fill("North hub");
  await groups.getByRole("checkbox", { name: "Oak Primary" }).check();
  await groups.getByRole("checkbox", { name: "Ash Infants" }).check();
  await groups.getByRole("button", { name: "Make the group" }).click();
  await expect(groups.getByRole("status")).toHaveText("Group “North hub” saved.");
  await page.reload();
  await page.getByLabel("Group of schools").selectOption({ label: "North hub" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/group=/);
  expect(await schoolsInOrder()).toEqual(["Ash Infants", "Oak Primary"]);
  // The new columns say what they show in words, withheld where the core withholds.
  await expect(table.getByRole("columnheader", { name: /Core by in-date training/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /Oak Primary/ }).getByText("No action plan yet")).toBeVisible();
  await page.getByRole("link", { name: "Report for the board" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report for the board" })).toBeVisible();
  await expect(page.getByText(/Schools in North hub/)).toBeVisible();
  await expect(page.getByRole("table", { name: /The trust's need rate by domain/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Elm Secondary" })).toHaveCount(0);
  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the report (PDF)" }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/^trust-report-[\d-]+\.pdf$/);
  expect(
    fs
      .readFileSync((await pdf.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");

  // A school opens to its aggregates only.
  await page.goto(base);
  await table.getByRole("link", { name: "Oak Primary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "School figures" })).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Oak autumn round (closed): 14 of 27 responded" }),
  ).toBeVisible();
  await expect(page.getByRole("table", { name: /Needs by statement/ })).toBeVisible();

  // The heatmap: a number in every shown cell, withheld cells in words, the trust row, the trend.
  await page.getByRole("link", { name: "Heatmap" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Needs heatmap" })).toBeVisible();
  const heat = page.getByRole("table", { name: /Need rate by school and domain/ });
  const oakRow = heat.getByRole("row", { name: /Oak Primary/ });
  await expect(oakRow.getByRole("cell").first()).toHaveText(/^\d+%$/);
  await expect(
    heat
      .getByRole("row", { name: /Ash Infants/ })
      .getByRole("cell")
      .first(),
  ).toHaveText("Withheld");
  await expect(heat.getByRole("row", { name: /Trust, pooled over people/ })).toBeVisible();
  const trend = page.getByRole("table", { name: /Trust need rate by domain for each term/ });
  await expect(trend.getByRole("row")).toHaveCount(3); // the header and two terms
  const heatDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the heatmap (CSV)" }).click();
  const heatCsv = fs.readFileSync((await (await heatDownload).path())!, "utf8");
  expect(heatCsv.split("\r\n")[0]).toBe("school,round,domain_code,domain,need_rate,status");
  for (const line of heatCsv.split("\r\n").filter((l) => l.startsWith("Ash Infants")))
    expect(line).toMatch(/,,withheld$/);
});

test("the overview, the heatmap and the board's report pass axe and fit a 360 px phone", async ({ page }) => {
  test.setTimeout(120_000);
  const { trust } = await trustWithFigures();
  await signIn(page, trust.leader.email, trust.leader.password);
  for (const path of [`/trusts/${trust.id}`, `/trusts/${trust.id}/heatmap`, `/trusts/${trust.id}/report`])
    for (const size of [
      { width: 360, height: 800 },
      { width: 1280, height: 900 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await axeViolations(page), `${path} at ${size.width}px`).toEqual([]);
      expect(await horizontalOverflow(page), `${path} at ${size.width}px`).toBeLessThanOrEqual(0);
    }
});
