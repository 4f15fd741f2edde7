// Key pages have no axe violations (WCAG 2.1 A and AA) on a 360 px phone and on a desktop, and a
// keyboard user meets the skip link first.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import {
  type Account,
  addMembership,
  BOGUS_TOKEN,
  createInvitation,
  createPerson,
  createSchool,
  createTrust,
  demoIds,
  type DemoIds,
  demoSchool,
  expect,
  test,
  ownerQuery,
  TRUST_LEADER,
} from "./fixtures";
import { newToken } from "../../lib/people/tokens";

// Each check only reads pages (its fixtures are made once per worker), so the file spreads over both workers.
test.describe.configure({ mode: "parallel" });

const primary = demoSchool("primary");
const allThrough = demoSchool("all-through");

const VIEWPORTS = [
  { name: "phone", viewport: { width: 360, height: 740 } },
  { name: "desktop", viewport: { width: 1280, height: 800 } },
];

// People made on first use: one in two schools (the landing page offers a choice), one in none.
let inTwoSchools: Promise<Account> | undefined;
const personInTwoSchools = () =>
  (inTwoSchools ??= (async () => {
    const ids = await demoIds();
    const person = await createPerson("Cai Chooser");
    await addMembership(person.id, ids.schools.primary, "STAFF");
    await addMembership(person.id, ids.schools["all-through"], "LEAD", "SENIOR_MH_LEAD");
    return person;
  })());
let inNoSchool: Promise<Account> | undefined;
const personInNoSchool = () => (inNoSchool ??= createPerson("Nell Nowhere"));

// A trust of its own (no other spec counts its schools) with a school whose action plan is with the
// trust, and an external validator's link to the same plan, not yet accepted.
let sent: Promise<{ trustId: string; leader: Account; versionId: string; token: string }> | undefined;
const planSent = () =>
  (sent ??= (async () => {
    const trust = await createTrust();
    const school = await createSchool({ trustId: trust.id, name: "Axe Check Academy" });
    const id = (x: string) => `${school.id}-${x}`;
    await ownerQuery(`INSERT INTO "ActionPlan" (id, "schoolId", "createdById") VALUES ($1, $2, $3)`, [
      id("plan"),
      school.id,
      school.lead.id,
    ]);
    await ownerQuery(
      `INSERT INTO "ActionPlanVersion" (id, "planId", "schoolId", number, status, "submittedToTrust",
         "submittedById", "submittedAt", "createdById", "updatedById")
       VALUES ($1, $2, $3, 1, 'SUBMITTED', true, $4, now(), $4, $4)`,
      [id("v1"), id("plan"), school.id, school.lead.id],
    );
    await ownerQuery(
      `INSERT INTO "ActionPlanObjective" (id, "versionId", "schoolId", key, "principleKey", title, position)
       VALUES ($1, $2, $3, 'o1', 'staff-development', 'Every adult knows how to respond to a worry', 0)`,
      [id("o1"), id("v1"), school.id],
    );
    await ownerQuery(
      `INSERT INTO "ActionPlanAction" (id, "versionId", "objectiveId", "schoolId", key, position, title,
         "ownerId", "ownerName", "startOn", "dueOn", "successMeasure")
       VALUES ($1, $2, $3, $4, 'a1', 0, 'Whole-staff briefing', $5, 'Other School Lead', '2026-09-01',
         '2027-03-31', 'Nine in ten staff have in-date Core training')`,
      [id("a1"), id("v1"), id("o1"), school.id, school.lead.id],
    );
    const { token, tokenHash } = newToken();
    await ownerQuery(
      `INSERT INTO "ActionPlanValidator" (id, "planId", "schoolId", email, name, "tokenHash", "expiresAt", "invitedById")
       VALUES ($1, $2, $3, 'validator@e2e.example', 'Val Idator', $4, now() + interval '7 days', $5)`,
      [id("validator"), id("plan"), school.id, tokenHash, school.lead.id],
    );
    return { trustId: trust.id, leader: trust.leader, versionId: id("v1"), token };
  })());

type Key = {
  name: string;
  as: Account | (() => Promise<Account>) | null;
  path: (ids: DemoIds) => Promise<string> | string;
  heading: string;
};

const accountOf = async ({ as }: Key): Promise<Account> => (typeof as === "function" ? as() : as!);

