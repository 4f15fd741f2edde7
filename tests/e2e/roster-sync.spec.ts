// A lead connects Wonde (a local server serving recorded responses), fetches the staff, gives an MIS
// role title its job role, accepts some proposals and sees the result on the People page. The page
// is also checked with axe on a 360 px phone and a desktop, and used by keyboard.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { addMembership, createSchool, expect, ownerQuery, test } from "./fixtures";
import { WONDE_PORT } from "./support/env";
import { startWondeServer, WONDE_SCHOOL_ID, WONDE_TOKEN, type WondeServer } from "../support/wonde/server";

let wonde: WondeServer;
test.beforeAll(async () => {
  wonde = await startWondeServer(WONDE_PORT);
});
test.afterAll(async () => {
  await wonde.close();
});

const at = (name: string) => `${name}@oakfield.sch.uk`;

/** A school whose people overlap the recorded MIS: Jane stays, Amir changed role, Olu and Gwen left. */
async function oakfield() {
  const school = await createSchool();
  for (const [id, email, name] of [
    ["jsmith", at("j.smith"), "Jane Smith"],
    ["akhan", at("a.khan"), "Amir Khan"],
    ["oade", at("o.ade"), "Olu Ade"],
    ["ggone", "gone@oakfield.sch.uk", "Gwen Gone"],
  ]) {
    const personId = `e2e-${id}-${school.id}`;
    await ownerQuery(`INSERT INTO "Person" (id, email, name) VALUES ($1, $2, $3)`, [personId, email, name]);
    await addMembership(personId, school.id, "STAFF", "TEACHER");
  }
  return school;
}

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

test("a lead syncs staff from Wonde and accepts the proposals they choose", async ({ signedIn }) => {
  test.setTimeout(90_000);
  const school = await oakfield();
  const page = await signedIn(school.lead);
  await page.goto(`/schools/${school.id}/people`);
  await page.getByRole("link", { name: "Sync from your MIS" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sync from your MIS (Wonde)" })).toBeVisible();

  await page.getByLabel("Wonde school ID").fill(WONDE_SCHOOL_ID);
  await page.getByLabel("Wonde token").fill(WONDE_TOKEN);
  await page.getByRole("button", { name: "Save connection" }).click();
  await expect(page.getByText("Saved the Wonde connection.")).toBeVisible();
  await expect(page.getByText(`A token ending in …${WONDE_TOKEN.slice(-4)} is saved.`)).toBeVisible();
  await expect(page.locator("body")).not.toContainText(WONDE_TOKEN);

  await page.getByRole("button", { name: "Fetch staff from Wonde" }).click();
  await expect(page.getByText("Fetched 8 members of staff from Wonde.")).toBeVisible();
  await expect(page.getByText("Tom Brown has no email address in your MIS")).toBeVisible();
  await expect(page.getByText("Kim Lee shares an email address with someone else")).toBeVisible();
  await expect(
    page.getByText("Jane Smith is a “Class Teacher”, which has no Harbour job role yet."),
  ).toBeVisible();

  // The suggestions are pre-selected but only count once saved; Cover Supervisor is made a teaching assistant.
  await expect(page.getByLabel("“Class Teacher” in your MIS")).toHaveValue("TEACHER");
  await page.getByLabel("“Cover Supervisor” in your MIS").selectOption("TEACHING_ASSISTANT");
  await page.getByRole("button", { name: "Save job roles" }).click();
  await expect(page.getByText("Saved. The proposals below now use these job roles.")).toBeVisible();
  await expect(page.getByText("Jane Smith is a “Class Teacher”")).toHaveCount(0);

  const invite = (who: string, email: string, role: string) =>
    page.getByLabel(`Invite ${who} (${email}) as ${role}`);
  await expect(invite("Sam Green", at("s.green"), "teaching assistant")).toBeChecked();
  await expect(invite("Priya Patel", at("p.patel"), "teacher")).toBeChecked();
  await expect(
    page.getByLabel("Change Amir Khan from teacher to teaching assistant", { exact: false }),
  ).toBeChecked();
  // The lead keeps Olu for now, by keyboard: Tab to the box and press Space.
  const olu = page.getByLabel("Remove Olu Ade (o.ade@oakfield.sch.uk)", { exact: false });
  await olu.focus();
  await page.keyboard.press("Space");
  await expect(olu).not.toBeChecked();
  await page.getByRole("button", { name: /Accept chosen \(5\)/ }).click();
  await expect(page.getByText("Done: 3 invited, 1 job roles changed, 1 removed.")).toBeVisible();
  await expect(page.getByLabel("Remove Olu Ade (o.ade@oakfield.sch.uk)", { exact: false })).toBeVisible();

  await page.goto(`/schools/${school.id}/people`);
  const member = (name: string) =>
    page
      .getByRole("region", { name: /Members/ })
      .getByRole("listitem")
      .filter({ hasText: name });
  await expect(member("Amir Khan")).toContainText("Staff member · Teaching assistant");
  await expect(member("Olu Ade")).toContainText("Staff member · Teacher");
  await expect(member("Gwen Gone")).toHaveCount(0);
  const invited = page.getByRole("region", { name: /Invited, not yet joined \(3\)/ });
  await expect(invited.getByText(at("p.patel"), { exact: false })).toBeVisible();
  await expect(invited.getByText(at("r.singh"), { exact: false })).toBeVisible();
});

test("a refused token is one clear sentence and nothing changes", async ({ signedIn }) => {
  const school = await oakfield();
  const page = await signedIn(school.lead);
  await page.goto(`/schools/${school.id}/people/sync`);
  await page.getByLabel("Wonde school ID").fill(WONDE_SCHOOL_ID);
  await page.getByLabel("Wonde token").fill("not-the-right-token");
  await page.getByRole("button", { name: "Save connection" }).click();
  await page.getByRole("button", { name: "Fetch staff from Wonde" }).click();
  await expect(
    page.getByText(
      "Wonde refused the token. Check it in Wonde and enter it again below. Nothing was changed.",
    ),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Proposals" })).toHaveCount(0);
});

for (const viewport of [
  { width: 360, height: 800 },
  { width: 1280, height: 900 },
]) {
  test(`the sync page with proposals has no axe violations at ${viewport.width} px`, async ({ signedIn }) => {
    const school = await oakfield();
    const page = await signedIn(school.lead);
    await page.setViewportSize(viewport);
    await page.goto(`/schools/${school.id}/people/sync`);
    await page.getByLabel("Wonde school ID").fill(WONDE_SCHOOL_ID);
    await page.getByLabel("Wonde token").fill(WONDE_TOKEN);
    await page.getByRole("button", { name: "Save connection" }).click();
    await page.getByRole("button", { name: "Fetch staff from Wonde" }).click();
    await expect(page.getByRole("heading", { name: "Proposals" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/roster-sync-${viewport.width}.png`, fullPage: true });
  });
}
