// The evidence library's pages, file downloads and upload in the authorisation matrix: every role x
// own and another school, through the real server over HTTP (see ./support/http-matrix.ts).
import type { APIRequestContext } from "@playwright/test";
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
import { storedPdf, PDF } from "./support/evidence";
import { describeOutcome, expectOutcome, httpClient, NOT_FOUND, type Outcome } from "./support/http-matrix";

const primary = demoSchool("primary");
type Actor = "signed out" | "staff" | "lead" | "head" | "trust leader";
const ACTORS: Record<Exclude<Actor, "signed out">, Account> = {
  staff: primary.teacher,
  lead: primary.lead,
  head: primary.head,
  "trust leader": TRUST_LEADER,
};
const TO_SIGN_IN = { redirect: "/sign-in", heading: "Sign in" };
const leaders = (outcome: Outcome): Record<Actor, Outcome> => ({
  "signed out": TO_SIGN_IN,
  staff: NOT_FOUND,
  lead: outcome,
  head: outcome,
  "trust leader": NOT_FOUND,
});
const nobody = leaders(NOT_FOUND);
const LIBRARY = { page: "Evidence library" };

const ROWS: { path: string; outcomes: Record<Actor, Outcome> }[] = [
  { path: "/schools/:school/evidence", outcomes: leaders(LIBRARY) },
  { path: "/schools/:school/evidence?tag=principle:ethos", outcomes: leaders(LIBRARY) },
  { path: "/schools/:school/evidence/:item/file", outcomes: leaders({ file: /^policy\.pdf$/ }) },
  // Another school's file named through one's own school, and one that does not exist.
  { path: "/schools/:school/evidence/:otherItem/file", outcomes: nobody },
  { path: "/schools/:school/evidence/:missing/file", outcomes: nobody },
  ...[":other", ":outside", ":missing"].flatMap((s) => [
    { path: `/schools/${s}/evidence`, outcomes: nobody },
    { path: `/schools/${s}/evidence/:otherItem/file`, outcomes: nobody },
  ]),
];

let places: Record<string, string> | undefined;
async function resolve(path: string) {
  if (!places) {
    const ids = await demoIds();
    const outside = await createSchool({ name: "Outside Evidence School" });
    places = {
      ":school": ids.schools.primary,
      ":other": ids.schools.secondary,
      ":outside": outside.id,
      ":missing": "clxnosuchthing000000000000",
      ":item": await storedPdf(ids.schools.primary),
      ":otherItem": await storedPdf(ids.schools.secondary),
    };
  }
  return path.replace(/:[A-Za-z]+/g, (name) => places![name] ?? name);
}

const upload = (client: APIRequestContext, schoolPath: string, origin: string | null = BASE_URL) =>
  client.post(`${schoolPath}/evidence/upload?title=Matrix%20upload`, {
    data: PDF,
    headers: { "X-File-Name": "matrix.pdf", ...(origin ? { Origin: origin } : {}) },
    maxRedirects: 0,
  });

for (const actor of ["signed out", ...Object.keys(ACTORS)] as Actor[]) {
  test.describe(`evidence pages as ${actor}`, () => {
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

    test("the file download's headers are safe", async () => {
      test.skip(actor !== "lead" && actor !== "head");
      const response = await client.get(await resolve("/schools/:school/evidence/:item/file"));
      expect(response.headers()).toMatchObject({
        "content-type": "application/pdf",
        "content-disposition": 'attachment; filename="policy.pdf"',
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
      });
      expect((await response.body()).subarray(0, 8).toString()).toBe("%PDF-1.4");
    });

    test("uploading: the lead of the school only, from Harbour's own pages", async () => {
      const own = await resolve("/schools/:school");
      const response = await upload(client, own);
      const want = { "signed out": 303, staff: 404, lead: 200, head: 404, "trust leader": 404 }[actor];
      expect(response.status()).toBe(want);
      if (actor === "lead") {
        expect(await response.json()).toMatchObject({ ok: true });
        // Without our Origin (another site, or none), and into another school: refused.
        expect((await upload(client, own, "https://evil.example")).status()).toBe(403);
        expect((await upload(client, own, null)).status()).toBe(403);
        expect((await upload(client, await resolve("/schools/:other"))).status()).toBe(404);
      }
    });
  });
}
