// Who reaches a self-assessment page: people of the round's school who are asked; everyone else
// gets a 404 (another school, a trust leader, an id that names nothing) or, for someone in the
// school who is not asked, a plain explanation with nothing to answer.
import type { Cookie } from "@playwright/test";
import { demoIds, demoSchool, expect, sessionCookiesFor, test, TRUST_LEADER } from "./fixtures";
import { BASE_URL } from "./support/env";
import { httpClient } from "./support/http-matrix";
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

test("saving answers over HTTP: the round's own people, from Harbour's pages; no failure is a 200", async ({
  browser,
  playwright,
}) => {
  const post = async (cookies: Cookie[], change: { origin?: string | null; version?: string } = {}) => {
    const client = await httpClient(playwright, cookies);
    try {
      const origin = change.origin === undefined ? BASE_URL : change.origin;
      const response = await client.post(`${round.url}/answers`, {
        data: {
          frameworkVersionId: change.version ?? round.frameworkVersionId,
          answers: [{ competencyCode: "C1.01", rating: 2 }],
        },
        headers: origin ? { Origin: origin } : {},
        maxRedirects: 0,
      });
      return {
        status: response.status(),
        body: (await response.json().catch(() => null)) as unknown,
        headers: response.headers(),
      };
    } finally {
      await client.dispose();
    }
  };
  expect(await post([])).toMatchObject({ status: 401, body: { ok: false, code: "signed_out" } });
  const lead = await sessionCookiesFor(browser, round.lead);
  expect(await post(lead)).toMatchObject({
    status: 200,
    body: { ok: true, data: { saved: 1 } },
    // The proxy skips this route (decision 0038): it sets Harbour's headers itself.
    headers: {
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "content-security-policy": "default-src 'none'; sandbox",
      "cache-control": "private, no-store",
    },
  });
  expect(await post(lead, { origin: null })).toMatchObject({ status: 403, body: { ok: false } });
  expect(await post(lead, { origin: "https://elsewhere.example" })).toMatchObject({ status: 403 });
  expect(await post(lead, { version: "not-this-version" })).toMatchObject({
    status: 409,
    body: { ok: false, code: "stale" },
  });
  for (const stranger of [demoSchool("secondary").teacher, TRUST_LEADER])
    expect(await post(await sessionCookiesFor(browser, stranger))).toMatchObject({
      status: 404,
      body: { ok: false, code: "not_found" },
    });
});
