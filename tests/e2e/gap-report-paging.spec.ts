// A NAMED round of 57 people: the lead pages through each person's gaps from the keyboard on a
// 360 px phone; each page says where it is, holds at most 50 people, and is axe clean.
import { createSchool, expect, ownerQuery, test } from "./fixtures";
import { axeViolations, horizontalOverflow } from "./support/lead";
import { submittedRound } from "./support/plans";

const STAFF = 57;
let ids: { school: string; round: string; lead: Awaited<ReturnType<typeof createSchool>>["lead"] };

test.beforeAll(async () => {
  const school = await createSchool({ name: "Paging Primary" });
  await ownerQuery(
    `INSERT INTO "Person" (id, email, name)
     SELECT $1 || '-p' || i, $1 || '-p' || i || '@e2e.example', 'Staff ' || lpad(i::text, 2, '0') FROM generate_series(1, $2) i`,
    [school.id, STAFF],
  );
  await ownerQuery(
    `INSERT INTO "Membership" (id, "personId", "schoolId", role, "jobRole", "updatedAt")
     SELECT $1 || '-m' || i, $1 || '-p' || i, $1, 'STAFF', 'TEACHER', now() FROM generate_series(1, $2) i`,
    [school.id, STAFF],
  );
  ids = { school: school.id, round: await submittedRound(school.id, "Paging round"), lead: school.lead };
});

test("the lead pages through each person's gaps, from the keyboard, on a phone", async ({ signedIn }) => {
  const page = await signedIn(ids.lead);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/schools/${ids.school}/rounds/${ids.round}/gaps`);
  const section = page.getByRole("region", { name: "Each person's gaps" });
  const pager = section.getByRole("navigation", { name: "Pages of people" });
  // The lead is one of the respondents: 58 in all.
  await expect(pager).toContainText("1 to 50 of 58 people · page 1 of 2");
  await expect(section.locator("details")).toHaveCount(50);
  const next = pager.getByRole("link", { name: "Next 8" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/people=2/);
  await expect(pager).toContainText("51 to 58 of 58 people · page 2 of 2");
  await expect(section.locator("details")).toHaveCount(8);
  await expect(pager.getByRole("link", { name: "Previous 50" })).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/gap-report-paging-360.png", fullPage: true });
  await pager.screenshot({ path: "test-results/e2e/gap-report-pager-360.png" });
});
