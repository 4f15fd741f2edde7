import { createHash } from "node:crypto";
import { BASE_URL } from "./support/env";
import {
  addMembership,
  createPerson,
  demoIds,
  demoSchool,
  type DemoIds,
  expect,
  ownerQuery,
  signIn,
  signOut,
  SIGN_IN_FAILED,
  test,
  TRUST_LEADER,
} from "./fixtures";

const primary = demoSchool("primary");
const secondary = demoSchool("secondary");

const homes = [
  { who: primary.teacher, heading: "My training", home: (ids: DemoIds) => `/schools/${ids.schools.primary}` },
  {
    who: primary.lead,
    heading: "School overview",
    home: (ids: DemoIds) => `/schools/${ids.schools.primary}`,
  },
  {
    who: secondary.head,
    heading: "School overview",
    home: (ids: DemoIds) => `/schools/${ids.schools.secondary}`,
  },
  { who: TRUST_LEADER, heading: "Trust overview", home: (ids: DemoIds) => `/trusts/${ids.trustId}` },
];

test.describe("signing in", () => {
  for (const { who, heading, home } of homes) {
    test(`${who.label} lands on their home (${heading})`, async ({ page }) => {
      const ids = await demoIds();
      await signIn(page, who.email, who.password);
      await expect(page).toHaveURL(new URL(home(ids), page.url()).href);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    });
  }

  test("the email is not case-sensitive", async ({ page }) => {
    await signIn(page, primary.lead.email.toUpperCase(), primary.lead.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("School overview");
  });

  test("a wrong password and an unknown email get the same generic message", async ({ page }) => {
    const attempts = [
      { email: primary.teacher.email, password: "not-the-right-password" },
      { email: "nobody-here@nowhere.example", password: primary.teacher.password },
    ];
    for (const { email, password } of attempts) {
      await page.goto("/sign-in");
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password", { exact: true }).fill(password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(SIGN_IN_FAILED);
      await expect(page).toHaveURL(/\/sign-in$/);
      // Nothing about which part was wrong: the fields carry no error of their own.
      await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "false");
      await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "false");
    }
    const cookies = await page.context().cookies();
    expect(cookies.some((c) => c.name.includes("session-token"))).toBe(false);
  });

  test("after 5 failures this browser waits a moment, told for how long, then gets in", async ({ page }) => {
    const person = await createPerson("Wes Waiting");
    const attempt = async (password: string) => {
      await page.getByLabel("Password", { exact: true }).fill(password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
    };
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(person.email);
    for (let i = 0; i < 5; i++) {
      await attempt(`wrong password number ${i}`);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(SIGN_IN_FAILED);
    }
    await attempt(person.password);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Too many attempts with this email. Try again in 1 second.",
    );
    await page.waitForTimeout(1500);
    await attempt(person.password);
    await expect(page).not.toHaveURL(/\/sign-in/);
  });

  test("others' failures never keep the person out of a browser they signed in from before", async ({
    page,
    browser,
  }) => {
    const person = await createPerson("Pat Persistent");
    await signIn(page, person.email, person.password);
    expect((await page.context().cookies()).some((c) => c.name === "harbour-device")).toBe(true);
    await signOut(page);
    // As if 100 guesses in a row had come from many addresses.
    const key = `account:${createHash("sha256").update(person.email).digest("hex").slice(0, 32)}`;
    await ownerQuery(
      `INSERT INTO "RateLimitBucket" (key, count, "lastFailureAt", "retryAt") VALUES ($1, 100, now(), now())
       ON CONFLICT (key) DO UPDATE SET count = 100, "lastFailureAt" = now(), "retryAt" = now()`,
      [key],
    );
    const stranger = await (await browser.newContext({ baseURL: BASE_URL })).newPage();
    await stranger.goto("/sign-in");
    await stranger.getByLabel("Email address").fill(person.email);
    await stranger.getByLabel("Password", { exact: true }).fill(person.password);
    await stranger.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(stranger.getByRole("main").getByRole("alert")).toContainText(
      "Too many attempts with this email.",
    );
    await stranger.context().close();
    // Their own browser gets straight in.
    await signIn(page, person.email, person.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No access yet");
  });

  test("an empty form shows errors beside the fields", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.locator("#email-error")).toHaveText("Enter your email address.");
    await expect(page.locator("#password-error")).toHaveText("Enter your password.");
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  });

  test("signing out ends the session, even for a copy of its cookie", async ({ page, browser }) => {
    await signIn(page, primary.head.email, primary.head.password);
    const home = page.url();
    const copied = (await page.context().cookies()).filter((c) => c.name.includes("session-token"));
    await signOut(page);
    await page.goto(home);
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    const thief = await browser.newContext({ baseURL: BASE_URL });
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto(home);
    await expect(stolen).toHaveURL(/\/sign-in$/);
    await thief.close();
  });

  test("a signed-in person who opens /sign-in goes to their home", async ({ signedIn }) => {
    const page = await signedIn(TRUST_LEADER);
    await page.goto("/sign-in");
    await expect(page).toHaveURL(/\/trusts\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trust overview");
  });
});

test.describe("several memberships", () => {
  test("someone in two schools chooses where to go, then switches between them", async ({ page }) => {
    const ids = await demoIds();
    const person = await createPerson("Sam Switcher");
    await addMembership(person.id, ids.schools.primary, "STAFF");
    await addMembership(person.id, ids.schools.secondary, "HEAD", "SENIOR_LEADER");

    await signIn(page, person.email, person.password);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where would you like to go?");
    await page.getByRole("link", { name: new RegExp(secondary.name) }).click();
    await expect(page).toHaveURL(new RegExp(`/schools/${ids.schools.secondary}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("School overview");

    await page.locator("summary", { hasText: "Switch" }).click();
    await page.getByRole("link", { name: new RegExp(primary.name) }).click();
    await expect(page).toHaveURL(new RegExp(`/schools/${ids.schools.primary}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My training");
  });
});
