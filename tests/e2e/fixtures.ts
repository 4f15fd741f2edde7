// Fixtures for the end-to-end suite: the demo accounts, signing in through the real form, and
// data written straight into the database as its owner (row-level security does not bind the owner).
import { randomUUID } from "node:crypto";
import { test as base, type Browser, type Cookie, expect, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD, DEMO_SCHOOLS, DEMO_TRUST } from "../../lib/demo/roster";
import { newToken } from "../../lib/people/tokens";
import { BASE_URL, OWNER_DATABASE_URL } from "./support/env";

export { expect };

export type Account = { email: string; password: string; label: string };
export type DemoSchoolKey = "primary" | "secondary" | "special" | "all-through";

export function demoSchool(key: DemoSchoolKey) {
  const school = DEMO_SCHOOLS.find((s) => s.key === key);
  if (!school) throw new Error(`No demo school "${key}"`);
  const account = (who: string, label: string): Account => ({
    email: `${who}@${school.domain}`,
    password: DEMO_PASSWORD,
    label: `${label}, ${school.name}`,
  });
  return {
    ...school,
    lead: account("lead", "Lead"),
    head: account("head", "Head"),
    teacher: account("teacher", "Teacher"),
  };
}

export const TRUST_LEADER: Account = {
  email: DEMO_TRUST.leaderEmail,
  password: DEMO_PASSWORD,
  label: "Trust leader",
};

/** The one message every failed sign-in shows (components/auth/sign-in-form.tsx). */
export const SIGN_IN_FAILED = "That email and password did not work. Check them and try again.";

// ---------------------------------------------------------------------------------------------
// Signing in and out through the real pages.

/** Signs in through the sign-in form and waits until the person has left /sign-in for their home. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

export async function signOut(page: Page) {
  // Signing out ends every session of that person (decision 0008), so no cached cookie is trusted after it.
  sessionCookies.clear();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
}

export const HOME = {
  staff: /\/schools\/[^/]+$/,
  school: /\/schools\/[^/]+$/,
  trust: /\/trusts\/[^/]+$/,
};

// One sign-in per account and worker; later tests reuse its session cookie.
const sessionCookies = new Map<string, Cookie[]>();

/** The session cookie of `account`, signing in through the form the first time. */
export async function sessionCookiesFor(browser: Browser, account: Account): Promise<Cookie[]> {
  const known = sessionCookies.get(account.email);
  if (known) return known;
  const context = await browser.newContext({ baseURL: BASE_URL });
  try {
    await signIn(await context.newPage(), account.email, account.password);
    const cookies = (await context.cookies()).filter((c) => c.name.includes("session-token"));
    expect(cookies, `a session cookie for ${account.email}`).toHaveLength(1);
    sessionCookies.set(account.email, cookies);
    return cookies;
  } finally {
    await context.close();
  }
}

type Fixtures = {
  /** Puts a signed-in session for `account` into this test's page and returns the page. */
  signedIn: (account: Account) => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  signedIn: async ({ browser, page }, provide) => {
    await provide(async (account) => {
      const cookies = await sessionCookiesFor(browser, account);
      await page.context().clearCookies();
      await page.context().addCookies(cookies);
      return page;
    });
  },
});

// ---------------------------------------------------------------------------------------------
// The database, as its owner.

export async function ownerQuery<T extends pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: OWNER_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export type DemoIds = { trustId: string; schools: Record<DemoSchoolKey, string> };
let demoIdsCache: DemoIds | undefined;

/** The seeded demo trust's and schools' ids (they are cuids, made by the seed). */
export async function demoIds(): Promise<DemoIds> {
  if (demoIdsCache) return demoIdsCache;
  const [trust] = await ownerQuery<{ id: string }>(`SELECT id FROM "Trust" WHERE name = $1 AND "isDemo"`, [
    DEMO_TRUST.name,
  ]);
  const rows = await ownerQuery<{ id: string; urn: string }>(`SELECT id, urn FROM "School" WHERE "isDemo"`);
  if (!trust) throw new Error("The demo trust is missing: did the seed run?");
  const schools = Object.fromEntries(
    DEMO_SCHOOLS.map((s) => {
      const row = rows.find((r) => r.urn === s.urn);
      if (!row) throw new Error(`Demo school ${s.name} is missing`);
      return [s.key, row.id];
    }),
  ) as Record<DemoSchoolKey, string>;
  demoIdsCache = { trustId: trust.id, schools };
  return demoIdsCache;
}

