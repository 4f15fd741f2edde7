// A trust adopts its own accreditation scheme in the browser (decision 0034): the trust leader starts
// from Harbour's, rewords a strand, removes and adds criteria (refused beside the field while the new
// one is empty), and publishes version 1; a school of the trust then self-evaluates against it. Then a
// signed-out lead opening an evidence file link is sent to sign in and gets the file afterwards. In a
// trust of its own, so the demo trust's scheme stays Harbour's for the other specs.
import type { Browser, Page } from "@playwright/test";
import { type Account, createSchool, createTrust, expect, sessionCookiesFor, test } from "./fixtures";
import { BASE_URL } from "./support/env";
import { storedPdf } from "./support/evidence";
import { axeViolations, horizontalOverflow } from "./support/lead";

async function as(browser: Browser, account: Account, width = 1280): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width, height: 900 } });
  await context.addCookies(await sessionCookiesFor(browser, account));
  return context.newPage();
}

test("a trust adopts its own scheme and its school self-evaluates against it", async ({ browser }) => {
  test.setTimeout(90_000);
  const trust = await createTrust("Estuary Learning Trust");
  const school = await createSchool({ trustId: trust.id, name: "Estuary Primary" });

  const leader = await as(browser, trust.leader, 360);
  await leader.goto(`/trusts/${trust.id}/accreditation/scheme`);
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText("The trust's accreditation scheme");
  await expect(leader.getByText("The trust has no scheme of its own yet")).toBeVisible();
  await leader.getByLabel("Title of strand 1").fill("Training, and looking after our staff");
  // Strand 2 loses a criterion; strand 3 gains one, refused while it is empty.
  await leader.getByRole("button", { name: "Remove criterion 1 of strand 2" }).click();
  await leader.getByRole("button", { name: "Add a criterion to strand 3" }).click();
  const strand3 = leader.getByRole("group", { name: "Strand 3" });
  const added = strand3.getByLabel(/^Criterion \d of strand 3$/).last();
  await leader.getByRole("button", { name: "Adopt as the trust's scheme" }).click();
  await expect(strand3.getByText("Write the criterion.")).toBeVisible();
  await expect(added).toHaveAttribute("aria-invalid", "true");
  await added.fill("Every pupil can name a trusted adult in school.");
  expect(await horizontalOverflow(leader)).toBeLessThanOrEqual(0);
  expect(await axeViolations(leader)).toEqual([]);
  await leader.screenshot({ path: "/tmp/h1-scheme-360.png" });
  await leader.getByRole("button", { name: "Adopt as the trust's scheme" }).click();
  await expect(leader.getByText("Version 1 is published.")).toBeVisible();
  await leader.reload();
  const versions = leader.getByRole("table", { name: "The trust's scheme versions, newest first" });
  await expect(versions.getByRole("row")).toHaveCount(2);
  await expect(versions).toContainText("Adopted from Harbour's scheme");
  await expect(leader.getByRole("button", { name: "Publish as a new version" })).toBeVisible();

  // The school's lead starts a self-evaluation: it is against the trust's words.
  const lead = await as(browser, school.lead);
  await lead.goto(`/schools/${school.id}/accreditation`);
  await lead.getByRole("button", { name: "Start a self-evaluation" }).click();
  await expect(lead.getByRole("form", { name: "Self-evaluation" })).toBeVisible();
  await expect(lead.getByText("Training, and looking after our staff").first()).toBeVisible();
  await expect(lead.getByText("Every pupil can name a trusted adult in school.")).toBeVisible();
  await lead.context().close();

  // Signed out, an evidence file link leads to sign-in, and the file comes after signing in.
  const itemId = await storedPdf(school.id);
  const context = await browser.newContext({ baseURL: BASE_URL });
  const page = await context.newPage();
  await page.goto(`/schools/${school.id}/evidence/${itemId}/file`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByText("Sign in to download the file you opened.")).toBeVisible();
  await page.getByLabel("Email address").fill(school.lead.email);
  await page.getByLabel("Password", { exact: true }).fill(school.lead.password);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  expect((await download).suggestedFilename()).toBe("policy.pdf");
  await expect(page).not.toHaveURL(/\/sign-in/);
  await context.close();
});
