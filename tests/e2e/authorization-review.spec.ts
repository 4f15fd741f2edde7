// The whole-school review's pages in the authorisation matrix: every page x every role x own and
// another school, through the real server (app checks and row-level security).
import type { Page } from "@playwright/test";
import {
  type Account,
  createSchool,
  demoIds,
  demoSchool,
  expect,
  sessionCookiesFor,
  test,
  TRUST_LEADER,
} from "./fixtures";
import { BASE_URL } from "./support/env";
import { openReviewIn } from "./support/review";

const primary = demoSchool("primary");
type Actor = "signed out" | "staff" | "lead" | "head" | "trust leader";
const ACTORS: Record<Exclude<Actor, "signed out">, Account> = {
  staff: primary.teacher,
  lead: primary.lead,
  head: primary.head,
  "trust leader": TRUST_LEADER,
};
type Outcome = { page: string } | { redirect: string } | "not found";
const NOT_FOUND = "not found" as const;
const TO_SIGN_IN = { redirect: "/sign-in" };
const only = (given: Partial<Record<Actor, Outcome>>): Record<Actor, Outcome> => ({
  "signed out": TO_SIGN_IN,
  staff: NOT_FOUND,
  lead: NOT_FOUND,
  head: NOT_FOUND,
  "trust leader": NOT_FOUND,
  ...given,
});
const REVIEW = { page: "Whole-school review" };
const MINE = { page: "Your ratings" };

const ROWS: { path: string; outcomes: Record<Actor, Outcome> }[] = [
  // Staff see the page (they may be asked to contribute); only leaders see its results.
  { path: "/schools/:school/review", outcomes: only({ staff: REVIEW, lead: REVIEW, head: REVIEW }) },
  // The demo teacher has not been asked to contribute to this review.
  { path: "/schools/:school/review/:review/contribute", outcomes: only({ lead: MINE, head: MINE }) },
  {
    path: "/schools/:school/review/:review/agree",
    outcomes: only({ lead: { page: "Agree the school's ratings" } }),
  },
  // Another school's review named through one's own school, and one that does not exist.
  ...[":otherReview", ":missing"].flatMap((r) => [
    { path: `/schools/:school/review/${r}/contribute`, outcomes: only({}) },
    { path: `/schools/:school/review/${r}/agree`, outcomes: only({}) },
  ]),
  ...[":other", ":outside", ":missing"].flatMap((s) => [
    { path: `/schools/${s}/review`, outcomes: only({}) },
    { path: `/schools/${s}/review/:otherReview/contribute`, outcomes: only({}) },
    { path: `/schools/${s}/review/:otherReview/agree`, outcomes: only({}) },
  ]),
];

let places: Record<string, string> | undefined;
async function resolve(path: string) {
  if (!places) {
    const ids = await demoIds();
    const outside = await createSchool({ name: "Outside Review School" });
    places = {
      ":school": ids.schools.primary,
      ":other": ids.schools.secondary,
      ":outside": outside.id,
      ":missing": "clxnosuchthing000000000000",
      ":review": await openReviewIn(ids.schools.primary),
      ":otherReview": await openReviewIn(ids.schools.secondary),
    };
  }
  return path.replace(/:[A-Za-z]+/g, (name) => places![name] ?? name);
}

for (const actor of ["signed out", ...Object.keys(ACTORS)] as Actor[]) {
  test.describe(`review pages as ${actor}`, () => {
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      const context = await browser.newContext({ baseURL: BASE_URL });
      if (actor !== "signed out") await context.addCookies(await sessionCookiesFor(browser, ACTORS[actor]));
      page = await context.newPage();
    });
    test.afterAll(async () => {
      await page?.context().close();
    });

    for (const row of ROWS) {
      const outcome = row.outcomes[actor];
      const label =
        outcome === NOT_FOUND
          ? "404"
          : "page" in outcome
            ? `200 "${outcome.page}"`
            : `-> ${outcome.redirect}`;
      test(`${row.path} ${label}`, async () => {
        const url = await resolve(row.path);
        const response = await page.goto(url);
        const h1 = page.getByRole("heading", { level: 1 });
        if (outcome === NOT_FOUND) {
          expect(response?.status(), url).toBe(404);
          await expect(h1).toHaveText("Page not found");
        } else if ("page" in outcome) {
          expect(response?.status(), url).toBe(200);
          await expect(h1).toHaveText(outcome.page);
        } else {
          await expect(page).toHaveURL((u) => u.pathname === outcome.redirect);
        }
      });
    }
  });
}