const PAGES: Key[] = [
  { name: "sign-in page", as: null, path: () => "/sign-in", heading: "Sign in" },
  {
    name: "forgotten password page",
    as: null,
    path: () => "/forgot-password",
    heading: "Forgotten your password?",
  },
  {
    name: "lead's audit log",
    as: primary.lead,
    path: (ids) => `/schools/${ids.schools.primary}/audit`,
    heading: "Audit log",
  },
  {
    name: "invitation page",
    as: null,
    path: async (ids) => (await createInvitation(ids.schools["all-through"])).path,
    heading: `Join ${allThrough.name}`,
  },
  {
    name: "teacher's home",
    as: primary.teacher,
    path: (ids) => `/schools/${ids.schools.primary}`,
    heading: "My training",
  },
  {
    name: "lead's home",
    as: primary.lead,
    path: (ids) => `/schools/${ids.schools.primary}`,
    heading: "School overview",
  },
  {
    name: "head's home",
    as: primary.head,
    path: (ids) => `/schools/${ids.schools.primary}`,
    heading: "School overview",
  },
  {
    name: "trust leader's home",
    as: TRUST_LEADER,
    path: (ids) => `/trusts/${ids.trustId}`,
    heading: "Trust overview",
  },
  {
    name: "people page (lead)",
    as: primary.lead,
    path: (ids) => `/schools/${ids.schools.primary}/people`,
    heading: "People",
  },
  {
    name: "catalogue (lead)",
    as: primary.lead,
    path: (ids) => `/schools/${ids.schools.primary}/catalogue`,
    heading: "Training catalogue",
  },
  {
    name: "training records (lead)",
    as: primary.lead,
    path: (ids) => `/schools/${ids.schools.primary}/records`,
    heading: "Training records",
  },
  {
    name: "landing page with a choice of schools",
    as: personInTwoSchools,
    path: () => "/",
    heading: "Where would you like to go?",
  },
  { name: "landing page with no access", as: personInNoSchool, path: () => "/", heading: "No access yet" },
  {
    name: "invitation link that does not work",
    as: null,
    path: () => `/invitations/${BOGUS_TOKEN}`,
    heading: "This link does not work",
  },
  {
    name: "start Harbour for your school",
    as: null,
    path: () => "/start",
    heading: "Start Harbour for your school",
  },
  {
    name: "add schools (trust leader)",
    as: TRUST_LEADER,
    path: (ids) => `/trusts/${ids.trustId}/schools`,
    heading: "Add schools",
  },
  {
    name: "appoint a new lead (head)",
    as: primary.head,
    path: (ids) => `/schools/${ids.schools.primary}/people/lead`,
    heading: "Appoint a new senior mental health lead",
  },
  {
    name: "external validator's link",
    as: null,
    path: async () => `/validate/${(await planSent()).token}`,
    heading: "Validate Axe Check Academy's action plan",
  },
  {
    name: "trust's action plans (trust leader)",
    as: async () => (await planSent()).leader,
    path: async () => `/trusts/${(await planSent()).trustId}/action-plans`,
    heading: "Action plans",
  },
  {
    name: "trust's review of an action plan (trust leader)",
    as: async () => (await planSent()).leader,
    path: async () => {
      const p = await planSent();
      return `/trusts/${p.trustId}/action-plans/${p.versionId}`;
    },
    heading: "Axe Check Academy: action plan",
  },
  {
    name: "page not found",
    as: primary.lead,
    path: () => "/schools/no-such-school",
    heading: "Page not found",
  },
];

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  // One line per failing node, so a failure says what to fix and where.
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${n.target.join(" ")} - ${n.failureSummary?.split("\n").join(" ")}`,
    ),
  );
}

for (const { name: size, viewport } of VIEWPORTS) {
  test.describe(`on a ${size} (${viewport.width}x${viewport.height})`, () => {
    test.use({ viewport });

    for (const key of PAGES) {
      test(`${key.name} has no axe violations`, async ({ page, signedIn }) => {
        if (key.as) await signedIn(await accountOf(key));
        await page.goto(await key.path(await demoIds()));
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(key.heading);
        const found = await axeViolations(page);
        expect(found).toEqual([]);
        // Nothing wider than the screen: no sideways scrolling on a phone.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
      });
    }

    test("the people page with its forms in use has no axe violations", async ({ page, signedIn }) => {
      const ids = await demoIds();
      await signedIn(primary.lead);
      await page.goto(`/schools/${ids.schools.primary}/people`);
      // Errors beside fields, and the roster report.
      await page.getByLabel("Email address").fill("not an email");
      await page.getByRole("button", { name: "Send invitation" }).click();
      await expect(page.locator("#invite-email-error")).toBeVisible();
      await page.getByRole("button", { name: "Import roster" }).click();
      await expect(page.locator("#roster-error")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test.describe("keyboard", () => {
  for (const key of [PAGES[0]!, PAGES[3]!]) {
    test(`the first Tab on the ${key.name} reaches the skip link, which is then visible`, async ({
      page,
      signedIn,
    }) => {
      if (key.as) await signedIn(await accountOf(key));
      await page.goto(await key.path(await demoIds()));
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Skip to main content" });
      await expect(skip).toBeFocused();
      const box = await skip.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(10);
      expect(box?.height ?? 0).toBeGreaterThan(10);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/#main$/);
    });
  }

  test("the sign-in form works with the keyboard alone", async ({ page }) => {
    await page.goto("/sign-in");
    await page.keyboard.press("Tab"); // skip link
    await page.keyboard.press("Tab"); // the school's Microsoft sign-in, offered first when set up
    await expect(page.getByRole("button", { name: "Sign in with Microsoft" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Email address")).toBeFocused();
    await page.keyboard.type(primary.teacher.email);
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
    await page.keyboard.type(primary.teacher.password);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My training");
  });
});
