// The trust leader's commissioning journey (issue 11, decision 0036): the pooled demand with its
// arithmetic, an offer published through the form (its errors beside the fields), a school lead's
// generated plan that books places on it, and the bookings against places back on the trust's page;
// both CSVs. At 360 px, nothing sits off the side.
import fs from "node:fs";
import { expect, ownerQuery, signIn, test } from "./fixtures";
import { axeViolations, horizontalOverflow } from "./support/lead";
import { trustWithFigures } from "./support/trust";

const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("a trust offer is published, a school's plan books it, and the trust sees the booking", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const { trust, schools } = await trustWithFigures();
  // A trust course that brings every Core competency to Leading, dear when booked alone.
  const courseId = `e2e${Date.now()}`;
  await ownerQuery(
    `INSERT INTO "Course" (id, "trustId", provider, title, summary, tier, format, "hoursPerParticipant", "costModel", "costPence")
     VALUES ($1, $2, 'Journey training hub', 'Journey core day', 'A day for every adult.', 1, 'FACE_TO_FACE', 3, 'PER_PLACE', 40000)`,
    [courseId, trust.id],
  );
  await ownerQuery(
    `INSERT INTO "CourseOutcome" ("courseId", "competencyCode", level)
     SELECT $1, c.code, 4 FROM "Competency" c JOIN "FrameworkVersion" v ON v.id = c."versionId"
       JOIN "Framework" f ON f.id = v."frameworkId"
      WHERE f."schoolId" IS NULL AND f."trustId" IS NULL AND c.tier = 1 AND NOT c.retired
        AND v.number = (SELECT max(v2.number) FROM "FrameworkVersion" v2 WHERE v2."frameworkId" = f.id)`,
    [courseId],
  );

  const base = `/trusts/${trust.id}/commissioning`;
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, trust.leader.email, trust.leader.password);
  await page.goto(`/trusts/${trust.id}`);
  await page.getByRole("link", { name: "Commissioning" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Commissioning" })).toBeVisible();
  // Ten courses show, most saving first; a per-place course saves nothing, so it may be among the rest.
  const others = page.getByText(/^Show the other \d+ courses?$/);
  if ((await page.getByRole("article", { includeHidden: true }).count()) > 10) await others.click();
  const card = page.getByRole("article").filter({ hasText: "Journey core day" });
  await expect(card.getByText(/At least \d+ staff in 2 schools/)).toBeVisible();
  await card.getByText("How the saving is worked out").click();
  await expect(card.getByText(/^One trust booking: \d+ members of staff × £400 a place/)).toBeVisible();
  await expect(page.getByRole("table", { name: /Staff needing each competency/ })).toBeVisible();
  await expect(page.getByText("No offers yet.")).toBeVisible();

  // The form: errors beside the fields, then a good offer.
  const form = page.getByRole("form", { name: "Publish an offer" });
  await form.getByLabel("Course").selectOption(courseId);
  await form.getByLabel("Places").fill("0");
  await form.getByRole("button", { name: "Publish the offer" }).click();
  await expect(form.getByText("Offer at least 1 place.")).toBeVisible();
  await expect(form.getByText(/Say when the sessions are/)).toBeVisible();
  await form.getByLabel("Dates and times").fill("Tuesday 3 March, 9am to 12pm, at Oak Primary");
  await form.getByLabel("First session").fill(isoDay(100));
  await form.getByLabel("Bookings close").fill(isoDay(60));
  await form.getByLabel("Places").fill("6");
  await form.getByLabel("Price per place (£)").fill("5");
  await form.getByRole("button", { name: "Publish the offer" }).click();
  await expect(page.getByText(/Offer published/)).toBeVisible();
  const offers = page.getByRole("table", { name: /Trust offers/ });
  await expect(offers.getByRole("row", { name: /Journey core day/ })).toContainText("0 of 6");

  // Oak's lead sees the offer in the catalogue and generates a plan that books it.
  const lead = await browser.newPage();
  await signIn(lead, schools.oak.lead.email, schools.oak.lead.password);
  await lead.goto(`/schools/${schools.oak.id}/catalogue`);
  await expect(lead.getByRole("heading", { name: "Your trust's offers" })).toBeVisible();
  await lead.goto(`/schools/${schools.oak.id}/plans`);
  await lead.getByLabel("Round").selectOption({ label: "Oak autumn round (14 submitted)" });
  await lead.getByLabel("Budget (£)").fill("1500");
  await lead.getByRole("button", { name: "Generate a plan" }).click();
  await expect(lead).toHaveURL(/\/plans\/[^/]+$/, { timeout: 60_000 });
  await expect(lead.getByText(/Journey core day/).first()).toBeVisible();
  await lead.close();

  // Back on the trust's page: the booking against places, per school, no names.
  await page.reload();
  const row = offers.getByRole("row", { name: /Journey core day/ });
  await expect(row).toContainText("6 of 6");
  await expect(row).toContainText("Oak Primary: 6 places");
  const offersDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the offers and bookings (CSV)" }).click();
  const offersCsv = fs.readFileSync((await (await offersDownload).path())!, "utf8");
  expect(offersCsv.split("\r\n")[0]).toMatch(/^course,dates,first_session,term/);
  expect(offersCsv).toContain("Journey core day");
  expect(offersCsv).toContain("Oak Primary,6");
  const demandDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the demand (CSV)" }).click();
  const demandCsv = fs.readFileSync((await (await demandDownload).path())!, "utf8");
  expect(demandCsv.split("\r\n")[0]).toMatch(/^section,course_or_competency,code,school,staff_needing/);
  expect(demandCsv).toContain("Journey core day");

  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(base);
  expect(await axeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "/tmp/h3-commissioning-360.png", fullPage: true });
});
