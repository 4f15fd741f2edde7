// Summary returns and the local services directory in the authorisation matrix (decision 0037):
// every page and download x every role, for the demo schools' local authority, the demo trust (a
// multi-academy trust: no returns page), and other places, through the real server.
import type { APIRequestContext } from "@playwright/test";
import {
  type Account,
  createSchool,
  demoIds,
  demoSchool,
  ownerQuery,
  sessionCookiesFor,
  test,
  TRUST_LEADER,
} from "./fixtures";
import { LA_USER } from "./support/authority";
import { describeOutcome, expectOutcome, httpClient, NOT_FOUND, type Outcome } from "./support/http-matrix";
import { DEMO_AUTHORITY } from "../../lib/demo/roster";

const primary = demoSchool("primary");
type Actor = "signed out" | "staff" | "lead" | "head" | "trust leader" | "local-authority user";
const ACTORS: Record<Exclude<Actor, "signed out">, Account> = {
  staff: primary.teacher,
  lead: primary.lead,
  head: primary.head,
  "trust leader": TRUST_LEADER,
  "local-authority user": LA_USER,
};
const TO_SIGN_IN = { redirect: "/sign-in", heading: "Sign in" };
const only = (given: Partial<Record<Actor, Outcome>>): Record<Actor, Outcome> => ({
  "signed out": TO_SIGN_IN,
  staff: NOT_FOUND,
  lead: NOT_FOUND,
  head: NOT_FOUND,
  "trust leader": NOT_FOUND,
  "local-authority user": NOT_FOUND,
  ...given,
});
const leaders = (outcome: Outcome) => only({ lead: outcome, head: outcome });
const RETURNS = { page: "Summary returns to your local authority" };
const DIRECTORY = { page: "Local services directory" };

const ROWS: { path: string; outcomes: Record<Actor, Outcome> }[] = [
  { path: "/schools/:school/returns", outcomes: leaders(RETURNS) },
  { path: "/schools/:school/services", outcomes: leaders(DIRECTORY) },
  // The authority's home is about the returns its schools send.
  { path: "/trusts/:la", outcomes: only({ "local-authority user": { page: "Overview" } }) },
  {
    path: "/trusts/:la/returns",
    outcomes: only({ "local-authority user": { page: "Summary returns and area needs" } }),
  },
  ...["returns", "phase", "district"].map((t) => ({
    path: `/trusts/:la/returns/export?table=${t}`,
    outcomes: only({ "local-authority user": { file: new RegExp(`^area-${t}\\.csv$`) } }),
  })),
  { path: "/trusts/:la/services", outcomes: only({ "local-authority user": DIRECTORY }) },
  // A multi-academy trust keeps a directory too, but receives no returns.
  { path: "/trusts/:trust/returns", outcomes: only({}) },
  { path: "/trusts/:trust/returns/export?table=returns", outcomes: only({}) },
  { path: "/trusts/:trust/services", outcomes: only({ "trust leader": DIRECTORY }) },
  // Other places: not a member, so nothing.
  ...[":outside", ":missing"].flatMap((s) => [
    { path: `/schools/${s}/returns`, outcomes: only({}) },
    { path: `/schools/${s}/services`, outcomes: only({}) },
    { path: `/trusts/${s}/returns`, outcomes: only({}) },
    { path: `/trusts/${s}/services`, outcomes: only({}) },
  ]),
];

let places: Promise<Record<string, string>> | undefined;
async function resolve(path: string) {
  places ??= (async () => {
    const ids = await demoIds();
    const outside = await createSchool({ name: "Outside Returns School" });
    const [la] = await ownerQuery<{ id: string }>(
      `SELECT id FROM "Trust" WHERE kind = 'LOCAL_AUTHORITY' AND "registerCode" = $1`,
      [DEMO_AUTHORITY.laCode],
    );
    return {
      ":school": ids.schools.primary,
      ":trust": ids.trustId,
      ":la": la!.id,
      ":outside": outside.id,
      ":missing": "clxnosuchthing000000000000",
    };
  })();
  const p = await places;
  return path.replace(/:[A-Za-z]+/g, (name) => p[name] ?? name);
}

for (const actor of ["signed out", ...Object.keys(ACTORS)] as Actor[]) {
  test.describe(`local-authority pages as ${actor}`, () => {
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
