// A teacher's self-assessment on a phone: the whole thing, a reload half-way, a dropped connection
// half-way, and axe on every step. Each test has its own teacher; rounds are opened straight in the
// database as the lead would open them, in schools of their own, so nothing here touches the demo.
import { expect, test } from "./fixtures";
import { BASE_URL } from "./support/env";
import {
  answerStep,
  axeViolations,
  expectSaved,
  newTeacher,
  next,
  participation,
  progress,
  saveStatus,
  schoolWithOpenRound,
  storedAnswers,
  storedResponse,
} from "./support-assessment";

test.use({ viewport: { width: 360, height: 740 } });
test.describe.configure({ timeout: 120_000 });

let named: Awaited<ReturnType<typeof schoolWithOpenRound>>;
let confidential: Awaited<ReturnType<typeof schoolWithOpenRound>>;
test.beforeAll(async () => {
  named = await schoolWithOpenRound("NAMED", "Autumn self-assessment");
  confidential = await schoolWithOpenRound("CONFIDENTIAL", "Spring wellbeing check");
});

test("a teacher completes the whole assessment on a phone and sees their results", async ({
  page,
  signedIn,
}) => {
  const teacher = await newTeacher(named.schoolId, "Tess Whole");
  await signedIn(teacher);
  await page.goto(named.home);
  const mine = page.getByRole("region", { name: "My self-assessments" });
  await expect(mine.getByText("Not started")).toBeVisible();
  await mine.getByRole("link", { name: `Start: ${named.title}` }).click();

  await expect(page.getByText("Your lead will see your individual answers")).toBeVisible();
  expect(await storedResponse(teacher.id, named.roundId)).toBeUndefined();
  await page.getByRole("link", { name: "Start the self-assessment" }).click();

  const { total } = await progress(page);
  let answered = 0;
  for (let step = 1; step < total; step++) {
    await expect(page.locator("#step-progress-text")).toHaveText(`Step ${step} of ${total}`);
    answered += await answerStep(page, step === 1 ? 1 : 3);
    if (step === 1) await page.getByLabel("Comment (optional)").first().fill("Had a session in 2024");
    await next(page);
    await expect(page.getByRole("heading", { level: 2 })).toBeFocused();
  }
  await expect(page.getByRole("heading", { level: 2, name: "About your training" })).toBeVisible();
  await expect(page.getByText("Your own wellbeing")).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Time" }).check();
  await page.getByRole("checkbox", { name: "Other" }).check();
  await page.getByLabel("What is the other barrier?").fill("Cover for my class");
  await page.getByRole("checkbox", { name: "In-school session" }).check();
  await page.getByRole("radio", { name: "4 Confident" }).check();
  await page.getByRole("button", { name: "Submit my answers" }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Your results" })).toBeFocused();
  await expect(page.getByText(/You are below the target on \d+ of \d+ statements/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Where to grow" })).toBeVisible();

  const response = await storedResponse(teacher.id, named.roundId);
  expect(response?.status).toBe("SUBMITTED");
  const answers = await storedAnswers(teacher.id, named.roundId);
  expect(Object.keys(answers)).toHaveLength(answered);
  expect(Object.values(answers).some((a) => a.comment === "Had a session in 2024")).toBe(true);

  // Revisiting shows the results and the answers, with nothing left to change.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Your results" })).toBeVisible();
  await expect(page.getByRole("radio")).toHaveCount(0);
  await page.goto(named.home);
  await expect(mine.getByText("Submitted")).toBeVisible();
  await expect(mine.getByRole("link", { name: `See your results: ${named.title}` })).toBeVisible();
});

test("reloading half-way resumes at the same step with every answer kept", async ({ page, signedIn }) => {
  const teacher = await newTeacher(named.schoolId, "Rae Reload");
  await signedIn(teacher);
  await page.goto(`${named.url}?start=1`);
  const { total } = await progress(page);
  for (let step = 1; step <= 3; step++) {
    await answerStep(page, step);
    await next(page);
  }
  await expectSaved(page);
  // The server's copy alone is enough: the device's draft is cleared before reloading.
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(page.locator("#step-progress-text")).toHaveText(`Step 4 of ${total}`);
  for (const [step, rating] of [
    [3, 3],
    [2, 2],
    [1, 1],
  ] as const) {
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.locator("#step-progress-text")).toHaveText(`Step ${step} of ${total}`);
    const questions = page.locator("fieldset[data-competency]");
    for (let i = 0; i < (await questions.count()); i++) {
      await expect(questions.nth(i).getByRole("radio", { name: new RegExp(`^${rating} `) })).toBeChecked();
    }
  }
  // Keyboard only: arrow keys move the choice within a statement's radio group.
  const first = page.locator("fieldset[data-competency]").first();
  await first.getByRole("radio", { name: /^1 / }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(first.getByRole("radio", { name: /^2 / })).toBeChecked();
  await expectSaved(page);
});

test("the questions arrive in the page with the saved answers chosen, before any script runs", async ({
  browser,
  page,
  signedIn,
}) => {
  const teacher = await newTeacher(named.schoolId, "Sol Server");
  await signedIn(teacher);
  await page.goto(`${named.url}?start=1`);
  const answered = await answerStep(page, 2);
  await expectSaved(page);
  // The same session in a browser that runs no JavaScript: only the server's HTML is there.
  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL: BASE_URL });
  try {
    await noScript.addCookies(await page.context().cookies());
    const bare = await noScript.newPage();
    await bare.goto(named.url);
    await expect(bare.locator("#step-progress-text")).toHaveText(/^Step 1 of \d+$/);
    const questions = bare.locator("fieldset[data-competency]");
    await expect(questions).toHaveCount(answered);
    for (let i = 0; i < answered; i++)
      await expect(questions.nth(i).getByRole("radio", { name: /^2 / })).toBeChecked();
  } finally {
    await noScript.close();
  }
});

test("answers given offline are kept and sent when the connection returns", async ({
  page,
  context,
  signedIn,
}) => {
  const teacher = await newTeacher(named.schoolId, "Olu Offline");
  await signedIn(teacher);
  await page.goto(`${named.url}?start=1`);
  const { total } = await progress(page);
  let answered = await answerStep(page, 2);
  await next(page);
  await expectSaved(page);

  await context.setOffline(true);
  await expect(saveStatus(page)).toContainText("Offline: your answers are kept on this device");
  answered += await answerStep(page, 4);
  await next(page);
  answered += await answerStep(page, 0);
  await expect(saveStatus(page)).toContainText("Offline");
  expect(Object.keys(await storedAnswers(teacher.id, named.roundId)).length).toBeLessThan(answered);

  await context.setOffline(false);
  await expectSaved(page);
  const stored = await storedAnswers(teacher.id, named.roundId);
  expect(Object.keys(stored)).toHaveLength(answered);
  expect(new Set(Object.values(stored).map((a) => a.rating))).toEqual(new Set([2, 4, 0]));

  await page.reload();
  await expect(page.locator("#step-progress-text")).toHaveText(`Step 3 of ${total}`);
  await expect(
    page.locator("fieldset[data-competency]").first().getByRole("radio", { name: /^0 / }),
  ).toBeChecked();
});

test("a change the server never received is kept on the device and sent on the next visit", async ({
  page,
  signedIn,
}) => {
  const teacher = await newTeacher(named.schoolId, "Dara Draft");
  await signedIn(teacher);
  await page.goto(`${named.url}?start=1`);
  await expect(saveStatus(page)).toHaveText("Your answers are saved as you go.");
  // Saves fail as if the server had gone away, while the page itself can still load.
  await page.route("**/assessments/**", (route) =>
    route.request().method() === "POST" ? route.abort() : route.continue(),
  );
  const question = page.locator("fieldset[data-competency]").first();
  await question.getByRole("radio", { name: /^3 / }).check();
  await expect(saveStatus(page)).toContainText("Not saved yet");
  expect(await storedAnswers(teacher.id, named.roundId)).toEqual({});

  await page.reload();
  await expect(question.getByRole("radio", { name: /^3 / })).toBeChecked();
  await page.unroute("**/assessments/**");
  await expectSaved(page);
  expect(Object.values(await storedAnswers(teacher.id, named.roundId)).map((a) => a.rating)).toEqual([3]);
});

test("axe finds no violations on any step, the missing-answers summary or the results", async ({
  page,
  signedIn,
}) => {
  const teacher = await newTeacher(confidential.schoolId, "Alex Axe");
  await signedIn(teacher);
  await page.goto(confidential.home);
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(confidential.url);
  await expect(page.getByText("Your lead sees only totals for groups of staff")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Start the self-assessment" }).click();

  const { total } = await progress(page);
  for (let step = 1; step < total; step++) {
    await page
      .locator("details")
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await axeViolations(page), `step ${step}`).toEqual([]);
    if (step > 1) await answerStep(page, 3); // step 1 is left unanswered on purpose
    await next(page);
  }
  await expect(page.getByRole("heading", { name: "Your own wellbeing (optional)" })).toBeVisible();
  await page
    .getByRole("group", { name: "My workload is manageable." })
    .getByRole("radio", { name: "Agree", exact: true })
    .check();
  await page.getByRole("checkbox", { name: "Other" }).check();
  expect(await axeViolations(page), "last step").toEqual([]);

  await page.getByRole("button", { name: "Submit my answers" }).click();
  const missing = page.getByRole("button", { name: /^Step 1: .* unanswered\)$/ });
  await expect(missing).toBeVisible();
  expect(await axeViolations(page), "missing answers").toEqual([]);
  await missing.click();
  await expect(page.locator("#step-progress-text")).toHaveText(`Step 1 of ${total}`);
  await expect(page.getByText("Choose a rating for this statement.").first()).toBeVisible();
  expect(await axeViolations(page), "step 1 with errors").toEqual([]);
  await answerStep(page, 4);
  for (let step = 1; step < total; step++) await next(page);
  await page.getByLabel("What is the other barrier?").fill("Childcare after school");
  await page.getByRole("button", { name: "Submit my answers" }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Your results" })).toBeVisible();
  await page.getByText("Your answers", { exact: true }).click();
  expect(await axeViolations(page), "results").toEqual([]);
  // A confidential response is stored under a pseudonym: the person's id is only on their participation.
  expect(await participation(teacher.id, confidential.roundId)).toEqual({ status: "SUBMITTED" });
  expect(await storedResponse(teacher.id, confidential.roundId)).toBeUndefined();
});
