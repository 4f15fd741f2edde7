// Training records, the catalogue and "my plan" end to end: a teacher records a course and sees its
// expiry, the lead sees it in the school's list, a staff member sees their own plan; the new pages'
// rows in the authorisation matrix; axe and no sideways scrolling on a 360 px phone.
import type { Page } from "@playwright/test";
import { formatDate } from "../../lib/format";
import { expiryOf } from "../../lib/records/rules";
import {
  type Account,
  addMembership,
  createPerson,
  createTrust,
  demoIds,
  demoSchool,
  expect,
  ownerQuery,
  sessionCookiesFor,
  test,
  TRUST_LEADER,
} from "./fixtures";
import { BASE_URL } from "./support/env";
import { axeViolations, horizontalOverflow } from "./support/lead";

const primary = demoSchool("primary");
const schoolId = async () => (await demoIds()).schools.primary;

async function refreshingCourse() {
  const [course] = await ownerQuery<{ id: string; title: string; refreshMonths: number }>(
    `SELECT id, title, "refreshMonths" FROM "Course" WHERE "starterKey" IS NOT NULL AND "refreshMonths" IS NOT NULL
     AND "retiredAt" IS NULL ORDER BY "starterKey" LIMIT 1`,
  );
  if (!course) throw new Error("The starter catalogue is missing: did the seed run?");
  return course;
}

