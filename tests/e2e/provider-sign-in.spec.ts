// Signing in with Microsoft: the browser goes to a real OpenID Connect server (started beside the
// app by start-server.mjs), comes back with a signed id token, and lands on the person's home.
import AxeBuilder from "@axe-core/playwright";
import { REFUSAL_MESSAGES } from "../../lib/sso/messages";
import { demoIds, demoSchool, expect, ownerQuery, signIn, test } from "./fixtures";
import { OIDC_TENANT } from "./support/env";

const primary = demoSchool("primary");

// The demo primary school links its domain and its Microsoft tenant for this spec only.
test.beforeAll(async () => {
  const ids = await demoIds();
  const [lead] = await ownerQuery<{ id: string }>(`SELECT id FROM "Person" WHERE email = $1`, [
    primary.lead.email,
  ]);
  await ownerQuery(
    `INSERT INTO "SchoolEmailDomain" (domain, "schoolId", "linkedById") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [primary.domain, ids.schools.primary, lead!.id],
  );
  await ownerQuery(
    `INSERT INTO "SchoolSignIn" ("schoolId", "microsoftTenantId", "updatedAt") VALUES ($1, $2, now())
     ON CONFLICT ("schoolId") DO UPDATE SET "microsoftTenantId" = $2`,
    [ids.schools.primary, OIDC_TENANT],
  );
});

test.afterAll(async () => {
  const ids = await demoIds();
  await ownerQuery(`DELETE FROM "SchoolSignIn" WHERE "schoolId" = $1`, [ids.schools.primary]);
  await ownerQuery(`DELETE FROM "SchoolEmailDomain" WHERE "schoolId" = $1`, [ids.schools.primary]);
});

test("a teacher signs in with Microsoft and lands on their home", async ({ page }) => {
  const ids = await demoIds();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  await expect(page).toHaveURL(new RegExp(`/schools/${ids.schools.primary}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My training");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("a token from another Microsoft tenant comes back to the sign-in page with a sentence", async ({
  page,
}) => {
  const ids = await demoIds();
  await ownerQuery(`UPDATE "SchoolSignIn" SET "microsoftTenantId" = $2 WHERE "schoolId" = $1`, [
    ids.schools.primary,
    "00000000-0000-4000-8000-000000000000",
  ]);
  try {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
    await expect(page).toHaveURL(/\/sign-in\?refused=wrong-tenant$/);
    await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText(
      REFUSAL_MESSAGES["wrong-tenant"],
    );
  } finally {
    await ownerQuery(`UPDATE "SchoolSignIn" SET "microsoftTenantId" = $2 WHERE "schoolId" = $1`, [
      ids.schools.primary,
      OIDC_TENANT,
    ]);
  }
});

for (const { name, viewport } of [
  { name: "phone", viewport: { width: 360, height: 740 } },
  { name: "desktop", viewport: { width: 1280, height: 800 } },
]) {
  test(`the lead's sign-in settings on a ${name}: linked domain, refusals beside the field, no axe violations`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const ids = await demoIds();
    await signIn(page, primary.lead.email, primary.lead.password);
    await page.goto(`/schools/${ids.schools.primary}/settings/sign-in`);
    await expect(page.getByRole("heading", { level: 1, name: "Sign-in" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: primary.domain })).toContainText("Linked");
    await expect(page.getByLabel("Microsoft directory (tenant) ID")).toHaveValue(OIDC_TENANT);
    await page.getByLabel("Email domain", { exact: true }).fill("gmail.com");
    await page.getByRole("button", { name: "Link this domain" }).click();
    await expect(page.getByText("That is a public mail service anyone can join")).toBeVisible();
    await expect(page.getByLabel("Email domain", { exact: true })).toHaveAttribute("aria-invalid", "true");
    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(axe.violations).toEqual([]);
    await page.screenshot({ path: `test-results/e2e/sign-in-settings-${name}.png`, fullPage: true });
  });
}

test("the sign-in page offers Microsoft beside the password form, with no axe violations", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/sign-in?refused=no-membership");
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText(
    REFUSAL_MESSAGES["no-membership"],
  );
  await expect(page.getByRole("button", { name: "Sign in with Microsoft" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in with Google" })).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/sign-in-providers-phone.png", fullPage: true });
});
