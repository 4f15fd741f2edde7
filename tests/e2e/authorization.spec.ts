// The page part of the authorisation matrix: every page x every role x own and another school or
// trust, each with its expected outcome, through the real server (app checks and row-level security),
// over HTTP with each actor's real session cookie (./support/http-matrix.ts says why no browser).
// New pages and features add rows to MATRIX; new roles add an entry to ACTORS.
import type { APIRequestContext } from "@playwright/test";
import {
  type Account,
  BOGUS_TOKEN,
  createSchool,
  createTrust,
  demoIds,
  demoSchool,
  sessionCookiesFor,
  test,
  TRUST_LEADER,
} from "./fixtures";
import { describeOutcome, expectOutcome, httpClient, NOT_FOUND, type Outcome } from "./support/http-matrix";

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
type Row = { path: string; outcomes: Record<Actor, Outcome> };

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
    // Everyone's own sign-in security (decision 0040): open to every signed-in person.
    path: "/account/security",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: { page: "Sign-in and security" },
      lead: { page: "Sign-in and security" },
      head: { page: "Sign-in and security" },
      "trust leader": { page: "Sign-in and security" },
    },
  },
  {
    // The operator's pages: for operators only (tests/e2e/operator.spec.ts signs one in).
    path: "/operator",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  },
  {
    // The operator's pages: for operators only (tests/e2e/operator.spec.ts signs one in).
    path: "/operator/schools",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  },
  {
    // The operator's pages: for operators only (tests/e2e/operator.spec.ts signs one in).
    path: "/operator/organisations",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  },
  {
    // The operator's pages: for operators only (tests/e2e/operator.spec.ts signs one in).
    path: "/operator/register",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
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
  {
    // Only those who manage people may sync them from the MIS (people:manage).
    path: "/schools/:school/people/sync",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: { page: "Sync from your MIS (Wonde)" },
      head: NOT_FOUND,
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
    {
      path: `/schools/${school}/people/sync`,
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
  // Issue 9 part 6: the head appoints a new lead (decision 0026).
  {
    path: "/schools/:school/people/lead",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: { page: "Appoint a new senior mental health lead" },
      "trust leader": NOT_FOUND,
    },
  },
  ...[":other", ":elsewhere", ":missing"].map((school): Row => ({
    path: `/schools/${school}/people/lead`,
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  })),
  // Issue 9 part 7: the governors' printable pages and downloads, for whoever may view the plan or review.
  {
    path: "/schools/:school/action-plan/print",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: { page: "Action plan: Brookfield Primary School" },
      head: { page: "Action plan: Brookfield Primary School" },
      "trust leader": NOT_FOUND,
    },
  },
  ...(["pdf", "csv", "ics"] as const).map((format): Row => ({
    path: `/schools/:school/action-plan/export?format=${format}`,
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: { file: new RegExp(`^action-plan-brookfield-primary-school-\\d{4}-\\d{2}-\\d{2}\\.${format}$`) },
      head: { file: new RegExp(`^action-plan-brookfield-primary-school-\\d{4}-\\d{2}-\\d{2}\\.${format}$`) },
      "trust leader": NOT_FOUND,
    },
  })),
  {
    path: "/schools/:school/review/print",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: { page: "Whole-school review: Brookfield Primary School" },
      head: { page: "Whole-school review: Brookfield Primary School" },
      "trust leader": NOT_FOUND,
    },
  },
  {
    path: "/schools/:school/review/export",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: { file: /^whole-school-review-brookfield-primary-school-\d{4}-\d{2}-\d{2}\.pdf$/ },
      head: { file: /^whole-school-review-brookfield-primary-school-\d{4}-\d{2}-\d{2}\.pdf$/ },
      "trust leader": NOT_FOUND,
    },
  },
  ...[":other", ":elsewhere", ":missing"].flatMap((school) =>
    [
      `/schools/${school}/action-plan/print`,
      `/schools/${school}/action-plan/export?format=pdf`,
      `/schools/${school}/action-plan/export?format=csv`,
      `/schools/${school}/action-plan/export?format=ics`,
      `/schools/${school}/review/print`,
      `/schools/${school}/review/export`,
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
  ),
  // A version named through one's own school that is not the school's own.
  ...[
    "/schools/:school/action-plan/print?version=:missing",
    "/schools/:school/action-plan/export?format=pdf&version=:missing",
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
  // Reviewers' PDFs of a version not sent to them (tests/integration/exports.test.ts covers those sent).
  ...[
    "/trusts/:trust/action-plans/:missing/pdf",
    "/trusts/:otherTrust/action-plans/:missing/pdf",
    "/review/:missing/pdf",
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
  // The calendar address needs no session; one that is not a live address is a 404 for everyone.
  {
    path: "/calendar/:bogus.ics",
    outcomes: {
      "signed out": NOT_FOUND,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  },
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
    path: "/trusts/:trust/schools",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": { page: "Add schools" },
    },
  },
  {
    path: "/trusts/:otherTrust/schools",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  },
  // Operators only (tests/e2e/schools-join.spec.ts signs one in); everyone else gets a 404.
  {
    path: "/operator/requests",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  },
  // Public: anyone may ask to start Harbour for a school.
  {
    path: "/start",
    outcomes: {
      "signed out": { page: "Start Harbour for your school" },
      staff: { page: "Start Harbour for your school" },
      lead: { page: "Start Harbour for your school" },
      head: { page: "Start Harbour for your school" },
      "trust leader": { page: "Start Harbour for your school" },
    },
  },
  {
    path: "/start/confirm/:bogus",
    outcomes: {
      "signed out": { page: "This link does not work" },
      staff: { page: "This link does not work" },
      lead: { page: "This link does not work" },
      head: { page: "This link does not work" },
      "trust leader": { page: "This link does not work" },
    },
  },
  // The audit log: the school's for its lead and head, the trust's own for its leader; never another's.
  {
    path: "/schools/:school/audit",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: { page: "Audit log" },
      head: { page: "Audit log" },
      "trust leader": NOT_FOUND,
    },
  },
  {
    path: "/schools/:other/audit",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  },
  {
    path: "/schools/:school/audit/export?action=round.opened",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: { file: /^audit-log-.+\.csv$/ },
      head: { file: /^audit-log-.+\.csv$/ },
      "trust leader": NOT_FOUND,
    },
  },
  {
    path: "/trusts/:trust/audit",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": { page: "Audit log" },
    },
  },
  {
    path: "/trusts/:otherTrust/audit/export",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  },
  // Commissioning (decision 0036): the trust leader's page and its two CSVs; another trust's: 404.
  ...[
    { path: "/trusts/:trust/commissioning", leader: { page: "Commissioning" } },
    ...["demand", "offers"].map((t) => ({
      path: `/trusts/:trust/commissioning/export?table=${t}`,
      leader: { file: new RegExp(`^trust-commissioning-${t}\\.csv$`) },
    })),
    { path: "/trusts/:otherTrust/commissioning", leader: NOT_FOUND },
    { path: "/trusts/:otherTrust/commissioning/export?table=demand", leader: NOT_FOUND },
  ].map((row) => ({
    path: row.path,
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": row.leader as Outcome,
    },
  })),
  // Public: a forgotten password. The e2e server has no SMTP, so the page says it cannot mail a link.
  {
    path: "/forgot-password",
    outcomes: {
      "signed out": { page: "Forgotten your password?" },
      staff: { page: "Forgotten your password?" },
      lead: { page: "Forgotten your password?" },
      head: { page: "Forgotten your password?" },
      "trust leader": { page: "Forgotten your password?" },
    },
  },
  {
    path: "/reset-password/:bogus",
    outcomes: {
      "signed out": { page: "Choose a new password" },
      staff: { page: "Choose a new password" },
      lead: { page: "Choose a new password" },
      head: { page: "Choose a new password" },
      "trust leader": { page: "Choose a new password" },
    },
  },
  {
    path: "/schools/:school/notifications",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: { page: "Notifications" },
      lead: { page: "Notifications" },
      head: { page: "Notifications" },
      "trust leader": NOT_FOUND,
    },
  },
  // The Settings page lists what each person may set up; the trust leader has no school membership.
  {
    path: "/schools/:school/settings",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: { page: "Settings" },
      lead: { page: "Settings" },
      head: { page: "Settings" },
      "trust leader": NOT_FOUND,
    },
  },
  {
    path: "/schools/:other/settings",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  },
  {
    path: "/schools/:other/notifications",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: NOT_FOUND,
      lead: NOT_FOUND,
      head: NOT_FOUND,
      "trust leader": NOT_FOUND,
    },
  },
  {
    // The unsubscribe page needs no sign-in; a link Harbour did not sign does nothing for anyone.
    path: "/unsubscribe?token=:bogus",
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
    // One HTTP client per actor, shared by its rows, with the cookie of one real sign-in.
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

    for (const row of MATRIX) {
      const outcome = row.outcomes[actor];
      test(`${row.path} ${describeOutcome(outcome)}`, async () => {
        await expectOutcome(client, resolve(row.path), outcome, resolve);
      });
    }
  });
}
