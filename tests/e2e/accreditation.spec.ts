// The accreditation journey in the browser: a school's lead self-evaluates and submits, the trust
// leader assigns another school's lead to peer-review it, the reviewer rates and sends, the trust
// leader records the visit and decides; the school sees its level and renewal date. Axe on the
// self-evaluation and peer-review pages, on a 360 px phone.
import type { Browser, Page } from "@playwright/test";
import {
  type Account,
  createSchool,
  demoIds,
  demoSchool,
  expect,
  sessionCookiesFor,
  test,
  TRUST_LEADER,
} from "./fixtures";
import { BASE_URL } from "./support/env";
import { axeViolations, horizontalOverflow } from "./support/lead";

const secondary = demoSchool("secondary");
const shots = process.env.ACCREDITATION_SHOTS;

async function as(
  browser: Browser,
  account: Account,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport });
  await context.addCookies(await sessionCookiesFor(browser, account));
  return context.newPage();
}
const shot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
};

async function rateAll(page: Page, selectPrefix: string, textPrefix: string, rating: string, words: string) {
  const selects = page.getByLabel(new RegExp(`^${selectPrefix}`));
  const n = await selects.count();
  expect(n).toBeGreaterThanOrEqual(18);
  for (let i = 0; i < n; i++) await selects.nth(i).selectOption(rating);
  const texts = page.getByLabel(new RegExp(`^${textPrefix}`));
  for (let i = 0; i < n; i++) await texts.nth(i).fill(`${words} ${i + 1}.`);
}

test("from self-evaluation through peer review and a visit to a decision", async ({ browser }) => {
  test.setTimeout(180_000);
  const ids = await demoIds();
  const school = await createSchool({ trustId: ids.trustId, name: "Harbourside Journey Primary" });

  // The school's lead: an empty state with a next step, then the self-evaluation on a phone.
  const lead = await as(browser, school.lead, { width: 360, height: 740 });
  await lead.goto(`/schools/${school.id}/accreditation`);
  await expect(lead.getByText("The school has not started a self-evaluation yet.")).toBeVisible();
  await lead.getByRole("button", { name: "Start a self-evaluation" }).click();
  await expect(lead.getByRole("form", { name: "Self-evaluation" })).toBeVisible();
  await expect(lead.getByText(/Harbour measures:/).first()).toBeVisible();
  expect(await axeViolations(lead)).toEqual([]);
  expect(await horizontalOverflow(lead)).toBeLessThanOrEqual(0);
  await shot(lead, "1-self-evaluation-phone");

  // Submitting with nothing rated is refused with the words that say what is missing.
  await lead.getByRole("button", { name: "Submit for peer review" }).click();
  await expect(lead.getByText(/Rate every criterion before submitting/)).toBeVisible();
  await rateAll(lead, "Rating for", "What the school does for", "MET", "We do this, and here is how");
  await lead.getByRole("button", { name: "Save draft" }).click();
  await expect(lead.getByText(/Saved \d+ ratings\./)).toBeVisible();
  await lead.getByRole("button", { name: "Submit for peer review" }).click();
  await expect(lead.getByText("Submitted: waiting for a peer reviewer")).toBeVisible();
  await expect(lead.getByRole("form", { name: "Self-evaluation" })).toHaveCount(0);
  await shot(lead, "2-submitted-phone");

  // The trust leader assigns the secondary's lead.
  const trust = await as(browser, TRUST_LEADER);
  await trust.goto(`/trusts/${ids.trustId}/accreditation`);
  await trust.getByRole("link", { name: school.name }).click();
  await expect(trust.getByRole("heading", { level: 1 })).toHaveText(school.name);
  const reviewer = trust.getByLabel("Peer reviewer", { exact: true });
  const option = reviewer.locator("option", { hasText: secondary.name });
  await reviewer.selectOption({ label: (await option.first().textContent())!.trim() });
  await trust.getByRole("button", { name: "Assign the reviewer" }).click();
  await expect(trust.getByText("Peer review in progress")).toBeVisible();
  await shot(trust, "3-assigned");

  // The reviewer sees it under their peer reviews, and rates it.
  const peer = await as(browser, secondary.lead);
  await peer.goto("/peer-review");
  await peer.getByRole("link", { name: school.name }).click();
  await expect(peer.getByRole("heading", { level: 1 })).toHaveText(`Peer review: ${school.name}`);
  expect(await axeViolations(peer)).toEqual([]);
  await rateAll(peer, "Your rating for", "Your comment on", "MET", "Seen in the evidence");
  await peer
    .getByLabel("A note to the school and the trust", { exact: true })
    .fill("A thorough, honest self-evaluation.");
  await peer.getByRole("button", { name: "Send the review" }).click();
  await expect(peer.getByText("You sent this review. Thank you.")).toBeVisible();
  await shot(peer, "4-review-sent");

  // The trust leader cannot decide before the visit: the page offers the visit first.
  await trust.reload();
  await expect(trust.getByRole("form", { name: "Decide" })).toHaveCount(0);
  await trust.getByRole("button", { name: "Record the visit" }).click();
  await expect(trust.getByText("Name at least one assessor.")).toBeVisible();
  await trust.getByLabel("Assessors", { exact: true }).fill("Sam Hart, Priya Das");
  await trust.getByLabel("Staff", { exact: true }).check();
  await trust.getByLabel("Pupils", { exact: true }).check();
  await trust
    .getByLabel("Findings", { exact: true })
    .fill("Pupils name trusted adults; staff describe regular supervision.");
  await trust.getByRole("button", { name: "Record the visit" }).click();
  await expect(trust.getByRole("form", { name: "Decide" })).toBeVisible();
  await expect(trust.getByText(/The peer review supports:/)).toContainText("Accredited");
  await trust.getByLabel("Decision", { exact: true }).selectOption("DISTINCTION");
  await trust.getByRole("button", { name: "Record the decision" }).click();
  await expect(trust.getByText(/does not support that level/).first()).toBeVisible();
  await trust.getByLabel("Decision", { exact: true }).selectOption("ACCREDITED");
  await trust.getByLabel("Feedback to the school", { exact: true }).fill("Congratulations to everyone.");
  await trust.getByRole("button", { name: "Record the decision" }).click();
  await expect(trust.getByText(/Due for renewal on/)).toBeVisible();
  await shot(trust, "5-decided");

  // The school sees its level and the renewal date, and may start the next cycle.
  await lead.reload();
  await expect(lead.getByRole("region", { name: "Current accreditation" })).toContainText("Accredited");
  await expect(lead.getByRole("region", { name: "Current accreditation" })).toContainText(
    "due for renewal on",
  );
  await expect(lead.getByRole("button", { name: "Start a self-evaluation" })).toBeVisible();
  await shot(lead, "6-accredited-phone");
  for (const p of [lead, trust, peer]) await p.context().close();
});
