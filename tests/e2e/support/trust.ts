// A trust of its own for the trust leader's journey: three schools with closed CONFIDENTIAL rounds
// (one too small to show anything), written as the database owner; the rollups come from the
// migration's triggers, as they do when staff submit.
import { randomUUID } from "node:crypto";
import { createSchool, createTrust, ownerQuery } from "../fixtures";

const uniq = () => randomUUID().replace(/-/g, "").slice(0, 10);

type Staff = { jobRole: string; tier: number };
const staffOf = (core: number, enhanced: number): Staff[] => [
  ...Array.from({ length: core }, () => ({ jobRole: "TEACHER", tier: 1 })),
  ...Array.from({ length: enhanced }, () => ({ jobRole: "FORM_TUTOR", tier: 2 })),
];

export async function closedRound(
  schoolId: string,
  title: string,
  staff: Staff[],
  daysAgo: number,
  seed: number,
) {
  const [version] = await ownerQuery<{ id: string }>(
    `SELECT v.id FROM "FrameworkVersion" v JOIN "Framework" f ON f.id = v."frameworkId"
     WHERE f."schoolId" IS NULL AND f."trustId" IS NULL ORDER BY v.number DESC LIMIT 1`,
  );
  const competencies = await ownerQuery<{ code: string; tier: number }>(
    `SELECT code, tier FROM "Competency" WHERE "versionId" = $1 AND NOT retired ORDER BY code`,
    [version!.id],
  );
  const [lead] = await ownerQuery<{ personId: string }>(
    `SELECT "personId" FROM "Membership" WHERE "schoolId" = $1 AND role = 'LEAD' LIMIT 1`,
    [schoolId],
  );
  const roundId = `e2e${uniq()}`;
  await ownerQuery(
    `INSERT INTO "Round" (id, "schoolId", title, "opensAt", "closesAt", "frameworkVersionId", audience, "jobRoles", mode, "createdById")
     VALUES ($1, $2, $3, now() - ($4 || ' days')::interval - interval '14 days', now() + interval '7 days', $5, 'JOB_ROLES', '{TEACHER,FORM_TUTOR}', 'CONFIDENTIAL', $6)`,
    [roundId, schoolId, title, String(daysAgo), version!.id, lead!.personId],
  );
  for (const [p, s] of staff.entries()) {
    const personId = `e2e${uniq()}`;
    await ownerQuery(`INSERT INTO "Person" (id, email, name) VALUES ($1, $2, $3)`, [
      personId,
      `${personId}@e2e.example`,
      `Staff ${p}`,
    ]);
    await ownerQuery(
      `INSERT INTO "Membership" (id, "personId", "schoolId", role, "jobRole", "updatedAt") VALUES ($1, $2, $3, 'STAFF', $4, now())`,
      [`e2e${uniq()}`, personId, schoolId, s.jobRole],
    );
    const responseId = `e2e${uniq()}`;
    await ownerQuery(
      `INSERT INTO "Response" (id, "roundId", "schoolId", "personId", "frameworkVersionId", "jobRole", "requiredTier", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
      [responseId, roundId, schoolId, personId, version!.id, s.jobRole, s.tier],
    );
    const mine = competencies.filter((c) => c.tier <= s.tier);
    for (const [i, c] of mine.entries())
      await ownerQuery(
        `INSERT INTO "Answer" (id, "responseId", "schoolId", "competencyCode", rating, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
        [`e2e${uniq()}`, responseId, schoolId, c.code, (p * seed + i * 3) % 5],
      );
    await ownerQuery(`UPDATE "Response" SET status = 'SUBMITTED', "submittedAt" = now() WHERE id = $1`, [
      responseId,
    ]);
  }
  await ownerQuery(`UPDATE "Round" SET "closedAt" = now() - ($2 || ' days')::interval WHERE id = $1`, [
    roundId,
    String(daysAgo),
  ]);
}

export async function trustWithFigures() {
  const trust = await createTrust(`Journey Learning Trust ${uniq()}`);
  const oak = await createSchool({ trustId: trust.id, name: "Oak Primary" });
  const elm = await createSchool({ trustId: trust.id, name: "Elm Secondary" });
  const ash = await createSchool({ trustId: trust.id, name: "Ash Infants" });
  await ownerQuery(`UPDATE "School" SET phase = 'SECONDARY' WHERE id = $1`, [elm.id]);
  await closedRound(oak.id, "Oak autumn round", staffOf(9, 5), 2, 7);
  await closedRound(oak.id, "Oak last year", staffOf(8, 5), 380, 3);
  await closedRound(elm.id, "Elm autumn round", staffOf(14, 6), 3, 11);
  await closedRound(ash.id, "Ash autumn round", staffOf(3, 0), 2, 5);
  return { trust, schools: { oak, elm, ash } };
}
