// Data for tests/e2e/plans.spec.ts, written as the database owner: a closed NAMED round in Willow
// Bank (no other spec's school for rounds) where every member has submitted, and a small plan.
import { randomUUID } from "node:crypto";
import type { JobRole } from "../../../lib/generated/prisma/enums";
import { JOB_ROLES } from "../../../lib/tiers";
import { ownerQuery } from "../fixtures";

const uniq = () => `e2e${randomUUID().replace(/-/g, "").slice(0, 10)}`;

/** A closed round (NAMED unless told) on the default framework with a submitted response from every member. */
export async function submittedRound(
  schoolId: string,
  title: string,
  mode: "NAMED" | "CONFIDENTIAL" = "NAMED",
): Promise<string> {
  const [version] = await ownerQuery<{ id: string }>(
    `SELECT v.id FROM "FrameworkVersion" v JOIN "Framework" f ON f.id = v."frameworkId"
     WHERE f."schoolId" IS NULL AND f."trustId" IS NULL ORDER BY v.number DESC LIMIT 1`,
  );
  if (!version) throw new Error("The seed has not run: no default framework.");
  const competencies = await ownerQuery<{ code: string; tier: number }>(
    `SELECT code, tier FROM "Competency" WHERE "versionId" = $1 AND NOT retired ORDER BY position`,
    [version.id],
  );
  const members = await ownerQuery<{ personId: string; jobRole: JobRole; role: string }>(
    `SELECT "personId", "jobRole", role FROM "Membership" WHERE "schoolId" = $1 AND "jobRole" IS NOT NULL ORDER BY "personId"`,
    [schoolId],
  );
  const lead = members.find((m) => m.role === "LEAD")!;
  const roundId = uniq();
  await ownerQuery(
    `INSERT INTO "Round" (id, "schoolId", title, "opensAt", "closesAt", "frameworkVersionId", audience, "jobRoles", mode, "createdById")
     VALUES ($1, $2, $3, now() - interval '30 days', now() - interval '1 day', $4, 'ALL_STAFF', '{}', $6, $5)`,
    [roundId, schoolId, title, version.id, lead.personId, mode],
  );
  for (const [p, m] of members.entries()) {
    const tier = JOB_ROLES[m.jobRole].defaultTier;
    const responseId = uniq();
    await ownerQuery(
      `INSERT INTO "Response" (id, "roundId", "schoolId", "personId", "frameworkVersionId", "jobRole", "requiredTier", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
      [responseId, roundId, schoolId, m.personId, version.id, m.jobRole, tier],
    );
    const inScope = competencies.filter((c) => c.tier <= tier);
    const values = inScope.map((_, i) => `($${i * 3 + 3}, $${i * 3 + 4}, $${i * 3 + 5}, $1, $2, now())`);
    // Varied ratings 0..4, so people have different gaps.
    const params = [
      responseId,
      schoolId,
      ...inScope.flatMap((c, i) => [uniq(), c.code, (p * 7 + i * 3) % 5]),
    ];
    await ownerQuery(
      `INSERT INTO "Answer" (id, "competencyCode", rating, "responseId", "schoolId", "updatedAt") VALUES ${values.join(", ")}`,
      params,
    );
    // Answers are read-only once submitted (a trigger), so submit last.
    await ownerQuery(`UPDATE "Response" SET status = 'SUBMITTED', "submittedAt" = now() WHERE id = $1`, [
      responseId,
    ]);
  }
  return roundId;
}

/** A DRAFT plan with one booking for `attendeeId`, for the authorisation rows and axe. */
export async function smallPlan(schoolId: string, roundId: string, attendeeId: string): Promise<string> {
  const [course] = await ownerQuery<{ id: string }>(
    `SELECT id FROM "Course" WHERE "schoolId" IS NULL AND "trustId" IS NULL AND format = 'IN_SCHOOL' ORDER BY id LIMIT 1`,
  );
  const planId = uniq();
  const versionId = uniq();
  const totals = {
    costPence: 45000,
    budgetPence: 100000,
    maxHoursPerPerson: 3,
    hoursLimit: 6,
    sessionsUsed: 1,
    sessionsLimit: 2,
    peopleTrained: 1,
    pointsClosed: 2,
    valueClosed: 200,
  };
  const summary = {
    mode: "NAMED",
    reason: null,
    optimalityNote: "Proved optimal by HiGHS (gap 0%).",
    totals,
    need: { before: { points: 10, weighted: 1000 }, remaining: { points: 8, weighted: 800 } },
    unmet: [{ unitId: attendeeId, competencyCode: "C1.01", people: 1, points: 1, reason: "no-money" }],
    weights: { 1: 100, 2: 10, 3: 1 },
    edited: false,
  };
  await ownerQuery(
    `INSERT INTO "TrainingPlan" (id, "schoolId", "roundId", title, "createdById") VALUES ($1, $2, $3, 'Matrix plan', $4)`,
    [planId, schoolId, roundId, attendeeId],
  );
  await ownerQuery(
    `INSERT INTO "PlanVersion" (id, "planId", "schoolId", number, limits, method, "optimalityGap", summary, "createdById")
     VALUES ($1, $2, $3, 1, $4, 'exact', 0, $5, $6)`,
    [
      versionId,
      planId,
      schoolId,
      JSON.stringify({ budgetPounds: 1000, hoursPerPersonPerYear: 6, inSchoolSessions: 2 }),
      JSON.stringify(summary),
      attendeeId,
    ],
  );
  const itemId = uniq();
  await ownerQuery(
    `INSERT INTO "PlanItem" (id, "planVersionId", "schoolId", "courseId", term, sessions, "costPence", hours, why, closes)
     VALUES ($1, $2, $3, $4, 'AUTUMN', 1, 45000, 3, 'Closes 2 gap points.', $5)`,
    [
      itemId,
      versionId,
      schoolId,
      course!.id,
      JSON.stringify({ closes: [{ unitId: attendeeId, competencyCode: "C1.02", points: 2, tier: 1 }] }),
    ],
  );
  await ownerQuery(
    `INSERT INTO "PlanAttendee" (id, "planItemId", "schoolId", "personId") VALUES ($1, $2, $3, $4)`,
    [uniq(), itemId, schoolId, attendeeId],
  );
  return planId;
}
