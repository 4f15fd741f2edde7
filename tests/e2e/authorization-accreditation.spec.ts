// The accreditation's pages in the authorisation matrix: every page x every role (and the assigned
// peer reviewer) x own and another school or trust, through the real server over HTTP (see
// ./support/http-matrix.ts).
import type { APIRequestContext } from "@playwright/test";
import {
  type Account,
  BOGUS_TOKEN,
  createPerson,
  createSchool,
  createTrust,
  demoIds,
  demoSchool,
  sessionCookiesFor,
  test,
  TRUST_LEADER,
} from "./fixtures";
import { describeOutcome, expectOutcome, httpClient, NOT_FOUND, type Outcome } from "./support/http-matrix";
import { personIdOf, submissionForVisit, submissionInReview, taggedPdf } from "./support/accreditation";

const primary = demoSchool("primary");
const secondary = demoSchool("secondary");
const special = demoSchool("special");
type Actor =
  "signed out" | "staff" | "lead" | "head" | "trust leader" | "reviewer" | "other lead" | "visit assessor";
// Someone from outside every school who accepted a trust's visit link for one submission (decision 0042).
let visitAssessor: (Account & { id: string }) | undefined;
const ACTORS: Record<Exclude<Actor, "signed out" | "visit assessor">, Account> = {
  staff: primary.teacher,
  lead: primary.lead,
  head: primary.head,
  "trust leader": TRUST_LEADER,
  // The secondary's lead is assigned to peer-review the primary; the special school's lead is not.
  reviewer: secondary.lead,
  "other lead": special.lead,
};
const TO_SIGN_IN = { redirect: "/sign-in", heading: "Sign in" };
const only = (given: Partial<Record<Actor, Outcome>>): Record<Actor, Outcome> => ({
  "signed out": TO_SIGN_IN,
  staff: NOT_FOUND,
  lead: NOT_FOUND,
  head: NOT_FOUND,
  "trust leader": NOT_FOUND,
  reviewer: NOT_FOUND,
  "other lead": NOT_FOUND,
  "visit assessor": NOT_FOUND,
  ...given,
});
const ACCREDITATION = { page: "Accreditation" };
const PEER = { page: "Peer reviews assigned to you" };
const SCHEME = { page: "The trust's accreditation scheme" };
const PDF = { file: /^policy\.pdf$/ };

