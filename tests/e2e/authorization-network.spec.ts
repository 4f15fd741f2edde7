// The network's pages in the authorisation matrix: every page x every role, for the school's own
// case studies, another school's (published, of the same trust: readable; a draft: not), and other
// schools' URLs, through the real server (app checks and row-level security).
import type { APIRequestContext } from "@playwright/test";
import {
  type Account,
  createSchool,
  demoIds,
  demoSchool,
  sessionCookiesFor,
  test,
  TRUST_LEADER,
} from "./fixtures";
import { describeOutcome, expectOutcome, httpClient, NOT_FOUND, type Outcome } from "./support/http-matrix";
import { caseStudyIn } from "./support/network";

const primary = demoSchool("primary");
type Actor = "signed out" | "staff" | "lead" | "head" | "trust leader";
const ACTORS: Record<Exclude<Actor, "signed out">, Account> = {
  staff: primary.teacher,
  lead: primary.lead,
  head: primary.head,
  "trust leader": TRUST_LEADER,
};
const TO_SIGN_IN = { redirect: "/sign-in", heading: "Sign in" };
const only = (given: Partial<Record<Actor, Outcome>>): Record<Actor, Outcome> => ({
  "signed out": TO_SIGN_IN,
  staff: NOT_FOUND,
  lead: NOT_FOUND,
  head: NOT_FOUND,
  "trust leader": NOT_FOUND,
  ...given,
});
const leaders = (outcome: Outcome) => only({ lead: outcome, head: outcome });
const MINE = "Our draft (authorisation matrix)";
const THEIRS = "Their published case study (authorisation matrix)";

const ROWS: { path: string; outcomes: Record<Actor, Outcome> }[] = [
  { path: "/schools/:school/network", outcomes: leaders({ page: "Network of schools" }) },
  {
    path: "/schools/:school/network?q=bench&principle=nonsense",
    outcomes: leaders({ page: "Network of schools" }),
  },
  { path: "/schools/:school/network/ours", outcomes: leaders({ page: "Your school's case studies" }) },
  { path: "/schools/:school/network/new", outcomes: only({ lead: { page: "Write a case study" } }) },
  // The school's own draft: its leaders (and its named contact, who is not the demo teacher).
  { path: "/schools/:school/network/:mine", outcomes: leaders({ page: MINE }) },
  { path: "/schools/:school/network/:mine/edit", outcomes: only({ lead: { page: "Edit a case study" } }) },
  // Another school of the same trust: its published case study is readable, never editable; its draft is not there.
  { path: "/schools/:school/network/:theirs", outcomes: leaders({ page: THEIRS }) },
  { path: "/schools/:school/network/:theirs/edit", outcomes: only({}) },
  { path: "/schools/:school/network/:theirsDraft", outcomes: only({}) },
  { path: "/schools/:school/network/:theirsDraft/edit", outcomes: only({}) },
  { path: "/schools/:school/network/:missing", outcomes: only({}) },
  // Other schools' URLs: not a member, so nothing, whatever the case study.
  ...[":other", ":outside", ":missing"].flatMap((s) => [
    { path: `/schools/${s}/network`, outcomes: only({}) },
    { path: `/schools/${s}/network/ours`, outcomes: only({}) },
    { path: `/schools/${s}/network/new`, outcomes: only({}) },
    { path: `/schools/${s}/network/:theirs`, outcomes: only({}) },
    { path: `/schools/${s}/network/:theirsDraft/edit`, outcomes: only({}) },
  ]),
];

let places: Promise<Record<string, string>> | undefined;
async function resolve(path: string) {
  places ??= (async () => {
    const ids = await demoIds();
    const outside = await createSchool({ name: "Outside Network School" });
    return {
      ":school": ids.schools.primary,
      ":other": ids.schools.secondary,
      ":outside": outside.id,
      ":missing": "clxnosuchthing000000000000",
      ":mine": await caseStudyIn(ids.schools.primary, MINE, "DRAFT"),
      ":theirs": await caseStudyIn(ids.schools.secondary, THEIRS, "PUBLISHED"),
      ":theirsDraft": await caseStudyIn(ids.schools.secondary, "Their draft", "DRAFT"),
    };
  })();
  const p = await places;
  return path.replace(/:[A-Za-z]+/g, (name) => p[name] ?? name);
}

for (const actor of ["signed out", ...Object.keys(ACTORS)] as Actor[]) {
  test.describe(`network pages as ${actor}`, () => {
    let client: APIRequestContext;
    test.beforeAll(async ({ browser, playwright }) => {
      client = await httpClient(
        playwright,
        actor === "signed out" ? [] : await sessionCookiesFor(browser, ACTORS[actor]),
      );
    });
    test.afterAll(async () => {
      await client?.dispose();
    });
    for (const row of ROWS) {
      const outcome = row.outcomes[actor];
      test(`${row.path} ${describeOutcome(outcome)}`, async () => {
        await expectOutcome(client, await resolve(row.path), outcome);
      });
    }
  });
}
