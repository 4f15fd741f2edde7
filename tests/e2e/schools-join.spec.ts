// Schools join from the national register: a trust leader adds a register school and its head
// accepts both the invitation and the trust's request; a lead starts Harbour for a school and an
// operator confirms it (the e2e server has no SMTP, so links are shown to pass on).
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { readRegister } from "../../lib/register/gias";
import { createPerson, demoIds, expect, ownerQuery, signIn, signOut, test, TRUST_LEADER } from "./fixtures";

const GOOD_PASSWORD = "calm harbour lanterns at dusk";
const unique = () => randomUUID().slice(0, 8);

/** The fixture extract, loaded as an operator's import would (the owner writes it here). */
async function loadRegister() {
  const { entries } = readRegister(readFileSync("prisma/register/gias-extract.csv", "utf8"));
  for (const e of entries) {
    await ownerQuery(
      `INSERT INTO "RegisterSchool" (urn, name, "typeName", "phaseName", "statusName", "laCode", "laName",
         district, "trustCode", "trustName", postcode, website, "importedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now()) ON CONFLICT (urn) DO NOTHING`,
      [
        e.urn,
        e.name,
        e.typeName,
        e.phaseName,
        e.statusName,
        e.laCode,
        e.laName,
        e.district,
        e.trustCode,
        e.trustName,
        e.postcode,
        e.website,
      ],
    );
  }
}

/** Makes an account from an invitation link, signed out, through the existing acceptance page. */
async function acceptInvitation(page: Page, href: string, name: string, email: string) {
  await page.goto(href);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Choose a password").fill(GOOD_PASSWORD);
  await page.getByLabel("Type the password again").fill(GOOD_PASSWORD);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(`You're in. Sign in with ${email}`);
}

test.beforeAll(loadRegister);

test("a trust leader adds a register school, and its head accepts the invitation and the trust's request", async ({
  page,
}) => {
  const { trustId } = await demoIds();
  await signIn(page, TRUST_LEADER.email, TRUST_LEADER.password);
  await page.goto(`/trusts/${trustId}/schools`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add schools");

  // Bad input is refused beside the field, in words.
  const urn = page.getByLabel("URN");
  await urn.fill("12");
  await page.getByRole("button", { name: "Add school" }).click();
  await expect(page.locator("#add-school-urn-error")).toContainText("six digits");
  await urn.fill("000001");
  await page.getByRole("button", { name: "Add school" }).click();
  await expect(page.locator("#add-school-urn-error")).toHaveText(
    "There is no school with URN 000001 in the register. Check the number on Get Information About Schools.",
  );
  await urn.fill("990014");
  await page.getByRole("button", { name: "Add school" }).click();
  await expect(page.locator("#add-school-urn-error")).toContainText("as closed");

  const email = `head.${unique()}@meadowside.example`;
  await urn.fill("990011");
  await page.getByLabel("Head's name").fill("Maya Meadows");
  await page.getByLabel("Head's email address").fill(email);
  await page.getByRole("button", { name: "Add school" }).click();
  await expect(
    page.getByText("Meadowside Primary School is now in Harbour, and its head is invited."),
  ).toBeVisible();
  const href = await page.getByTestId("invitation-link").getAttribute("href");
  await expect(page.getByTestId("join-requests")).toContainText("Waiting for the head");
  await signOut(page);

  // The head joins, then sees the request on the school home, in words, and accepts it.
  await acceptInvitation(page, href!, "Maya Meadows", email);
  await signIn(page, email, GOOD_PASSWORD);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("School overview");
  const request = page.getByTestId("trust-join-request");
  await expect(request).toContainText(
    "asks to add Meadowside Primary School to the trust. The trust would then see your school's figures, never individuals' answers",
  );
  await request.getByRole("button", { name: /^Accept/ }).click();
  await page.getByRole("button", { name: "Yes, join the trust" }).click();
  await expect(page.getByTestId("trust-join-request")).toHaveCount(0);
  const [school] = await ownerQuery<{ trustId: string | null; laName: string | null }>(
    `SELECT "trustId", "laName" FROM "School" WHERE urn = '990011'`,
  );
  expect(school).toEqual({ trustId, laName: "Riverside (demo)" });
  await signOut(page);

  // The trust leader sees the outcome, and the school among the trust's schools.
  await signIn(page, TRUST_LEADER.email, TRUST_LEADER.password);
  await page.goto(`/trusts/${trustId}/schools`);
  await expect(page.getByTestId("join-requests")).toContainText("Accepted: in the trust");
  await page.goto(`/trusts/${trustId}`);
  await expect(page.getByRole("main")).toContainText("Meadowside Primary School");
});

test("a lead asks to start Harbour for their school, an operator confirms, and the lead sets up their account", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Start Harbour for your school" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start Harbour for your school");
  await page.getByLabel("Your school's URN").fill("990012");
  await page.getByRole("button", { name: "Find school" }).click();
  await expect(page.getByTestId("register-school")).toContainText("St Anne's CE Primary School");

  const email = `lead.${unique()}@stannes.example`;
  await page.getByLabel("Your name").fill("Sam Lead");
  await page.getByLabel("Your school email address").fill("sam@gmail.com");
  await page.getByRole("button", { name: "Ask to start Harbour" }).click();
  await expect(page.locator("#start-email-error")).toContainText("personal mail provider");
  await page.getByLabel("Your school email address").fill("sam@elsewhere.example");
  await page.getByRole("button", { name: "Ask to start Harbour" }).click();
  await expect(page.locator("#start-email-error")).toContainText("at stannes.example");
  await page.getByLabel("Your school email address").fill(email);
  await page.getByRole("button", { name: "Ask to start Harbour" }).click();
  await expect(page.getByRole("status")).toContainText("A Harbour operator will check your request");

  // The operator (made here as the owner: the operators' own set-up page is not on this branch).
  const operator = await createPerson("Olu Operator");
  await ownerQuery(`INSERT INTO "Operator" ("personId") VALUES ($1)`, [operator.id]);
  await signIn(page, operator.email, operator.password);
  await page.goto("/operator/requests");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("School requests");
  const item = page.getByTestId("school-request").filter({ hasText: email });
  await expect(item).toContainText("St Anne's CE Primary School");
  await expect(item).toContainText("Sam Lead");
  await item.getByRole("button", { name: /^Confirm/ }).click();
  const link = item.getByTestId("invitation-link");
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  // The operator pages' shell (with its Sign out) is the coordinator's layout, not on this branch.
  await page.context().clearCookies();

  await acceptInvitation(page, href!, "Sam Lead", email);
  await signIn(page, email, GOOD_PASSWORD);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("School overview");
  await expect(page.getByRole("main")).toContainText("St Anne's CE Primary School");

  // The school now uses Harbour: a second request is refused in words.
  await signOut(page);
  await page.goto("/start");
  await page.getByLabel("Your school's URN").fill("990012");
  await page.getByRole("button", { name: "Find school" }).click();
  await expect(page.locator("#start-urn-error")).toHaveText(
    "St Anne's CE Primary School already uses Harbour: ask its senior mental health lead or head for an invitation.",
  );
});
