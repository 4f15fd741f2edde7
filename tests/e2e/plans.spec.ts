// Gap report and training plans end to end, in Willow Bank (no other spec runs rounds there): the
// demo lead generates a plan and edits it, the head approves it, it is exported; authorisation rows
// for the new pages and downloads; axe at 360 px.
import type { Page } from "@playwright/test";
import {
  type Account,
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
import { smallPlan, submittedRound } from "./support/plans";

const special = demoSchool("special");
const ROUND = "Willow Bank summer check (plans spec)";
let ids: { school: string; other: string; round: string; plan: string };

test.beforeAll(async ({ browser }) => {
  // A freshly started server can take a moment to serve the sign-in page's scripts; a form sent
  // before they run goes out as a plain GET. Load it once, to idle, before anyone signs in.
  const warm = await browser.newPage({ baseURL: BASE_URL });
  await warm.goto("/sign-in", { waitUntil: "networkidle" });
  await warm.close();
  const demo = await demoIds();
  const school = demo.schools.special;
  const round = await submittedRound(school, ROUND);
  const [teacher] = await ownerQuery<{ id: string }>(`SELECT id FROM "Person" WHERE email = $1`, [
    special.teacher.email,
  ]);
  ids = { school, other: demo.schools.primary, round, plan: await smallPlan(school, round, teacher!.id) };
});

const acceptDialogs = (page: Page) => page.on("dialog", (d) => void d.accept());

test("the lead generates and edits a plan, the head approves it, and it exports", async ({ signedIn }) => {
  test.setTimeout(120_000);
  const page = await signedIn(special.lead);
  acceptDialogs(page);
  await page.goto(`/schools/${ids.school}/rounds/${ids.round}/gaps`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Gap report: ${ROUND}`);
  await expect(page.getByRole("list", { name: "Statements, highest total gap first" })).toBeVisible();

  await page.goto(`/schools/${ids.school}/plans`);
  await page.getByLabel("Round").selectOption(ids.round);
  await page.getByLabel("Budget (£)").fill("1500");
  await page.getByRole("button", { name: "Generate a plan" }).click();
  await expect(page).toHaveURL(/\/plans\/[^/]+$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Training plan for ${ROUND}`);
  await expect(page.getByText(/Version 1 · Draft/)).toBeVisible();
  // The generated plan, with its edit controls, on a phone.
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await axeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
  const removals = page.getByRole("button", { name: /^Remove booking/ });
  const before = await removals.count();
  expect(before).toBeGreaterThan(0);

  await removals.first().click();
  await expect(page.getByText(/Version 2 · Draft/)).toBeVisible();
  await expect(removals).toHaveCount(before - 1);
  const planUrl = page.url();

  await signedIn(special.head);
  await page.goto(planUrl);
  await page.getByRole("button", { name: "Approve version 2" }).click();
  await expect(page.getByText(/Version 2 · Approved/)).toBeVisible();

  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download (CSV)" }).click();
  expect((await csvDownload).suggestedFilename()).toMatch(/\.csv$/);
  const icsDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Sessions calendar (iCal)" }).click();
  expect((await icsDownload).suggestedFilename()).toMatch(/\.ics$/);
  const csv = await page.request.get(`${planUrl}/export?format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toMatch(/^term,course,provider,format,sessions,people,attendees,cost_pounds/);
  const ics = await page.request.get(`${planUrl}/export?format=ics`);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

  await signedIn(special.lead);
  await page.goto(planUrl);
  await expect(page.getByText("This plan is approved; make a new version to change it.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Remove booking/ })).toHaveCount(0);
});

type Actor = "signed out" | "staff" | "lead" | "head" | "trust leader";
const ACTORS: Record<Exclude<Actor, "signed out">, Account> = {
  staff: special.teacher,
  lead: special.lead,
  head: special.head,
  "trust leader": TRUST_LEADER,
};
// 200 for leaders of the school, 404 for staff and trust leaders, sign-in for the signed out.
const want = (actor: Actor, ok = true) =>
  actor === "signed out" ? 3 : ok && (actor === "lead" || actor === "head") ? 200 : 404;

for (const actor of ["signed out", ...Object.keys(ACTORS)] as Actor[]) {
  test(`plan and gap pages as ${actor}`, async ({ browser }) => {
    const context = await browser.newContext({ baseURL: BASE_URL });
    if (actor !== "signed out")
      await context.addCookies(
        await sessionCookiesFor(browser, ACTORS[actor as Exclude<Actor, "signed out">]),
      );
    const rows: [string, boolean][] = [
      [`/schools/${ids.school}/plans`, true],
      [`/schools/${ids.school}/plans/${ids.plan}`, true],
      [`/schools/${ids.school}/plans/${ids.plan}/export?format=csv`, true],
      [`/schools/${ids.school}/plans/${ids.plan}/export?format=ics`, true],
      [`/schools/${ids.school}/rounds/${ids.round}/gaps`, true],
      [`/schools/${ids.school}/rounds/${ids.round}/gaps/export`, true],
      // Another school's plan and round named through a school the actor may or may not belong to.
      [`/schools/${ids.other}/plans/${ids.plan}`, false],
      [`/schools/${ids.other}/plans/${ids.plan}/export?format=csv`, false],
      [`/schools/${ids.other}/rounds/${ids.round}/gaps`, false],
      [`/schools/${ids.other}/rounds/${ids.round}/gaps/export`, false],
      [`/schools/${ids.school}/plans/clxnosuchthing000000000000`, false],
    ];
    try {
      for (const [path, ok] of rows) {
        const status = (await context.request.get(path, { maxRedirects: 0 })).status();
        const expected = want(actor, ok);
        expect(expected === 3 ? Math.floor(status / 100) : status, `${actor} ${path}`).toBe(expected);
      }
    } finally {
      await context.close();
    }
  });
}

test("the gap report and plan pages pass axe at 360 px", async ({ signedIn }) => {
  const page = await signedIn(special.lead);
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of [
    `/schools/${ids.school}/rounds/${ids.round}/gaps`,
    `/schools/${ids.school}/plans`,
    `/schools/${ids.school}/plans/${ids.plan}`,
    `/schools/${ids.school}/plans/term-dates`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page), path).toEqual([]);
    expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
  }
});

test("the lead sets the school's term dates and the calendar uses them", async ({ signedIn }) => {
  const page = await signedIn(special.lead);
  await page.goto(`/schools/${ids.school}/plans`);
  await page.getByRole("link", { name: "set your term dates" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Term dates");
  const spring = page.getByRole("group", { name: "Spring term starts" });
  await spring.getByLabel("Day").fill("30");
  await spring.getByLabel("Month").selectOption({ label: "February" });
  await page.getByRole("button", { name: "Save term dates" }).click();
  await expect(page.getByText("That month does not have that many days.")).toBeVisible();
  await spring.getByLabel("Day").fill("6");
  await spring.getByLabel("Month").selectOption({ label: "January" });
  await page.getByRole("button", { name: "Save term dates" }).click();
  await expect(page.getByText(/Saved\. Calendar downloads/)).toBeVisible();
  const [row] = await ownerQuery<{ springDay: number; springMonth: number }>(
    `SELECT "springDay", "springMonth" FROM "SchoolTermDates" WHERE "schoolId" = $1`,
    [ids.school],
  );
  expect(row).toEqual({ springDay: 6, springMonth: 1 });
  const ics = await page.request.get(`/schools/${ids.school}/plans/${ids.plan}/export?format=ics`);
  expect(ics.status()).toBe(200);
  const text = await ics.text();
  expect(text).toMatch(/^BEGIN:VCALENDAR/);
  for (const [, d] of text.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)) expect(d!.endsWith("0101")).toBe(false);
});
