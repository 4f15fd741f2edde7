// On a 360 px phone every key page fits the screen (no sideways scrolling), the header is one short
// line with a Menu button, the current page is marked, printing drops the navigation, and buttons
// recover when the network fails.
import type { Page } from "@playwright/test";
import { demoIds, demoSchool, expect, ownerQuery, test, TRUST_LEADER } from "./fixtures";
import { smallPlan, submittedRound } from "./support/plans";

const secondary = demoSchool("secondary");
const allThrough = demoSchool("all-through");
const PHONE = { width: 360, height: 740 };
/** One line of header: the name, the school and a 44 px Menu button. */
const HEADER_MAX = 64;

async function measure(page: Page) {
  return page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    header: document.querySelector("header")?.getBoundingClientRect().height ?? 0,
  }));
}

/** Visible text in the page that sits beyond the right edge (in a sideways-scrolling box, say). */
async function offscreenText(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll("main td, main th, main dd, main dt, main p, main li")) {
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0 && rect.right > width + 1)
        out.push((el.textContent ?? "").slice(0, 40));
    }
    return out;
  }, PHONE.width);
}

test.describe("on a 360 px phone", () => {
  test.use({ viewport: PHONE });

  for (const [name, path] of [
    ["home", ""],
    ["people", "/people"],
    ["catalogue", "/catalogue"],
    ["training records", "/records"],
  ] as const) {
    test(`nothing on the lead's ${name} page hides beyond the right edge`, async ({ signedIn }) => {
      const page = await signedIn(secondary.lead);
      await page.goto(`/schools/${(await demoIds()).schools.secondary}${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await offscreenText(page)).toEqual([]);
    });
  }

  test("the trust home shows each school as a card, nothing beyond the right edge", async ({ signedIn }) => {
    const page = await signedIn(TRUST_LEADER);
    await page.goto(`/trusts/${(await demoIds()).trustId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trust overview");
    await expect(page.getByRole("table")).toBeHidden();
    const cards = page.getByRole("list", { name: "Schools" });
    await expect(cards).toBeVisible();
    await expect(cards.getByText("Staff", { exact: true }).first()).toBeVisible();
    expect(await offscreenText(page)).toEqual([]);
  });

  for (const [name, path] of [
    ["home", ""],
    ["people", "/people"],
    ["rounds", "/rounds"],
    ["plans", "/plans"],
    ["catalogue", "/catalogue"],
    ["training records", "/records"],
    ["my plan", "/my-plan"],
    ["job roles", "/settings/job-roles"],
  ] as const) {
    test(`the lead's ${name} page fits the screen under a one-line header`, async ({ signedIn }) => {
      const page = await signedIn(secondary.lead);
      await page.goto(`/schools/${(await demoIds()).schools.secondary}${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { width, header } = await measure(page);
      expect(width, "page width in px").toBeLessThanOrEqual(PHONE.width);
      expect(header, "header height in px").toBeLessThanOrEqual(HEADER_MAX);
    });
  }

  test("the people page of a 78-person school is a few screens long, not dozens", async ({ signedIn }) => {
    const page = await signedIn(secondary.lead);
    await page.goto(`/schools/${(await demoIds()).schools.secondary}/people`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, "page height in px").toBeLessThan(8000);
  });

  test("the Menu button opens the navigation, which marks the current page", async ({ signedIn }) => {
    const page = await signedIn(secondary.lead);
    await page.goto(`/schools/${(await demoIds()).schools.secondary}/people`);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toBeHidden();
    await page.getByRole("button", { name: "Menu" }).click();
    await expect(nav).toBeVisible();
    await expect(nav.getByRole("link", { name: "People" })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    // Following a link closes the menu.
    await nav.getByRole("link", { name: "Catalogue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Training catalogue");
    await expect(nav).toBeHidden();
  });
});

test("on a desktop the navigation marks the current page, also on pages below it", async ({ signedIn }) => {
  const page = await signedIn(secondary.lead);
  const base = `/schools/${(await demoIds()).schools.secondary}`;
  await page.goto(`${base}/rounds`);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Rounds" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Overview" })).not.toHaveAttribute("aria-current", "page");
  await page.goto(base);
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
});

test("a printed page has no header or navigation", async ({ signedIn }) => {
  const page = await signedIn(secondary.lead);
  await page.goto(`/schools/${(await demoIds()).schools.secondary}/catalogue`);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the site has a favicon", async ({ page, request }) => {
  await page.goto("/sign-in");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("a button whose request never reaches Harbour says so and can be pressed again", async ({
  signedIn,
}) => {
  const page = await signedIn(secondary.lead);
  await page.goto(`/schools/${(await demoIds()).schools.secondary}/people`);
  // Server actions are POSTs to the page: fail them as a dropped connection would.
  await page.route("**/*", (route) =>
    route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue(),
  );
  await page.getByLabel("Email address").fill("offline-test@kingsmead.example");
  const send = page.getByRole("button", { name: "Send invitation" });
  await send.click();
  await expect(page.getByText("Could not reach Harbour. Check your connection and try again.")).toBeVisible();
  await expect(send).toBeEnabled();
  // Back online, the same button works.
  await page.unroute("**/*");
  await send.click();
  await expect(page.getByText("Could not reach Harbour. Check your connection and try again.")).toHaveCount(
    0,
  );
  await expect(page.getByRole("status").first()).toBeVisible();
});

test("removing an attendee from a plan asks first, and keeping them changes nothing", async ({
  signedIn,
}) => {
  const ids = await demoIds();
  const school = ids.schools["all-through"];
  const roundId = await submittedRound(school, "Attendee confirm round");
  const [teacher] = await ownerQuery<{ id: string; name: string }>(
    `SELECT id, name FROM "Person" WHERE email = $1`,
    [allThrough.teacher.email],
  );
  const planId = await smallPlan(school, roundId, teacher!.id);
  const page = await signedIn(allThrough.lead);
  await page.goto(`/schools/${school}/plans/${planId}`);
  const remove = page.getByRole("button", { name: new RegExp(`^Remove ${teacher!.name} from`) });
  await remove.click();
  const question = page.getByRole("group", { name: new RegExp(`^Remove ${teacher!.name} from`) });
  await expect(question).toBeVisible();
  await question.getByRole("button", { name: "Keep" }).click();
  await expect(remove).toBeFocused();

  await remove.click();
  await question.getByRole("button", { name: "Yes, remove" }).click();
  // The question goes with the attendee once the new version is shown (no Remove button comes back).
  await expect(question).toHaveCount(0);
  await expect(remove).toHaveCount(0);
  const left = await ownerQuery(
    `SELECT 1 FROM "PlanAttendee" a JOIN "PlanItem" i ON i.id = a."planItemId" JOIN "PlanVersion" v ON v.id = i."planVersionId" WHERE v."planId" = $1 AND a."personId" = $2 AND v.number = (SELECT max(number) FROM "PlanVersion" WHERE "planId" = $1)`,
    [planId, teacher!.id],
  );
  expect(left).toHaveLength(0);
});

test("signing in without a connection says so, and the button works again", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(secondary.teacher.email);
  await page.getByLabel("Password", { exact: true }).fill(secondary.teacher.password);
  const button = page.getByRole("button", { name: "Sign in", exact: true });
  const message = page.getByText("Could not reach Harbour. Check your connection and try again.");
  // The device knows it is offline.
  await page.context().setOffline(true);
  await button.click();
  await expect(message).toBeVisible();
  await expect(button).toBeEnabled();
  // The connection drops as the form is sent.
  await page.context().setOffline(false);
  await page.route("**/api/auth/callback/**", (route) => route.abort("internetdisconnected"));
  await button.click();
  await expect(message).toBeVisible();
  await expect(button).toBeEnabled();
  // Back online, it signs in.
  await page.unroute("**/api/auth/callback/**");
  await button.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My training");
});
