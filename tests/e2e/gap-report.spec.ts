// The gap report of a closed CONFIDENTIAL round, as the lead sees it on a phone: statements in words,
// groups of staff rather than small job roles, withheld statements listed last, what staff said
// about training, and the same-shape export; nothing off the side of a 360 px screen; axe clean.
import { demoIds, demoSchool, expect, test } from "./fixtures";
import { BASE_URL } from "./support/env";
import { axeViolations, horizontalOverflow } from "./support/lead";
import { submittedRound } from "./support/plans";

const special = demoSchool("special");
const ROUND = "Willow Bank confidential check (gap report spec)";
let ids: { school: string; round: string };

test.beforeAll(async ({ browser }) => {
  const warm = await browser.newPage({ baseURL: BASE_URL });
  await warm.goto("/sign-in", { waitUntil: "networkidle" });
  await warm.close();
  const school = (await demoIds()).schools.special;
  ids = { school, round: await submittedRound(school, ROUND, "CONFIDENTIAL") };
});

test("the lead reads a confidential round's gaps in words, on a phone", async ({ signedIn }) => {
  const page = await signedIn(special.lead);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/schools/${ids.school}/rounds/${ids.round}/gaps`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Gap report: ${ROUND}`);
  await expect(page.getByText(/This is a confidential round/)).toBeVisible();
  const ranked = page.getByRole("list", { name: "Statements, highest total gap first" });
  await expect(ranked).toBeVisible();
  // Words first, the code as a detail: "I can ... (C1.01)".
  await expect(ranked.getByRole("listitem").first()).toContainText(/[a-z]{4,}.*\([A-Z]\d\.\d\d\)/);
  await expect(page.getByRole("heading", { name: "What staff said about training" })).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/gap-report-confidential-360.png", fullPage: true });

  const response = await page.request.get(`/schools/${ids.school}/rounds/${ids.round}/export`);
  expect(response.status()).toBe(200);
  const lines = (await response.text())
    .trim()
    .split("\r\n")
    .slice(1)
    .map((l) => l.split(","));
  const byRespondent = new Map<string, string[]>();
  for (const [respondent, , code] of lines)
    byRespondent.set(respondent!, [...(byRespondent.get(respondent!) ?? []), code!]);
  expect(new Set([...byRespondent.values()].map((codes) => codes.join(" "))).size).toBe(1);
});