const uniq = () => randomUUID().replace(/-/g, "").slice(0, 10);
let urnCounter = 100_000 + Math.floor(Math.random() * 800_000);

async function demoPasswordHash(): Promise<string> {
  const [row] = await ownerQuery<{ passwordHash: string }>(
    `SELECT "passwordHash" FROM "Person" WHERE email = $1`,
    [TRUST_LEADER.email],
  );
  if (!row) throw new Error("The demo trust leader is missing: did the seed run?");
  return row.passwordHash;
}

/** A person who can sign in with the demo password. */
export async function createPerson(name = "Test Person"): Promise<Account & { id: string }> {
  const id = `e2e${uniq()}`;
  const email = `${id}@e2e.example`;
  await ownerQuery(`INSERT INTO "Person" (id, email, name, "passwordHash") VALUES ($1, $2, $3, $4)`, [
    id,
    email,
    name,
    await demoPasswordHash(),
  ]);
  return { id, email, password: DEMO_PASSWORD, label: name };
}

export async function createTrust(name = `E2E Trust ${uniq()}`) {
  const id = `e2e${uniq()}`;
  await ownerQuery(`INSERT INTO "Trust" (id, name, kind) VALUES ($1, $2, 'MULTI_ACADEMY_TRUST')`, [id, name]);
  const leader = await createPerson("Other Trust Leader");
  await ownerQuery(
    `INSERT INTO "Membership" (id, "personId", "trustId", role, "updatedAt") VALUES ($1, $2, $3, 'TRUST_LEADER', now())`,
    [`e2e${uniq()}`, leader.id, id],
  );
  return { id, name, leader };
}

/** A school (in `trustId`, or in no trust) with a lead who can sign in. */
export async function createSchool(opts: { trustId?: string; name?: string } = {}) {
  const id = `e2e${uniq()}`;
  const name = opts.name ?? `E2E School ${uniq()}`;
  await ownerQuery(
    `INSERT INTO "School" (id, name, urn, phase, "trustId") VALUES ($1, $2, $3, 'PRIMARY', $4)`,
    [id, name, String(urnCounter++), opts.trustId ?? null],
  );
  const lead = await createPerson("Other School Lead");
  await ownerQuery(
    `INSERT INTO "Membership" (id, "personId", "schoolId", role, "jobRole", "updatedAt")
     VALUES ($1, $2, $3, 'LEAD', 'SENIOR_MH_LEAD', now())`,
    [`e2e${uniq()}`, lead.id, id],
  );
  return { id, name, lead };
}

/** Adds a school membership (STAFF, LEAD or HEAD) for an existing person. */
export async function addMembership(
  personId: string,
  schoolId: string,
  role: "STAFF" | "LEAD" | "HEAD",
  jobRole = "TEACHER",
) {
  await ownerQuery(
    `INSERT INTO "Membership" (id, "personId", "schoolId", role, "jobRole", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
    [`e2e${uniq()}`, personId, schoolId, role, jobRole],
  );
}

/** An open invitation to a school, made as its lead would; returns the link's path. */
export async function createInvitation(schoolId: string, email = `invitee-${uniq()}@e2e.example`) {
  const [lead] = await ownerQuery<{ personId: string }>(
    `SELECT "personId" FROM "Membership" WHERE "schoolId" = $1 AND role = 'LEAD' LIMIT 1`,
    [schoolId],
  );
  const { token, tokenHash } = newToken();
  await ownerQuery(
    `INSERT INTO "Invitation" (id, "schoolId", email, role, "jobRole", "tokenHash", "expiresAt", "invitedById")
     VALUES ($1, $2, $3, 'STAFF', 'TEACHER', $4, now() + interval '7 days', $5)`,
    [`e2e${uniq()}`, schoolId, email, tokenHash, lead?.personId ?? "e2e"],
  );
  return { email, path: `/invitations/${token}` };
}

/** A token of the right shape that no invitation has. */
export const BOGUS_TOKEN = "e2e-no-such-invitation-token-0123456789abcdefg";
