// The whole-school review end to end: the lead starts a review, the head contributes, the lead
// agrees every statement and closes it, and the trend chart and its table show. Then axe on the
// review page at 360 px and on a desktop. A fresh school each run, so nothing depends on the demo.
import { addMembership, createPerson, createSchool, expect, signIn, signOut, test } from "./fixtures";
import { axeViolations, horizontalOverflow } from "./support/lead";

// Radio ids are "<statement key>-level-<n>"; keys contain dots, so they are matched as attributes.
const radio = (key: string, level: number) => `[id="${key}-level-${level}"]`;

test("the lead runs a review with the head, agrees it, and sees the trend", async ({ page }) => {
  test.setTimeout(180_000);
  const school = await createSchool({ name: "Review Journey Primary" });
  const head = await createPerson("Hana Head");
  await addMembership(head.id, school.id, "HEAD", "SENIOR_LEADER");
  const base = `/schools/${school.id}/review`;

  await signIn(page, school.lead.email, school.lead.password);
  await page.goto(base);
  await expect(page.getByText("No review has been agreed yet.")).toBeVisible();
  await page.getByRole("button", { name: "Start a review today" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agree the school's ratings" })).toBeVisible();
  const reviewId = /review\/([^/]+)\/agree/.exec(page.url())![1]!;
  await signOut(page);

  // The head rates the first principle with evidence.
  await signIn(page, head.email, head.password);
  await page.goto(`${base}/${reviewId}/contribute`);
  const leadership = page.getByRole("form", { name: "Leadership and management" });
  for (let i = 1; i <= 5; i++) await leadership.locator(radio(`leadership.${i}`, 2)).check();
  await leadership.getByLabel("Your evidence").first().fill("Governors see a termly wellbeing report.");
  await leadership.getByRole("button", { name: "Save these ratings" }).click();
  await expect(leadership.getByText("Saved.")).toBeVisible();
  await signOut(page);

  // The lead sees the head's rating, named, and agrees every statement.
  await signIn(page, school.lead.email, school.lead.password);
  await page.goto(`${base}/${reviewId}/agree`);
  await expect(page.getByText("Hana Head").first()).toBeVisible();
  await expect(page.getByText("“Governors see a termly wellbeing report.”")).toBeVisible();
  const forms = page
    .locator("form[aria-label]")
    .filter({ has: page.getByRole("button", { name: /^Agree the school's ratings for/ }) });
  // Closing too early says what is missing.
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Close the review as agreed" }).click();
  await expect(page.getByText(/statements still need one/)).toBeVisible();
  // The agreement page, with a field error showing, on a phone.
  await page.setViewportSize({ width: 360, height: 800 });
  await forms
    .first()
    .getByRole("button", { name: /^Agree the school's ratings for/ })
    .click();
  await expect(forms.first().getByText("Choose the school's level.").first()).toBeVisible();
  expect(await axeViolations(page), "agree page at 360px").toEqual([]);
  expect(await horizontalOverflow(page), "agree page at 360px").toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/e2e/review-agree-360.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  const count = await forms.count();
  expect(count).toBe(8);
  for (let f = 0; f < count; f++) {
    const form = forms.nth(f);
    const radios = form.locator('input[type="radio"][value="2"]');
    for (let r = 0; r < (await radios.count()); r++) await radios.nth(r).check();
    await form.getByRole("button", { name: /^Agree the school's ratings for/ }).click();
    await expect(form.getByText("Saved.")).toBeVisible();
  }
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Close the review as agreed" }).click();
  await expect(page.getByText(/is now read-only/)).toBeVisible();

  await page.goto(base);
  await expect(page.getByText("Your school: Established (2.0 of 3)").first()).toBeVisible();
  await expect(
    page.getByText("Not shown until at least 5 schools have agreed a review.").first(),
  ).toBeVisible();
  await expect(
    page.getByRole("img", { name: /Line chart of each principle's score across 1 agreed review/ }),
  ).toBeVisible();
  const table = page.getByRole("table", { name: "Each principle's score in each agreed review" });
  await expect(table.getByRole("row", { name: /Leadership and management/ })).toContainText(
    "2.0 Established",
  );
  await expect(page.getByRole("button", { name: "Start a review today" })).toBeVisible();

  for (const size of [
    { width: 360, height: 800 },
    { width: 1280, height: 900 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(base);
    await expect(page.getByRole("img", { name: /Line chart/ })).toBeVisible();
    expect(await axeViolations(page), `${size.width}px`).toEqual([]);
    expect(await horizontalOverflow(page), `${size.width}px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/e2e/review-${size.width}.png`, fullPage: true });
  }
  await page.goto(`${base}/${reviewId}/contribute`);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await axeViolations(page)).toEqual([]);
});