const ROWS: { path: string; outcomes: Record<Actor, Outcome> }[] = [
  { path: "/schools/:school/accreditation", outcomes: only({ lead: ACCREDITATION, head: ACCREDITATION }) },
  // The reviewer leads the secondary: its own page, not the primary's.
  { path: "/schools/:other/accreditation", outcomes: only({ reviewer: ACCREDITATION }) },
  ...[":outside", ":elsewhere", ":missing"].map((s) => ({
    path: `/schools/${s}/accreditation`,
    outcomes: only({}),
  })),
  { path: "/trusts/:trust/accreditation", outcomes: only({ "trust leader": ACCREDITATION }) },
  {
    path: "/trusts/:trust/accreditation/:submission",
    outcomes: only({ "trust leader": { page: primary.name } }),
  },
  // Another trust's school's submission through this trust, and one that does not exist.
  ...[":elsewhereSubmission", ":missing"].map((s) => ({
    path: `/trusts/:trust/accreditation/${s}`,
    outcomes: only({}),
  })),
  { path: "/trusts/:otherTrust/accreditation", outcomes: only({}) },
  { path: "/peer-review", outcomes: only({ reviewer: PEER, "visit assessor": PEER }) },
  {
    path: "/peer-review/:visitSubmission",
    outcomes: only({ "visit assessor": { page: "Assessment visit: Visited Accreditation Academy" } }),
  },
  { path: "/peer-review/:visitSubmission/evidence/:visitFile", outcomes: only({ "visit assessor": PDF }) },
  { path: "/peer-review/:visitSubmission/evidence/:file", outcomes: only({}) },
  {
    path: "/assessor-link/:bogus",
    outcomes: Object.fromEntries(
      ["signed out", ...Object.keys(ACTORS), "visit assessor"].map((a) => [
        a,
        { page: "This link does not work" },
      ]),
    ) as Record<Actor, Outcome>,
  },
  {
    path: "/peer-review/:submission",
    outcomes: only({ reviewer: { page: `Peer review: ${primary.name}` } }),
  },
  // Assigned to someone else (the other trust's reviewer), or no such submission: the same 404.
  ...[":elsewhereSubmission", ":missing"].map((s) => ({ path: `/peer-review/${s}`, outcomes: only({}) })),
  // The reviewer's evidence download: a file not tagged to the submission (or none) is not found for
  // everyone signed in; whoever is signed out is sent to sign in (and back afterwards).
  ...[":submission", ":elsewhereSubmission"].map((s) => ({
    path: `/peer-review/${s}/evidence/:missing`,
    outcomes: only({}),
  })),
  { path: "/peer-review/:submission/evidence/:file", outcomes: only({ reviewer: PDF }) },
  { path: "/peer-review/:elsewhereSubmission/evidence/:file", outcomes: only({}) },
  // The trust's own scheme, and the evidence of a submitted self-evaluation (read-only downloads).
  { path: "/trusts/:trust/accreditation/scheme", outcomes: only({ "trust leader": SCHEME }) },
  { path: "/trusts/:otherTrust/accreditation/scheme", outcomes: only({}) },
  {
    path: "/trusts/:trust/accreditation/:submission/evidence/:file",
    outcomes: only({ "trust leader": PDF }),
  },
  ...[
    "/trusts/:trust/accreditation/:submission/evidence/:missing",
    "/trusts/:trust/accreditation/:elsewhereSubmission/evidence/:file",
    "/trusts/:otherTrust/accreditation/:submission/evidence/:file",
  ].map((path) => ({ path, outcomes: only({}) })),
];

let places: Record<string, string> | undefined;
async function resolve(path: string) {
  if (!places) {
    const ids = await demoIds();
    const outside = await createSchool({ name: "Outside Accreditation School" });
    const otherTrust = await createTrust("Other Accreditation Trust");
    const elsewhere = await createSchool({ trustId: otherTrust.id, name: "Elsewhere Accreditation Academy" });
    const elsewhereReviewer = await createSchool({ trustId: otherTrust.id });
    places = {
      ":school": ids.schools.primary,
      ":other": ids.schools.secondary,
      ":outside": outside.id,
      ":elsewhere": elsewhere.id,
      ":missing": "clxnosuchthing000000000000",
      ":trust": ids.trustId,
      ":otherTrust": otherTrust.id,
      ":submission": await submissionInReview(ids.schools.primary, await personIdOf(secondary.lead.email)),
      ":elsewhereSubmission": await submissionInReview(elsewhere.id, elsewhereReviewer.lead.id),
    };
    places[":file"] = await taggedPdf(ids.schools.primary, places[":submission"]!);
    const visited = await createSchool({ trustId: otherTrust.id, name: "Visited Accreditation Academy" });
    visitAssessor ??= await createPerson("Vi Assessor");
    places[":visitSubmission"] = await submissionForVisit(
      visited.id,
      elsewhereReviewer.lead.id,
      visitAssessor.id,
    );
    places[":visitFile"] = await taggedPdf(visited.id, places[":visitSubmission"]!);
    places[":bogus"] = BOGUS_TOKEN;
  }
  return path.replace(/:[A-Za-z]+/g, (name) => places![name] ?? name);
}

for (const actor of ["signed out", ...Object.keys(ACTORS), "visit assessor"] as Actor[]) {
  test.describe(`accreditation pages as ${actor}`, () => {
    let client: APIRequestContext;
    test.beforeAll(async ({ browser, playwright }) => {
      await resolve("");
      client = await httpClient(
        playwright,
        actor === "signed out"
          ? []
          : await sessionCookiesFor(browser, actor === "visit assessor" ? visitAssessor! : ACTORS[actor]),
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
