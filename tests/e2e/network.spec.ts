// The network of schools end to end: school A (one trust) publishes a case study once its named
// contact has agreed; school B (another trust, both opted in) finds it by search and asks a
// question; A's contact replies in Harbour; B reads the reply. No page shows an email address.
// Then axe on the library and a case study at 360 px. Fresh schools each run.
import type { Page } from "@playwright/test";
import {
  addMembership,
  createPerson,
  createSchool,
  createTrust,
  expect,
  signIn,
  signOut,
  test,
} from "./fixtures";
import { axeViolations, horizontalOverflow } from "./support/lead";

/**
 * The page as the server sends it, with the payload the browser renders from: no "@" anywhere but
 * React's own promise references in that payload ("$@16").
 */
async function expectNoEmail(page: Page, path: string) {
  const html = (await (await page.request.get(path)).text()).replace(/\$@[0-9a-f]+/g, "");
  expect(html.length, path).toBeGreaterThan(1000);
  expect(html, path).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
  const at = [...html.matchAll(/.{0,60}@.{0,60}/g)].map((m) => m[0]);
  expect(at, `${path} contains "@"`).toEqual([]);
}

test("A publishes with its contact's agreement, B finds it, asks, and reads A's reply", async ({ page }) => {
  test.setTimeout(180_000);
  const alderTrust = await createTrust("Alder Network Trust");
  const birchTrust = await createTrust("Birch Network Trust");
  const a = await createSchool({ trustId: alderTrust.id, name: "Alder Network Primary" });
  const b = await createSchool({ trustId: birchTrust.id, name: "Birch Network Academy" });
  const contact = await createPerson("Cara Contact");
  await addMembership(contact.id, a.id, "STAFF", "PASTORAL_LEAD");
  const aNet = `/schools/${a.id}/network`;
  const bNet = `/schools/${b.id}/network`;

  // A's lead joins the network across trusts and writes a case study.
  await signIn(page, a.lead.email, a.lead.password);
  await page.goto(aNet);
  await expect(page.getByText("No school you can see has published a case study yet.")).toBeVisible();
  await page.getByRole("button", { name: "Join the network across trusts" }).click();
  await expect(page.getByRole("button", { name: "Stop sharing across trusts" })).toBeVisible();
  await page.goto(`${aNet}/new`);
  await page.getByRole("button", { name: "Save as a draft" }).click();
  await expect(page.getByText("Give the case study a title.")).toBeVisible();
  await page.getByLabel("Title").fill("Lunchtime listening benches");
  await page.getByLabel("Summary").fill("Trained sixth formers listen to younger pupils at lunchtime.");
  await page.getByLabel("What we did").fill("We trained twelve peer mentors in active listening.");
  await page
    .getByLabel("The impact it had")
    .fill("Fewer lunchtime incidents; more pupils ask for help early.");
  await page.getByLabel("Student voice").check();
  await page.getByText("Accreditation criteria it shows (optional)").click();
  await page.getByRole("group", { name: "Criteria" }).getByRole("checkbox").first().check();
  await page.getByLabel("Named contact").selectOption({ label: "Cara Contact" });
  await page.getByRole("button", { name: "Save as a draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lunchtime listening benches" })).toBeVisible();
  const studyId = /network\/([^/?]+)$/.exec(new URL(page.url()).pathname)![1]!;
  await expect(page.getByText("Status: Draft")).toBeVisible();
  await page.getByRole("button", { name: "Ask the contact to agree" }).click();
  await expect(page.getByText("Waiting for the contact to agree or decline.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish to the network" })).toHaveCount(0);
  await expectNoEmail(page, `${aNet}/${studyId}`);
  await expectNoEmail(page, `${aNet}/ours`);
  await signOut(page);

  // The contact is asked in Harbour and agrees.
  await signIn(page, contact.email, contact.password);
  await page.goto(`/schools/${a.id}`);
  await expect(page.getByText(/You are asked to be the named contact for the case study/)).toBeVisible();
  await page.getByRole("link", { name: "Open the case study" }).click();
  await page.getByRole("button", { name: "I agree to be named" }).click();
  await expect(page.getByText("The contact agreed. You can publish it to the network.")).toBeVisible();
  await signOut(page);

  // A's lead publishes.
  await signIn(page, a.lead.email, a.lead.password);
  await page.goto(`${aNet}/${studyId}`);
  await page.getByRole("button", { name: "Publish to the network" }).click();
  await expect(page.getByText("Status: Published")).toBeVisible();
  await signOut(page);

  // B's lead sees nothing of A until B opts in too; then finds it by search and asks.
  await signIn(page, b.lead.email, b.lead.password);
  await page.goto(`${bNet}?q=listening+bench`);
  await expect(page.getByText("No published case study matches.")).toBeVisible();
  await page.goto(`${bNet}/${studyId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.goto(bNet);
  await page.getByRole("button", { name: "Join the network across trusts" }).click();
  await expect(page.getByRole("button", { name: "Stop sharing across trusts" })).toBeVisible();
  await page.getByLabel("Words to look for").fill("listening bench");
  await page.getByLabel("Principle", { exact: true }).selectOption({ label: "Student voice" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "Case studies that match" })).toBeVisible();
  await expect(page.getByText(/Alder Network Primary · Primary · contact Cara Contact/)).toBeVisible();
  await expectNoEmail(page, `${bNet}?q=listening+bench`);
  await page.getByRole("link", { name: "Lunchtime listening benches" }).click();
  await expect(page.getByText("Cara Contact at Alder Network Primary.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Accreditation criteria it shows" })).toBeVisible();
  await page.getByRole("button", { name: "Send the question" }).click();
  await expect(page.getByText("Write your question.")).toBeVisible();
  await page.getByLabel("Your question").fill("How did you choose and train the mentors?");
  await page.getByRole("button", { name: "Send the question" }).click();
  await expect(page.getByText("How did you choose and train the mentors?")).toBeVisible();
  await expect(page.getByText("No reply yet.")).toBeVisible();
  await expectNoEmail(page, `${bNet}/${studyId}`);
  // On a phone, with a screen reader's view checked.
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await axeViolations(page), "case study at 360px").toEqual([]);
  expect(await horizontalOverflow(page), "case study at 360px").toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/e2e/network-case-study-360.png", fullPage: true });
  await page.goto(`${bNet}?q=listening+bench`);
  expect(await axeViolations(page), "library at 360px").toEqual([]);
  expect(await horizontalOverflow(page), "library at 360px").toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/e2e/network-library-360.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await signOut(page);

  // A's contact is told in Harbour and replies.
  await signIn(page, contact.email, contact.password);
  await page.goto(`/schools/${a.id}`);
  await expect(
    page.getByText(`Birch Network Academy asked a question about "Lunchtime listening benches".`),
  ).toBeVisible();
  await page.getByRole("link", { name: "Open the case study" }).first().click();
  await expect(page.getByText(/Other School Lead, Birch Network Academy, asked on/)).toBeVisible();
  await page.getByLabel("Your reply").fill("Volunteers from Year 12, then a short interview.");
  await page.getByRole("button", { name: "Send the reply" }).click();
  await expect(page.getByText(/Cara Contact replied on/)).toBeVisible();
  await expectNoEmail(page, `${aNet}/${studyId}`);
  await signOut(page);

  // B reads the reply.
  await signIn(page, b.lead.email, b.lead.password);
  await page.goto(`/schools/${b.id}`);
  await expect(
    page.getByText(`Alder Network Primary replied to your question about "Lunchtime listening benches".`),
  ).toBeVisible();
  await page.getByRole("link", { name: "Open the case study" }).click();
  await expect(page.getByText("Volunteers from Year 12, then a short interview.")).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/network-reply.png", fullPage: true });
});
