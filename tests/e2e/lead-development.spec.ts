// The senior mental health lead's own development end to end, in a school made for this spec: the
// lead follows the home's next step, assesses themselves (errors first, by keyboard-reachable
// radios), sees their gaps in words, and a plan they generate books a Specialist course for them.
// Axe and 360 px checks on the page, empty, with errors and with gaps.
import type { Page } from "@playwright/test";
import { LEAD_AREAS, LEAD_STATEMENT_KEYS } from "../../lib/lead-development/areas";
import { type Account, addMembership, createPerson, createSchool, expect, test } from "./fixtures";
import { BASE_URL } from "./support/env";
import { axeViolations, horizontalOverflow } from "./support/lead";
import { submittedRound } from "./support/plans";

const ROUND = "Spring check (lead development spec)";
let world: Promise<{ schoolId: string; lead: Account & { id: string }; roundId: string }> | undefined;

// Staff answered a closed round; the lead joined afterwards, so only their own self-assessment can
// give the plan a reason to book them.
const school = () =>
  (world ??= (async () => {
    const s = await createSchool({ name: "Lead Development Academy" });
    for (const jobRole of ["TEACHER", "TEACHING_ASSISTANT"]) {
      const p = await createPerson("Staff Member");
      await addMembership(p.id, s.id, "STAFF", jobRole);
    }
    const roundId = await submittedRound(s.id, ROUND);
    const lead = await createPerson("Robin Lead");
    await addMembership(lead.id, s.id, "LEAD", "SENIOR_MH_LEAD");
    return { schoolId: s.id, lead, roundId };
  })());

async function checkPage(page: Page) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page), `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
  }
}

test.beforeAll(async ({ browser }) => {
  const warm = await browser.newPage({ baseURL: BASE_URL });
  await warm.goto("/sign-in", { waitUntil: "networkidle" });
  await warm.close();
});

test("the lead assesses their own development and a plan books a Specialist course for their gap", async ({
  signedIn,
}) => {
  test.setTimeout(120_000);
  const { schoolId, lead, roundId } = await school();
  const page = await signedIn(lead);
  await page.goto(`/schools/${schoolId}`);
  await page.getByRole("link", { name: "Assess your own development" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My development");
  await expect(page.getByText("You have not assessed your own development yet.")).toBeVisible();
  await checkPage(page);

  // Nothing chosen: an error beside every statement, and nothing saved.
  await page.getByRole("button", { name: "Save my self-assessment" }).click();
  await expect(page.locator(`#rating-${LEAD_STATEMENT_KEYS[0]}-error`)).toHaveText(
    "Choose a rating from 0 (Not yet) to 4 (Leading).",
  );
  await checkPage(page);

  // Confident everywhere but one statement about families, chosen by keyboard for the first one.
  const first = page.locator(`#rating-${LEAD_STATEMENT_KEYS[0]}-3`);
  await first.focus();
  await page.keyboard.press("Space");
  await expect(first).toBeChecked();
  for (const key of LEAD_STATEMENT_KEYS.slice(1))
    await page.locator(`#rating-${key}-${key === "parents-carers-2" ? 1 : 3}`).check();
  await page.getByRole("button", { name: "Save my self-assessment" }).click();
  await expect(page.getByText("Saved. 1 area has a gap")).toBeVisible();
  const gaps = page.getByRole("region", { name: "My gaps" });
  const families = LEAD_AREAS.find((a) => a.key === "parents-carers")!;
  await expect(gaps.getByRole("heading", { name: families.title })).toBeVisible();
  await expect(gaps.getByText(families.statements[1]!.text)).toBeVisible();
  await expect(gaps.getByText(/becomes your own Specialist training need on/)).toBeVisible();
  await expect(page.getByText(/Earlier self-assessments \(1\)/)).toBeVisible();
  await checkPage(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: "test-results/e2e/my-development-360.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: "test-results/e2e/my-development-desktop.png", fullPage: true });

  // A plan the lead generates books them on a Specialist course for that gap, and says why.
  await page.goto(`/schools/${schoolId}/plans`);
  await page.getByLabel("Round").selectOption(roundId);
  await page.getByLabel("Budget (£)").fill("5000");
  await page.getByRole("button", { name: "Generate a plan" }).click();
  await expect(page).toHaveURL(/\/plans\/[^/]+$/, { timeout: 60_000 });
  await expect(
    page.getByText(/includes the senior mental health lead's own development needs/),
  ).toBeVisible();
  // The booking names the lead as attendee, against the Specialist competency their gap maps to.
  const booking = page
    .getByRole("listitem")
    .filter({ hasText: /\(Specialist \d\)/ })
    .filter({ has: page.getByRole("button", { name: /^Remove Robin Lead from / }) });
  await expect(booking.first()).toContainText("I can build partnerships with local services");
});

test("the head, staff and another school's lead cannot open the lead's development page", async ({
  signedIn,
}) => {
  const { schoolId } = await school();
  const head = await createPerson("Head Teacher");
  await addMembership(head.id, schoolId, "HEAD", "SENIOR_LEADER");
  const other = await createSchool({ name: "Another Lead Development School" });
  for (const [who, path] of [
    [head, `/schools/${schoolId}/my-development`],
    [other.lead, `/schools/${schoolId}/my-development`],
  ] as const) {
    const page = await signedIn(who);
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
  // Nor does the head's navigation offer it.
  const page = await signedIn(head);
  await page.goto(`/schools/${schoolId}`);
  await expect(page.getByRole("link", { name: "Plans" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "My development" })).toHaveCount(0);
});
