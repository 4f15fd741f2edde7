// The page part of the authorisation matrix: every page x every role x own and another school or
// trust, each with its expected outcome, through the real server (app checks and row-level security).
// New pages and features add rows to MATRIX; new roles add an entry to ACTORS.
import type { Page } from "@playwright/test";
import {
  type Account,
  BOGUS_TOKEN,
  createSchool,
  createTrust,
  demoIds,
  demoSchool,
  expect,
  sessionCookiesFor,
  test,
  TRUST_LEADER,
} from "./fixtures";
import { BASE_URL } from "./support/env";

const primary = demoSchool("primary");

type Actor = "signed out" | "staff" | "lead" | "head" | "trust leader";
const ACTORS: Record<Exclude<Actor, "signed out">, Account> = {
  staff: primary.teacher,
  lead: primary.lead,
  head: primary.head,
  "trust leader": TRUST_LEADER,
};

/**
 * Paths name places relative to the actor, resolved once the data exists:
 *   :school      the actor's own school (for the trust leader: a school of their trust)
 *   :other       another school of the same trust
 *   :outside     a school in no trust, with its own lead
 *   :elsewhere   a school of another trust
 *   :trust       the demo trust (the trust leader's own; the school roles' schools belong to it)
 *   :otherTrust  another trust, with its own leader and school
 *   :missing     an id that names nothing
 *   :bogus       an invitation token that matches no invitation
 */
type Outcome =
  | { page: string; at?: string } // 200 with this h1, at this path (default: the requested path)
  | { redirect: string; heading: string; via?: string } // sent elsewhere (first to `via`), ending on a page with this h1
  | "not found"; // 404 with "Page not found"

type Row = { path: string; outcomes: Record<Actor, Outcome> };

const NOT_FOUND = "not found" as const;
const TO_SIGN_IN = { redirect: "/sign-in", heading: "Sign in" };

const MATRIX: Row[] = [
  {
    path: "/",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: { redirect: "/schools/:school", heading: "My training" },
      lead: { redirect: "/schools/:school", heading: "School overview" },
      head: { redirect: "/schools/:school", heading: "School overview" },
      "trust leader": { redirect: "/trusts/:trust", heading: "Trust overview" },
    },
  },
  {
    path: "/sign-in",
    outcomes: {
      "signed out": { page: "Sign in" },
      staff: { redirect: "/schools/:school", heading: "My training", via: "/" },
      lead: { redirect: "/schools/:school", heading: "School overview", via: "/" },
      head: { redirect: "/schools/:school", heading: "School overview", via: "/" },
      "trust leader": { redirect: "/trusts/:trust", heading: "Trust overview", via: "/" },
    },
  },
  {
    path: "/schools/:school",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: { page: "My training" },
      lead: { page: "School overview" },
      head: { page: "School overview" },
      "trust leader": NOT_FOUND, // aggregates only: no school's pages
    },
  },
  {
    path: "/schools/:school/people",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: { page: "People" },
      head: { page: "People" },
      "trust leader": NOT_FOUND,
    },
  },
  ...[":other", ":outside", ":elsewhere", ":missing"].flatMap((school): Row[] => [
    {
      path: `/schools/${school}`,
      outcomes: {
        "signed out": TO_SIGN_IN,
        staff: NOT_FOUND,
        lead: NOT_FOUND,
        head: NOT_FOUND,
        "trust leader": NOT_FOUND,
      },
    },
    {
      path: `/schools/${school}/people`,
      outcomes: {
        "signed out": TO_SIGN_IN,
        staff: NOT_FOUND,
        lead: NOT_FOUND,
        head: NOT_FOUND,
        "trust leader": NOT_FOUND,
      },
    },
  ]),
  {
    path: "/trusts/:trust",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND, // a school's people are not the trust's leaders
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": { page: "Trust overview" },
    },
  },
  ...[":otherTrust", ":missing"].map((trust): Row => ({
    path: `/trusts/${trust}`,
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  })),
  // Issue 9: the action plan (school), plans sent to the trust, and external validators' pages.
  {
    path: "/schools/:school/action-plan",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: { page: "Action plan" },
      head: { page: "Action plan" },
      "trust leader": NOT_FOUND,
    },
  },
  ...[":other", ":elsewhere"].map((school): Row => ({
    path: `/schools/${school}/action-plan`,
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  })),
  {
    path: "/trusts/:trust/action-plans",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": { page: "Action plans" },
    },
  },
  ...[
    "/trusts/:otherTrust/action-plans",
    "/trusts/:trust/action-plans/:missing",
    "/review",
    "/review/:missing",
  ].map((path): Row => ({
    path,
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  })),
  {
    path: "/validate/:bogus",
    outcomes: {
      "signed out": { page: "This link does not work" },
      staff: { page: "This link does not work" },
      lead: { page: "This link does not work" },
      head: { page: "This link does not work" },
      "trust leader": { page: "This link does not work" },
    },
  },
  {
    path: "/invitations/:bogus",
    outcomes: {
      "signed out": { page: "This link does not work" },
      staff: { page: "This link does not work" },
      lead: { page: "This link does not work" },
      head: { page: "This link does not work" },
      "trust leader": { page: "This link does not work" },
    },
  },
  {
    path: "/no-such-page",
    outcomes: {
      "signed out": NOT_FOUND,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  },
];