test.describe("recording training", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  let teacher: Account & { id: string };

  test.beforeAll(async () => {
    teacher = await createPerson("Robin Records");
    await addMembership(teacher.id, await schoolId(), "STAFF", "TEACHER");
  });

  test("a teacher records a completed course and sees its expiry; the lead sees it in the school list", async ({
    page,
    signedIn,
  }) => {
    const course = await refreshingCourse();
    const expiry = formatDate(expiryOf("2026-03-14", course.refreshMonths)!);
    await signedIn(teacher);
    await page.goto(`/schools/${await schoolId()}/records`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Training records");
    await expect(page.getByText("You have not recorded any training yet.")).toBeVisible();

    const form = page.getByRole("form", { name: "Record completed training" });
    await form.getByRole("button", { name: "Record training" }).click();
    await expect(form.locator("#record-course-error")).toHaveText("Choose the course you completed.");
    await form.getByLabel("Course", { exact: true }).selectOption(course.id);
    await form.getByLabel("Date completed").fill("2026-03-14");
    await form.getByLabel("Hours").fill("3");
    await form.getByLabel("Certificate or note (optional)").fill("Certificate RR-1");
    await form.getByRole("button", { name: "Record training" }).click();
    await expect(form.getByRole("status")).toContainText(`It expires on ${expiry}.`);
    const own = page.getByRole("region", { name: /^Your training/ });
    await expect(own.getByText(course.title)).toBeVisible();
    await expect(own.getByText(`Expires on ${expiry}`)).toBeVisible();

    await signedIn(primary.lead);
    await page.goto(`/schools/${await schoolId()}/records`);
    const school = page.getByRole("region", { name: /^School records/ });
    await expect(school.getByText(`Robin Records: ${course.title}`)).toBeVisible();
    await expect(page.getByRole("region", { name: "Tier coverage", exact: true })).toBeVisible();
  });

  test("a future date is refused beside the field", async ({ page, signedIn }) => {
    await signedIn(teacher);
    await page.goto(`/schools/${await schoolId()}/records`);
    const form = page.getByRole("form", { name: "Record completed training" });
    await form.getByRole("radio", { name: "Other training" }).check();
    await form.getByLabel("Title of the training").fill("Briefing from the future");
    await form.getByLabel("Date completed").fill("2099-01-01");
    await form.getByLabel("Hours").fill("1");
    await form.getByRole("button", { name: "Record training" }).click();
    await expect(form.locator("#record-date-error")).toHaveText("The date cannot be in the future.");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("a staff member sees their own plan page", async ({ page, signedIn }) => {
    await signedIn(teacher);
    await page.goto(`/schools/${await schoolId()}/my-plan`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My training plan");
    await expect(page.getByText("You are not booked on any training yet.")).toBeVisible();
  });
});

// Authorisation rows for the new pages: own school (or trust) and another.
type Actor = "signed out" | "staff" | "lead" | "head" | "trust leader";
const ACTORS: Record<Exclude<Actor, "signed out">, Account> = {
  staff: primary.teacher,
  lead: primary.lead,
  head: primary.head,
  "trust leader": TRUST_LEADER,
};
const SCHOOL_MEMBERS = (h1: string): Record<Actor, string> => ({
  "signed out": "sign-in",
  staff: h1,
  lead: h1,
  head: h1,
  "trust leader": "404",
});
const ROWS: { path: string; outcomes: Record<Actor, string> }[] = [
  { path: "/schools/:school/catalogue", outcomes: SCHOOL_MEMBERS("Training catalogue") },
  { path: "/schools/:school/records", outcomes: SCHOOL_MEMBERS("Training records") },
  { path: "/schools/:school/my-plan", outcomes: SCHOOL_MEMBERS("My training plan") },
  {
    path: "/schools/:other/catalogue",
    outcomes: { ...SCHOOL_MEMBERS("404"), staff: "404", lead: "404", head: "404" },
  },
  {
    path: "/schools/:other/records",
    outcomes: { ...SCHOOL_MEMBERS("404"), staff: "404", lead: "404", head: "404" },
  },
  {
    path: "/schools/:other/my-plan",
    outcomes: { ...SCHOOL_MEMBERS("404"), staff: "404", lead: "404", head: "404" },
  },
  {
    path: "/trusts/:trust/catalogue",
    outcomes: {
      "signed out": "sign-in",
      staff: "404",
      lead: "404",
      head: "404",
      "trust leader": "Trust courses",
    },
  },
  {
    path: "/trusts/:otherTrust/catalogue",
    outcomes: { "signed out": "sign-in", staff: "404", lead: "404", head: "404", "trust leader": "404" },
  },
];

let places: Record<string, string> | undefined;
async function resolve(path: string) {
  if (!places) {
    const ids = await demoIds();
    places = {
      ":school": ids.schools.primary,
      ":other": ids.schools.secondary,
      ":trust": ids.trustId,
      ":otherTrust": (await createTrust()).id,
    };
  }
  return path.replace(/:[A-Za-z]+/g, (name) => places![name] ?? name);
}

for (const actor of ["signed out", ...Object.keys(ACTORS)] as Actor[]) {
  test.describe(`records and catalogue pages as ${actor}`, () => {
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
      const want = row.outcomes[actor];
      test(`${row.path} -> ${want}`, async () => {
        const url = await resolve(row.path);
        const response = await page.goto(url);
        const h1 = page.getByRole("heading", { level: 1 });
        if (want === "sign-in") {
          await expect(page).toHaveURL(/\/sign-in/);
          await expect(h1).toHaveText("Sign in");
        } else if (want === "404") {
          expect(response?.status(), url).toBe(404);
          await expect(h1).toHaveText("Page not found");
        } else {
          expect(response?.status(), url).toBe(200);
          await expect(h1).toHaveText(want);
        }
      });
    }
  });
}

// Axe on each new page, as the people who use it, on a 360 px phone.
const KEYS: { name: string; as: Account; path: string; heading: string }[] = [
  {
    name: "catalogue (lead, with the add form)",
    as: primary.lead,
    path: "/schools/:school/catalogue",
    heading: "Training catalogue",
  },
  {
    name: "catalogue filtered (teacher)",
    as: primary.teacher,
    path: "/schools/:school/catalogue?tier=2&format=IN_SCHOOL",
    heading: "Training catalogue",
  },
  {
    name: "records (lead, with the school's figures)",
    as: primary.lead,
    path: "/schools/:school/records",
    heading: "Training records",
  },
  {
    name: "records (teacher)",
    as: primary.teacher,
    path: "/schools/:school/records",
    heading: "Training records",
  },
  {
    name: "my plan (teacher)",
    as: primary.teacher,
    path: "/schools/:school/my-plan",
    heading: "My training plan",
  },
  {
    name: "trust courses (trust leader)",
    as: TRUST_LEADER,
    path: "/trusts/:trust/catalogue",
    heading: "Trust courses",
  },
];

test.describe("records and catalogue pages on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const key of KEYS) {
    test(`${key.name} has no axe violations`, async ({ page, signedIn }) => {
      await signedIn(key.as);
      await page.goto(await resolve(key.path));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(key.heading);
      expect(await axeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page), "horizontal overflow in px").toBeLessThanOrEqual(0);
    });
  }

  test("the lead adds a school course, finds it by competency, and retires it", async ({
    page,
    signedIn,
  }) => {
    await signedIn(primary.lead);
    await page.goto(await resolve("/schools/:school/catalogue"));
    const form = page.getByRole("form", { name: "Add a course" });
    await form.getByLabel("Provider").fill("Brookfield Staff Development");
    await form.getByLabel("Title", { exact: true }).fill("Our own listening skills session");
    await form
      .getByLabel("Summary")
      .fill("A twilight session on listening to pupils, run by our own pastoral team.");
    await form.getByLabel("Competency 1").selectOption("C1.02");
    await form.getByLabel("Hours per participant").fill("1.5");
    await form.getByLabel("Cost model").selectOption("PER_SESSION");
    await form.getByLabel("Cost per session (£)").fill("0");
    await form.getByLabel("Staff per session").fill("40");
    await form.getByLabel("Refresh every (months, optional)").fill("24");
    await form.getByRole("button", { name: "Add course" }).click();
    await expect(form.getByRole("status")).toHaveText("Course added to the catalogue.");
    await page.goto(await resolve("/schools/:school/catalogue?competency=C1.02"));
    const courses = page.getByRole("region", { name: /^Courses/ });
    await expect(courses.getByRole("heading", { name: "Our own listening skills session" })).toBeVisible();
    await courses.getByRole("button", { name: "Retire Our own listening skills session" }).click();
    await courses.getByRole("button", { name: "Yes, retire it" }).click();
    await expect(courses.getByRole("heading", { name: "Our own listening skills session" })).toHaveCount(0);
  });

  test("the add-course form with its errors showing has no axe violations", async ({ page, signedIn }) => {
    await signedIn(primary.lead);
    await page.goto(await resolve("/schools/:school/catalogue"));
    const form = page.getByRole("form", { name: "Add a course" });
    await form.getByRole("button", { name: "Add course" }).click();
    await expect(form.locator("#course-outcomes-error")).toContainText("at least one competency");
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page), "horizontal overflow in px").toBeLessThanOrEqual(0);
  });
});
