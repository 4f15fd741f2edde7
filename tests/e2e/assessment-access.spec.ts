// Who reaches a self-assessment page: people of the round's school who are asked; everyone else
// gets a 404 (another school, a trust leader, an id that names nothing) or, for someone in the
// school who is not asked, a plain explanation with nothing to answer.
import { demoIds, demoSchool, expect, test, TRUST_LEADER } from "./fixtures";
import { newTeacher, schoolWithOpenRound } from "./support-assessment";

let round: Awaited<ReturnType<typeof schoolWithOpenRound>>;
let tutorsOnly: Awaited<ReturnType<typeof schoolWithOpenRound>>;
test.beforeAll(async () => {
  round = await schoolWithOpenRound("NAMED", "Access check");
  tutorsOnly = await schoolWithOpenRound("CONFIDENTIAL", "Tutors only", true);
});

const notFound = async (page: import("@playwright/test").Page, path: string) => {
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
};

test("the round's own school: the lead (who is asked too) sees the notice before starting", async ({
  page,
  signedIn,
}) => {
  await signedIn(round.lead);
  await page.goto(round.url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(round.title);
  await expect(page.getByText("This is a named self-assessment.")).toBeVisible();
  await page.goto(round.home);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("School overview");
  await expect(
    page.getByRole("region", { name: "My self-assessments" }).getByText(round.title),
  ).toBeVisible();
});

test("a teacher of another school, and the demo trust's leader, get a 404", async ({ page, signedIn }) => {
  await signedIn(demoSchool("secondary").teacher);
  await notFound(page, round.url);
  // Their own school's URL with this round's id: the round must belong to the school in the URL.
  await notFound(page, `/schools/${(await demoIds()).schools.secondary}/assessments/${round.roundId}`);
  await signedIn(TRUST_LEADER);
  await notFound(page, round.url);
});

test("an id that names no round is a 404; a round that does not ask you says so", async ({
  page,
  signedIn,
}) => {
  const teacher = await newTeacher(tutorsOnly.schoolId, "Nia Notasked");
  await signedIn(teacher);
  await notFound(page, `/schools/${tutorsOnly.schoolId}/assessments/no-such-round`);
  await page.goto(tutorsOnly.url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tutorsOnly.title);
  await expect(page.getByText("This self-assessment does not ask you to take part")).toBeVisible();
  await expect(page.getByRole("radio")).toHaveCount(0);
  await page.goto(tutorsOnly.home);
  await expect(page.getByText("There is no self-assessment open for you at the moment.")).toBeVisible();
});