let places: Record<string, string>;

test.beforeAll(async () => {
  const ids = await demoIds();
  const outside = await createSchool({ name: "Outside Independent School" });
  const otherTrust = await createTrust("Other Learning Trust");
  const elsewhere = await createSchool({ trustId: otherTrust.id, name: "Elsewhere Academy" });
  places = {
    ":school": ids.schools.primary,
    ":other": ids.schools.secondary,
    ":outside": outside.id,
    ":elsewhere": elsewhere.id,
    ":trust": ids.trustId,
    ":otherTrust": otherTrust.id,
    ":missing": "clxnosuchthing000000000000",
    ":bogus": BOGUS_TOKEN,
  };
});

const resolve = (path: string) => path.replace(/:[A-Za-z]+/g, (name) => places[name] ?? name);

for (const actor of ["signed out", ...Object.keys(ACTORS)] as Actor[]) {
  test.describe(`as ${actor}`, () => {
    // One browser page per actor, shared by its rows: a fresh context per row would double the time.
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      const context = await browser.newContext({ baseURL: BASE_URL });
      if (actor !== "signed out") await context.addCookies(await sessionCookiesFor(browser, ACTORS[actor]));
      page = await context.newPage();
    });
    test.afterAll(async () => {
      await page?.context().close();
    });

    for (const row of MATRIX) {
      const outcome = row.outcomes[actor];
      const expected =
        outcome === NOT_FOUND
          ? "404"
          : "page" in outcome
            ? `200 "${outcome.page}"`
            : `-> ${outcome.redirect}`;
      test(`${row.path} ${expected}`, async () => {
        const url = resolve(row.path);

        // The raw answer first (no redirects followed), with this actor's cookies.
        const raw = await page.request.get(url, { maxRedirects: 0 });
        if (outcome === NOT_FOUND) expect(raw.status(), url).toBe(404);
        else if ("page" in outcome) expect(raw.status(), url).toBe(200);
        else {
          expect(raw.status(), url).toBeGreaterThanOrEqual(300);
          expect(raw.status(), url).toBeLessThan(400);
          expect(new URL(raw.headers()["location"] ?? "", BASE_URL).pathname, url).toBe(
            resolve(outcome.via ?? outcome.redirect),
          );
        }

        // Then as a browser sees it.
        const response = await page.goto(url);
        const h1 = page.getByRole("heading", { level: 1 });
        if (outcome === NOT_FOUND) {
          expect(response?.status(), url).toBe(404);
          await expect(h1).toHaveText("Page not found");
        } else if ("page" in outcome) {
          expect(response?.status(), url).toBe(200);
          expect(new URL(page.url()).pathname).toBe(resolve(outcome.at ?? row.path));
          await expect(h1).toHaveText(outcome.page);
        } else {
          await expect(page).toHaveURL((u) => u.pathname === resolve(outcome.redirect));
          await expect(h1).toHaveText(outcome.heading);
        }
      });
    }
  });
}
