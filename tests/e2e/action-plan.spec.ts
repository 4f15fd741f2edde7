// The action plan end to end, in the all-through demo school (no other spec uses its action plan):
// the lead drafts from suggestions, edits and submits; the trust leader asks for changes with a
// comment on an action; the lead starts version 2, a stale save in a second tab is refused, and the
// lead resubmits to an external validator, who accepts the link and validates. Axe and 360 px.
import { demoIds, demoSchool, expect, signIn, test, TRUST_LEADER } from "./fixtures";
import { BASE_URL } from "./support/env";
import { axeViolations, horizontalOverflow } from "./support/lead";
import { submittedRound } from "./support/plans";

const school = demoSchool("all-through");
let ids: { school: string; trust: string };

test.beforeAll(async ({ browser }) => {
  const warm = await browser.newPage({ baseURL: BASE_URL });
  await warm.goto("/sign-in", { waitUntil: "networkidle" });
  await warm.close();
  const demo = await demoIds();
  ids = { school: demo.schools["all-through"], trust: demo.trustId };
  await submittedRound(ids.school, "All-through check (action plan spec)");
});

test("draft, submit, changes requested, resubmit to a validator, validated", async ({
  signedIn,
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await signedIn(school.lead);
  const planUrl = `/schools/${ids.school}/action-plan`;
  await page.goto(planUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Action plan" })).toBeVisible();
  const suggestions = page.getByRole("region", { name: "Suggested from your data" });
  await expect(suggestions.getByRole("listitem").first()).toBeVisible();

  // Reject one suggestion for good, then add the next one to the plan and complete it.
  const first = suggestions.getByRole("listitem").first();
  const rejected = (await first.locator("p.font-medium").textContent())!;
  await first.getByRole("button", { name: /^Reject/ }).click();
  await expect(page.getByText("Rejected: it will not be suggested again.")).toBeVisible();
  await expect(suggestions.getByText(rejected, { exact: true })).toHaveCount(0);
  await suggestions
    .getByRole("button", { name: /^Add to the plan/ })
    .first()
    .click();
  await page.getByLabel("Owner").first().selectOption({ index: 1 });
  await page.getByLabel("Start").first().fill("2026-09-01");
  await page.getByLabel("Due").first().fill("2026-08-01");
  await page.getByRole("button", { name: "Save the plan" }).click();
  await expect(page.getByText("The due date cannot be before the start date.")).toBeVisible();
  await page.getByLabel("Due").first().fill("2027-03-31");
  await page.getByRole("button", { name: "Save the plan" }).click();
  await expect(page.getByText("Plan saved.")).toBeVisible();
  await page.reload();
  await expect(suggestions.getByText(rejected, { exact: true })).toHaveCount(0);

  // Link the action to one more competency of the school's framework; it is saved with the action.
  const picker = page.getByText(/^Competencies it builds/).first();
  const chosenBefore = Number(/\((\d+) chosen\)/.exec((await picker.textContent()) ?? "")?.[1] ?? 0);
  await picker.click();
  await page
    .getByRole("group", { name: "Competencies it builds" })
    .first()
    .getByRole("checkbox", { checked: false })
    .first()
    .check();
  const chosenNow = `Competencies it builds (${chosenBefore + 1} chosen)`;
  await expect(page.getByText(chosenNow).first()).toBeVisible();
  await page.getByRole("button", { name: "Save the plan" }).click();
  await expect(page.getByText("Plan saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByText(chosenNow).first()).toBeVisible();

  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/action-plan-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/e2e/action-plan-360.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByLabel("The school's trust leader").check();
  await page.getByRole("button", { name: "Submit the plan" }).click();
  await expect(page.getByText("Version 1: Submitted")).toBeVisible();

  // The trust leader asks for changes, with a comment on the action.
  // axe needs a page from a context of its own making (not browser.newPage).
  const leaderContext = await browser.newContext({ baseURL: BASE_URL });
  const leader = await leaderContext.newPage();
  await signIn(leader, TRUST_LEADER.email, TRUST_LEADER.password);
  await leader.goto(`/trusts/${ids.trust}/action-plans`);
  await leader
    .getByRole("link", { name: /version 1/ })
    .first()
    .click();
  await leader
    .getByLabel(/^Comment on the action/)
    .first()
    .fill("Add a termly milestone.");
  await leader.getByLabel("Ask for changes").check();
  expect(await axeViolations(leader)).toEqual([]);
  await leader.getByRole("button", { name: "Send the decision" }).click();
  await expect(leader.getByText("Sent back with your comments.")).toBeVisible();
  await leaderContext.close();

  // The lead reads the comment, starts version 2 and edits it; a stale save from a second tab is refused.
  await page.reload();
  await expect(page.getByText("Add a termly milestone.")).toBeVisible();
  await page.getByRole("button", { name: "Start version 2 to make changes" }).click();
  await expect(page.getByText("Version 2: Draft")).toBeVisible();
  const other = await page.context().newPage();
  await other.goto(planUrl);
  await page.getByLabel("What will be done").first().fill("Termly milestones for this action");
  await page.getByRole("button", { name: "Save the plan" }).click();
  await expect(page.getByText("Plan saved.")).toBeVisible();
  await other.getByLabel("Success measure").first().fill("A value typed in the second tab");
  await other.getByRole("button", { name: "Save the plan" }).click();
  await expect(other.getByText(/Someone else saved this plan since you opened it/)).toBeVisible();
  await expect(other.getByLabel("Success measure").first()).toHaveValue("A value typed in the second tab");
  await other.close();

  await page.reload();
  await page.getByLabel("A named external validator").check();
  await page.getByLabel("Validator's name").fill("Vera Validator");
  const email = `vera-${Date.now()}@provider.example`;
  await page.getByLabel("Validator's email").fill(email);
  await page.getByRole("button", { name: "Submit the plan" }).click();
  const shared = page.getByText(/send the validator this link yourself/);
  await expect(shared).toBeVisible();
  const link = (await shared.textContent())!.match(/https?:\/\/\S+\/validate\/\S+/)![0];

  // The validator accepts the link, signs in and validates version 2.
  const context = await browser.newContext({ baseURL: BASE_URL });
  const validator = await context.newPage();
  await validator.goto(new URL(link).pathname);
  await validator.getByLabel("Your name").fill("Vera Validator");
  await validator.getByLabel("Choose a password").fill("a long validator passphrase 9");
  await validator.getByLabel("Type the password again").fill("a long validator passphrase 9");
  await validator.getByRole("button", { name: /Create|Join|Accept/ }).click();
  await expect(validator.getByText(/You're in/)).toBeVisible();
  await signIn(validator, email, "a long validator passphrase 9");
  await expect(validator).toHaveURL(/\/review$/);
  await validator.getByRole("link", { name: /version 2/ }).click();
  await validator.getByLabel("Validate the plan").check();
  await validator.getByRole("button", { name: "Send the decision" }).click();
  await expect(validator.getByText("Plan validated.")).toBeVisible();
  await context.close();

  await page.reload();
  await expect(page.getByText("Version 2: Validated")).toBeVisible();
  await expect(page.getByText(/Changed the action/)).toBeVisible();
});

test("another school's lead and the trust cannot open plans not theirs", async ({ signedIn }) => {
  const demo = await demoIds();
  const page = await signedIn(demoSchool("primary").lead);
  const response = await page.goto(`/schools/${demo.schools["all-through"]}/action-plan`);
  expect(response?.status()).toBe(404);
  const teacher = await signedIn(school.teacher);
  const asTeacher = await teacher.goto(`/schools/${ids.school}/action-plan`);
  expect(asTeacher?.status()).toBe(404);
  const review = await teacher.goto(`/review`);
  expect(review?.status()).toBe(404);
});
