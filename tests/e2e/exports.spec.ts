// Exports for governors, end to end, in a school of its own: the lead downloads the action plan's PDF
// and the test reads its text back (the actions are there, fonts embedded, tagged), downloads the
// CSV, prints the plan and the review (axe, 360 px, print media), and subscribes a calendar to the
// secret address, which a new address and turning it off both stop.
import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import Papa from "papaparse";
import { extractText, getDocumentProxy } from "unpdf";
import { createSchool, createTrust, expect, ownerQuery, test } from "./fixtures";
import { BASE_URL } from "./support/env";
import { axeViolations, horizontalOverflow } from "./support/lead";

const id = () => `e2e${randomUUID().replace(/-/g, "").slice(0, 16)}`;
const ACTIONS = ["Brief every governor on the wellbeing policy", "Map the quiet spaces at lunchtime"];

/** A draft plan of two actions on two principles, and an agreed review, written as the owner. */
async function planAndReview(schoolId: string, leadId: string) {
  const plan = id();
  const version = id();
  await ownerQuery(`INSERT INTO "ActionPlan" (id, "schoolId", "createdById") VALUES ($1, $2, $3)`, [
    plan,
    schoolId,
    leadId,
  ]);
  await ownerQuery(
    `INSERT INTO "ActionPlanVersion" (id, "planId", "schoolId", number, "createdById", "updatedById")
     VALUES ($1, $2, $3, 1, $4, $4)`,
    [version, plan, schoolId, leadId],
  );
  for (const [i, [principle, title]] of [
    ["leadership", "Governors champion wellbeing"],
    ["ethos", "Calm, safe spaces"],
  ].entries()) {
    const objective = id();
    await ownerQuery(
      `INSERT INTO "ActionPlanObjective" (id, "versionId", "schoolId", key, "principleKey", title, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [objective, version, schoolId, `o${i}`, principle, title, i],
    );
    await ownerQuery(
      `INSERT INTO "ActionPlanAction" (id, "versionId", "objectiveId", "schoolId", key, position, title,
         "ownerId", "ownerName", "startOn", "dueOn", "successMeasure", "costPence", status)
       VALUES ($1, $2, $3, $4, $5, 0, $6, $7, 'Other School Lead', '2026-11-01', $8, 'Done and seen', 12050, 'IN_PROGRESS')`,
      [
        id(),
        version,
        objective,
        schoolId,
        `a${i}`,
        ACTIONS[i],
        leadId,
        i === 0 ? "2027-02-01" : "2027-03-31",
      ],
    );
  }
  const review = id();
  await ownerQuery(
    `INSERT INTO "Review" (id, "schoolId", status, "startedById", "agreedById", "agreedAt")
     VALUES ($1, $2, 'AGREED', $3, $3, now())`,
    [review, schoolId, leadId],
  );
  await ownerQuery(
    `INSERT INTO "ReviewAgreedRating" (id, "reviewId", "schoolId", "statementKey", level, evidence, "agreedById", "updatedAt")
     VALUES ($1, $2, $3, 'leadership.1', 2, 'Timetabled every week', $4, now())`,
    [id(), review, schoolId, leadId],
  );
}

test("the lead downloads the plan as a PDF, CSV and calendar, prints it, and subscribes a calendar", async ({
  signedIn,
  playwright,
}) => {
  test.setTimeout(120_000);
  const school = await createSchool({ name: `Exports School ${randomUUID().slice(0, 6)}` });
  const other = await createSchool({ name: "Exports Other School" });
  await planAndReview(school.id, school.lead.id);
  await planAndReview(other.id, other.lead.id);
  await ownerQuery(
    `UPDATE "ActionPlanAction" SET title = 'Other school secret action' WHERE "schoolId" = $1`,
    [other.id],
  );

  const page = await signedIn(school.lead);
  await page.goto(`/schools/${school.id}/action-plan`);
  const links = page.getByRole("navigation", { name: "Print and download the plan" });

  // The PDF: its text read back holds the actions; its fonts are embedded and it is tagged.
  const [pdfDownload] = await Promise.all([
    page.waitForEvent("download"),
    links.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  expect(pdfDownload.suggestedFilename()).toMatch(
    /^action-plan-exports-school-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const bytes = await readFile((await pdfDownload.path())!);
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  for (const title of ACTIONS) expect(text).toContain(title);
  expect(text).toContain("RAG:");
  expect(text).not.toContain("Other school secret action");
  const raw = bytes.toString("latin1");
  expect(raw).toMatch(/\/FontFile2 \d+ 0 R/);
  expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
  expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });

  // The CSV: one row per action, in words.
  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    links.getByRole("link", { name: "Download CSV of the actions" }).click(),
  ]);
  const rows = Papa.parse<string[]>((await readFile((await csvDownload.path())!, "utf8")).trimEnd()).data;
  expect(rows.map((r) => r[2])).toEqual(["action", ...ACTIONS]);
  expect(rows[1]![3]).toBe("Other School Lead");

  // The printable page: no navigation on paper, each principle on its own page, axe-clean, 360 px.
  await links.getByRole("link", { name: "Print (for governors)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Action plan: ${school.name}` })).toBeVisible();
  for (const title of ACTIONS)
    await expect(page.getByRole("heading", { level: 4, name: title })).toBeVisible();
  await expect(page.getByText(/^RAG$/).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/exports-print-desktop.png", fullPage: true });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print this page" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  expect(await page.locator("section.print\\:break-before-page").count()).toBe(1);
  await page.screenshot({ path: "test-results/e2e/exports-print-paper.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/e2e/exports-print-360.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The review: its printable page and its PDF.
  await page.goto(`/schools/${school.id}/review`);
  const reviewLinks = page.getByRole("navigation", { name: "Print and download the review" });
  const [reviewPdf] = await Promise.all([
    page.waitForEvent("download"),
    reviewLinks.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  const reviewDoc = await getDocumentProxy(new Uint8Array(await readFile((await reviewPdf.path())!)));
  expect((await extractText(reviewDoc, { mergePages: true })).text).toContain("Timetabled every week");
  await reviewLinks.getByRole("link", { name: "Print (for governors)" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Whole-school review: ${school.name}` }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The calendar: a secret address that works with no session, for this school only.
  await page.goto(`/schools/${school.id}/action-plan`);
  const feedSection = page.getByRole("region", { name: "Subscribe in your calendar" });
  await feedSection.getByRole("button", { name: "Subscribe in your calendar" }).click();
  const address = feedSection.getByLabel(/Your calendar address/);
  await expect(address).toHaveValue(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  const first = await address.inputValue();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/exports-calendar.png", fullPage: true });
  const calendarApp = await playwright.request.newContext({ baseURL: BASE_URL });
  const path = (url: string) => new URL(url).pathname;
  const feed = await calendarApp.get(path(first));
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const ics = await feed.text();
  for (const title of ACTIONS) expect(ics).toContain(`SUMMARY:${title}`);
  expect(ics).toContain("DTSTART;VALUE=DATE:20270201");
  expect(ics).not.toContain("Other school secret action");

  await feedSection.getByRole("button", { name: /Make a new address/ }).click();
  await expect(feedSection.getByText("The old one has stopped working.")).toBeVisible();
  const second = await address.inputValue();
  expect(second).not.toBe(first);
  expect((await calendarApp.get(path(first))).status()).toBe(404);
  expect((await calendarApp.get(path(second))).status()).toBe(200);
  await feedSection.getByRole("button", { name: "Turn the calendar address off" }).click();
  await expect(feedSection.getByText("You have no calendar address at the moment.")).toBeVisible();
  expect((await calendarApp.get(path(second))).status()).toBe(404);
  await calendarApp.dispose();

  // The one-off .ics download behind the session.
  const [icsDownload] = await Promise.all([
    page.waitForEvent("download"),
    links.getByRole("link", { name: "Download due dates (.ics)" }).click(),
  ]);
  expect(await readFile((await icsDownload.path())!, "utf8")).toContain(`SUMMARY:${ACTIONS[1]}`);
});

test("the trust leader a plan was sent to downloads its PDF from the review page", async ({ signedIn }) => {
  const trust = await createTrust();
  const school = await createSchool({ trustId: trust.id, name: "Exports Trust School" });
  await planAndReview(school.id, school.lead.id);
  const [version] = await ownerQuery<{ id: string }>(
    `UPDATE "ActionPlanVersion" SET status = 'SUBMITTED', "submittedToTrust" = true, "submittedAt" = now(),
       "submittedById" = $2 WHERE "schoolId" = $1 RETURNING id`,
    [school.id, school.lead.id],
  );
  const page = await signedIn(trust.leader);
  await page.goto(`/trusts/${trust.id}/action-plans/${version!.id}`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page
      .getByRole("navigation", { name: "Download the plan" })
      .getByRole("link", { name: "Download PDF" })
      .click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^action-plan-v1-exports-trust-school-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const pdf = await getDocumentProxy(new Uint8Array(await readFile((await download.path())!)));
  const { text } = await extractText(pdf, { mergePages: true });
  for (const title of ACTIONS) expect(text).toContain(title);
  expect(text).not.toContain("RAG:");
  expect(await axeViolations(page)).toEqual([]);
});
