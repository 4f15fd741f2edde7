// The visit assessor's journey (decision 0042), at phone width: the trust leader invites someone from
// outside the school, who accepts the link with a new account, reads the submission and its evidence,
// and records the visit; the trust leader then sees it, ready to decide.
import { expect } from "@playwright/test";
import { createSchool, demoIds, signIn, test, TRUST_LEADER } from "./fixtures";
import { submissionForVisit, taggedPdf } from "./support/accreditation";

test("a visit assessor is invited, accepts the link and records the visit", async ({ page }) => {
  const ids = await demoIds();
  const school = await createSchool({ trustId: ids.trustId, name: "Visit Journey Academy" });
  const reviewer = await createSchool({ trustId: ids.trustId });
  const id = await submissionForVisit(school.id, reviewer.lead.id);
  await taggedPdf(school.id, id);
  await page.setViewportSize({ width: 360, height: 800 });

  await signIn(page, TRUST_LEADER.email, TRUST_LEADER.password);
  await page.goto(`/trusts/${ids.trustId}/accreditation/${id}`);
  const invite = page.getByRole("form", { name: "Invite a visit assessor" });
  await invite.getByRole("button", { name: "Invite the assessor" }).click();
  await expect(invite.getByText("Enter the assessor's email address.")).toBeVisible();
  await invite.getByLabel("Assessor's name").fill("Sam Hart");
  await invite.getByLabel("Assessor's email").fill(`sam-${id}@outside.example`);
  await invite.getByRole("button", { name: "Invite the assessor" }).click();
  const link = (await invite.locator(".font-mono").textContent())!;
  expect(link).toMatch(/\/assessor-link\//);
  await page.context().clearCookies();

  await page.goto(new URL(link).pathname);
  await expect(
    page.getByRole("heading", { name: "Assess Visit Journey Academy for accreditation" }),
  ).toBeVisible();
  await page.getByLabel("Choose a password").fill("a long enough passphrase 42");
  await page.getByLabel("Type the password again").fill("a long enough passphrase 42");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText(/You're in/)).toBeVisible();
  await signIn(page, `sam-${id}@outside.example`, "a long enough passphrase 42");
  await page.goto("/peer-review");
  await page.getByRole("link", { name: "Visit Journey Academy" }).click();
  await expect(page.getByRole("heading", { name: "Assessment visit: Visit Journey Academy" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Wellbeing policy" }).first()).toBeVisible();
  await expect(page.getByLabel("Assessors")).toHaveValue("Sam Hart");
  await page.getByLabel("Staff", { exact: true }).check();
  await page.getByLabel("Findings").fill("Staff describe supervision and a listening culture.");
  await page.getByRole("button", { name: "Record the visit" }).click();
  await expect(page.getByText("Visited: waiting for the decision")).toBeVisible();
  await page.context().clearCookies();

  await signIn(page, TRUST_LEADER.email, TRUST_LEADER.password);
  await page.goto(`/trusts/${ids.trustId}/accreditation/${id}`);
  await expect(page.getByRole("heading", { name: "Decide" })).toBeVisible();
  await expect(page.getByText("Staff describe supervision and a listening culture.")).toBeVisible();
});
