// Helpers for the self-assessment specs: rounds opened straight in the database as its owner (as
// the lead would open them), fresh teachers, and the wizard's moves.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { addMembership, createPerson, createSchool, expect, ownerQuery } from "./fixtures";

const uniq = () => randomUUID().replace(/-/g, "").slice(0, 10);

/** The global default framework's latest version: what a school that has not adopted one uses. */
async function defaultVersionId(): Promise<string> {
  const [row] = await ownerQuery<{ id: string }>(
    `SELECT v.id FROM "FrameworkVersion" v JOIN "Framework" f ON f.id = v."frameworkId"
     WHERE f."schoolId" IS NULL AND f."trustId" IS NULL ORDER BY v.number DESC LIMIT 1`,
  );
  if (!row) throw new Error("The default framework is missing: did the seed run?");
  return row.id;
}

/** A new school, with its lead, and a round open for a week that asks all staff (or only form tutors). */
export async function schoolWithOpenRound(
  mode: "NAMED" | "CONFIDENTIAL",
  title: string,
  onlyFormTutors = false,
) {
  const school = await createSchool();
  const [lead] = await ownerQuery<{ personId: string }>(
    `SELECT "personId" FROM "Membership" WHERE "schoolId" = $1 AND role = 'LEAD'`,
    [school.id],
  );
  const roundId = `e2e${uniq()}`;
  const frameworkVersionId = await defaultVersionId();
  await ownerQuery(
    `INSERT INTO "Round" (id, "schoolId", title, "opensAt", "closesAt", "frameworkVersionId", audience, "jobRoles", mode, "createdById")
     VALUES ($1, $2, $3, now() - interval '1 hour', now() + interval '7 days', $4, $7, $8, $5, $6)`,
    [
      roundId,
      school.id,
      title,
      frameworkVersionId,
      mode,
      lead!.personId,
      onlyFormTutors ? "JOB_ROLES" : "ALL_STAFF",
      onlyFormTutors ? "{FORM_TUTOR}" : "{}",
    ],
  );
  return {
    lead: school.lead,
    schoolId: school.id,
    roundId,
    frameworkVersionId,
    title,
    home: `/schools/${school.id}`,
    url: `/schools/${school.id}/assessments/${roundId}`,
  };
}

/** A teacher (tier 1) of the school who can sign in. */
export async function newTeacher(schoolId: string, name: string) {
  const person = await createPerson(name);
  await addMembership(person.id, schoolId, "STAFF", "TEACHER");
  return person;
}

/** "Step 2 of 8" -> { step: 2, total: 8 } */
export async function progress(page: Page) {
  const text = (await page.locator("#step-progress-text").textContent()) ?? "";
  const m = /Step (\d+) of (\d+)/.exec(text);
  if (!m) throw new Error(`No step progress in "${text}"`);
  return { step: Number(m[1]), total: Number(m[2]) };
}

/** Rates every statement on the current step; returns how many there were. */
export async function answerStep(page: Page, rating: number): Promise<number> {
  const questions = page.locator("fieldset[data-competency]");
  const n = await questions.count();
  for (let i = 0; i < n; i++) {
    await questions
      .nth(i)
      .getByRole("radio", { name: new RegExp(`^${rating} `) })
      .check();
  }
  return n;
}

export async function next(page: Page) {
  const before = await progress(page);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.locator("#step-progress-text")).toHaveText(`Step ${before.step + 1} of ${before.total}`);
}

export const saveStatus = (page: Page) => page.locator("#save-status");
export const expectSaved = (page: Page) => expect(saveStatus(page)).toHaveText("Saved", { timeout: 10_000 });

/** The person's answers as stored, by competency code. */
export async function storedAnswers(personId: string, roundId: string) {
  const rows = await ownerQuery<{ competencyCode: string; rating: number; comment: string | null }>(
    `SELECT a."competencyCode", a.rating, a.comment FROM "Answer" a JOIN "Response" r ON r.id = a."responseId"
     WHERE r."personId" = $1 AND r."roundId" = $2 ORDER BY a."competencyCode"`,
    [personId, roundId],
  );
  return Object.fromEntries(rows.map((r) => [r.competencyCode, { rating: r.rating, comment: r.comment }]));
}

export async function storedResponse(personId: string, roundId: string) {
  const [row] = await ownerQuery<{ status: string; currentStep: number; submitKey: string | null }>(
    `SELECT status, "currentStep", "submitKey" FROM "Response" WHERE "personId" = $1 AND "roundId" = $2`,
    [personId, roundId],
  );
  return row;
}

/**
 * Whether the person took part in a round, as progress and reminders read it: in a CONFIDENTIAL round
 * the response itself names no one (decision 0045), so this is the only row with their id.
 */
export async function participation(personId: string, roundId: string) {
  const [row] = await ownerQuery<{ status: string }>(
    `SELECT status FROM "Participation" WHERE "personId" = $1 AND "roundId" = $2`,
    [personId, roundId],
  );
  return row;
}

/** WCAG 2.1 A and AA violations, one line per failing node. */
export async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${n.target.join(" ")} - ${n.failureSummary?.split("\n").join(" ")}`,
    ),
  );
}
