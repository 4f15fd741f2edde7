// Helpers for the lead's specs (rounds, framework, job roles): rounds written straight into the
// database as its owner, adopting a framework through the page, and axe.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, ownerQuery } from "../fixtures";

const uniq = () => randomUUID().replace(/-/g, "").slice(0, 10);

/**
 * A NAMED round in `schoolId` on the default framework, asking only counsellors, so that the demo
 * teachers, leads and heads other specs sign in as are never asked by it.
 */
export async function counsellorsRound(schoolId: string, title: string, open = true): Promise<string> {
  const [version] = await ownerQuery<{ id: string }>(
    `SELECT v.id FROM "FrameworkVersion" v JOIN "Framework" f ON f.id = v."frameworkId"
     WHERE f."schoolId" IS NULL AND f."trustId" IS NULL ORDER BY v.number DESC LIMIT 1`,
  );
  const [lead] = await ownerQuery<{ personId: string }>(
    `SELECT "personId" FROM "Membership" WHERE "schoolId" = $1 AND role = 'LEAD' LIMIT 1`,
    [schoolId],
  );
  if (!version || !lead) throw new Error("The seed has not run: no default framework or lead.");
  const id = `e2e${uniq()}`;
  await ownerQuery(
    `INSERT INTO "Round" (id, "schoolId", title, "opensAt", "closesAt", "frameworkVersionId", audience, "jobRoles", mode, "createdById")
     VALUES ($1, $2, $3, now() - interval '2 days', now() + ($4 || ' days')::interval, $5, 'JOB_ROLES', '{COUNSELLOR}', 'NAMED', $6)`,
    [id, schoolId, title, open ? "7" : "-1", version.id, lead.personId],
  );
  return id;
}

/** On the framework page: adopts the framework on offer if the school (or trust) has none yet. */
export async function ensureAdopted(page: Page, frameworkPath: string) {
  await page.goto(frameworkPath);
  const adopt = page.getByRole("button", { name: /^Adopt / });
  if (await adopt.isVisible()) {
    await adopt.click();
    await expect(page.getByRole("form", { name: "Add a competency" })).toBeVisible();
  }
}

/** Every axe violation (WCAG 2.1 A and AA) on the page, one line per failing node. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${n.target.join(" ")} - ${n.failureSummary?.split("\n").join(" ")}`,
    ),
  );
}

export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Whether the staff home page (another engineer's) lists in-app notices yet: it reads them with
 * listMyNotifications. Until it does, the reminder can only be checked in the database.
 */
export function homeShowsNotices(): boolean {
  const file = path.join(process.cwd(), "app/schools/[schoolId]/page.tsx");
  return fs.existsSync(file) && fs.readFileSync(file, "utf8").includes("listMyNotifications");
}
