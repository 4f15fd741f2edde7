// The lead's pages and downloads in the authorisation matrix (rows in ./support/lead-matrix.ts),
// every role x own and another school or trust, through the real server over HTTP (see
// ./support/http-matrix.ts); then axe on each new page, in the browser, on a 360 px phone and a desktop.
import type { APIRequestContext } from "@playwright/test";
import {
  type Account,
  createSchool,
  createTrust,
  demoIds,
  demoSchool,
  expect,
  sessionCookiesFor,
  test,
  TRUST_LEADER,
} from "./fixtures";
import { describeOutcome, expectOutcome, httpClient } from "./support/http-matrix";
import { axeViolations, counsellorsRound, ensureAdopted, horizontalOverflow } from "./support/lead";
import { type Actor, DOWNLOADS, PAGES, ROUND_TITLE } from "./support/lead-matrix";

// Each cell only reads (its fixtures are made once per worker), so the file spreads over both workers.
test.describe.configure({ mode: "parallel" });

const primary = demoSchool("primary");
const ACTORS: Record<Exclude<Actor, "signed out">, Account> = {
  staff: primary.teacher,
  lead: primary.lead,
  head: primary.head,
  "trust leader": TRUST_LEADER,
};

let places: Record<string, string> | undefined;
async function resolve(path: string) {
  if (!places) {
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
      ":round": await counsellorsRound(ids.schools.primary, ROUND_TITLE),
      ":otherRound": await counsellorsRound(ids.schools.secondary, "Another school's round"),
    };
  }
  return path.replace(/:[A-Za-z]+/g, (name) => places![name] ?? name);
}

for (const actor of ["signed out", ...Object.keys(ACTORS)] as Actor[]) {
  test.describe(`lead's pages as ${actor}`, () => {
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

    for (const row of [...PAGES, ...DOWNLOADS]) {
      const outcome = row.outcomes[actor];
      test(`${row.path} ${describeOutcome(outcome)}`, async () => {
        await expectOutcome(client, await resolve(row.path), outcome);
      });
    }
  });
}

// Axe on every new page. A school made for this spec adopts a framework through its page, so the
// editing forms are checked too; the demo primary shows the not-yet-adopted state.
let fresh: Promise<{ id: string; lead: Account }> | undefined;
const freshSchool = () => (fresh ??= createSchool({ name: "Axe Check Academy" }));

type Key = {
  name: string;
  as: () => Promise<Account> | Account;
  path: () => Promise<string>;
  heading: string;
  adopt?: boolean;
};
const PRIMARY = async () => (await demoIds()).schools.primary;
const KEYS: Key[] = [
  {
    name: "rounds page, framework adopted",
    as: async () => (await freshSchool()).lead,
    path: async () => `/schools/${(await freshSchool()).id}/rounds`,
    heading: "Rounds",
    adopt: true,
  },
  {
    name: "rounds page, no framework yet",
    as: () => primary.lead,
    path: async () => `/schools/${await PRIMARY()}/rounds`,
    heading: "Rounds",
  },
  {
    name: "round page (lead)",
    as: () => primary.lead,
    path: async () => resolve("/schools/:school/rounds/:round"),
    heading: ROUND_TITLE,
  },
  {
    name: "round page (head)",
    as: () => primary.head,
    path: async () => resolve("/schools/:school/rounds/:round"),
    heading: ROUND_TITLE,
  },
  {
    name: "framework page (lead, editing)",
    as: async () => (await freshSchool()).lead,
    path: async () => `/schools/${(await freshSchool()).id}/framework`,
    heading: "Framework",
    adopt: true,
  },
  {
    name: "framework page (head, reading)",
    as: () => primary.head,
    path: async () => `/schools/${await PRIMARY()}/framework`,
    heading: "Framework",
  },
  {
    name: "job roles page (lead)",
    as: () => primary.lead,
    path: async () => `/schools/${await PRIMARY()}/settings/job-roles`,
    heading: "Job roles",
  },
  {
    name: "job roles page (head)",
    as: () => primary.head,
    path: async () => `/schools/${await PRIMARY()}/settings/job-roles`,
    heading: "Job roles",
  },
  {
    name: "sign-in settings page (lead)",
    as: () => primary.lead,
    path: async () => `/schools/${await PRIMARY()}/settings/sign-in`,
    heading: "Sign-in",
  },
  {
    name: "sign-in settings page (head, reading)",
    as: () => primary.head,
    path: async () => `/schools/${await PRIMARY()}/settings/sign-in`,
    heading: "Sign-in",
  },
  {
    name: "trust framework page",
    as: () => TRUST_LEADER,
    path: async () => `/trusts/${(await demoIds()).trustId}/framework`,
    heading: "Framework",
  },
];

for (const { name: size, viewport } of [
  { name: "phone", viewport: { width: 360, height: 740 } },
  { name: "desktop", viewport: { width: 1280, height: 800 } },
]) {
  test.describe(`lead's pages on a ${size}`, () => {
    test.use({ viewport });
    for (const key of KEYS) {
      test(`${key.name} has no axe violations`, async ({ page, signedIn }) => {
        await signedIn(await key.as());
        const path = await key.path();
        if (key.adopt) await ensureAdopted(page, `/schools/${(await freshSchool()).id}/framework`);
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(key.heading);
        expect(await axeViolations(page)).toEqual([]);
        expect(await horizontalOverflow(page), "horizontal overflow in px").toBeLessThanOrEqual(0);
      });
    }

    test("the forms with their errors showing have no axe violations", async ({ page, signedIn }) => {
      const school = await freshSchool();
      await signedIn(school.lead);
      await ensureAdopted(page, `/schools/${school.id}/framework`);
      await page
        .getByRole("form", { name: "Add a competency" })
        .getByRole("button", { name: "Add competency" })
        .click();
      await expect(page.locator("#add-statement-error")).toBeVisible();
      await page.getByText("Reword or retire C1.01").click();
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`/schools/${school.id}/rounds`);
      const form = page.getByRole("form", { name: "Open a round" });
      await form.getByRole("radio", { name: "Chosen job roles" }).check();
      await form.getByRole("button", { name: "Open the round" }).click();
      await expect(page.locator("#round-job-roles-error")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page), "horizontal overflow in px").toBeLessThanOrEqual(0);
    });
  });
}
