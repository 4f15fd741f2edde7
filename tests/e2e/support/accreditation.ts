// Helpers for the accreditation specs: a submission written straight into the database as its owner.
import { randomUUID } from "node:crypto";
import { ownerQuery } from "../fixtures";

const newId = () => `e2e${randomUUID().replace(/-/g, "").slice(0, 12)}`;

export async function personIdOf(email: string): Promise<string> {
  const [p] = await ownerQuery<{ id: string }>(`SELECT id FROM "Person" WHERE email = $1`, [email]);
  if (!p) throw new Error(`No person ${email}`);
  return p.id;
}

/** The school's submission in review by `reviewerId` (made, with the scheme's latest global version, if none is open). */
export async function submissionInReview(schoolId: string, reviewerId: string): Promise<string> {
  const [open] = await ownerQuery<{ id: string }>(
    `SELECT id FROM "AccreditationSubmission" WHERE "schoolId" = $1 AND status <> 'DECIDED'`,
    [schoolId],
  );
  if (open) return open.id;
  const [scheme] = await ownerQuery<{ id: string }>(
    `SELECT id FROM "AccreditationScheme" WHERE "trustId" IS NULL ORDER BY version DESC LIMIT 1`,
  );
  if (!scheme) throw new Error("The accreditation scheme is missing: did the seed run?");
  const id = newId();
  await ownerQuery(
    `INSERT INTO "AccreditationSubmission" (id, "schoolId", "schemeId", status, "createdById", "updatedAt",
       "submittedAt", "reviewerId", "reviewerName", "reviewerSchoolName", "assignedAt")
     VALUES ($1, $2, $3, 'IN_REVIEW', $4, now(), now(), $4, 'Reviewer', 'Reviewer school', now())`,
    [id, schoolId, scheme.id, reviewerId],
  );
  return id;
}

/** A PDF in the school's library tagged to the first criterion of the submission's scheme. */
export async function taggedPdf(schoolId: string, submissionId: string): Promise<string> {
  const { storedPdf } = await import("./evidence");
  const itemId = await storedPdf(schoolId);
  const [row] = await ownerQuery<{ criterionId: string; createdById: string }>(
    `SELECT c.id AS "criterionId", s."createdById" FROM "AccreditationSubmission" s
     JOIN "AccreditationCriterion" c ON c."schemeId" = s."schemeId"
     WHERE s.id = $1 ORDER BY c.key LIMIT 1`,
    [submissionId],
  );
  await ownerQuery(
    `INSERT INTO "EvidenceTag" (id, "schoolId", "itemId", kind, "criterionId", "createdById")
     VALUES ($1, $2, $3, 'CRITERION', $4, $5)`,
    [newId(), schoolId, itemId, row!.criterionId, row!.createdById],
  );
  return itemId;
}

/**
 * A school's submission with its peer review in, and `assessorId` (when given) its accepted visit
 * assessor (decision 0042). The reviewer is whoever `reviewerId` names.
 */
export async function submissionForVisit(
  schoolId: string,
  reviewerId: string,
  assessorId?: string,
): Promise<string> {
  const [scheme] = await ownerQuery<{ id: string }>(
    `SELECT id FROM "AccreditationScheme" WHERE "trustId" IS NULL ORDER BY version DESC LIMIT 1`,
  );
  if (!scheme) throw new Error("The accreditation scheme is missing: did the seed run?");
  const id = newId();
  await ownerQuery(
    `INSERT INTO "AccreditationSubmission" (id, "schoolId", "schemeId", status, "createdById", "updatedAt",
       "submittedAt", "reviewerId", "reviewerName", "reviewerSchoolName", "assignedAt", "reviewedAt")
     VALUES ($1, $2, $3, 'REVIEWED', $4, now(), now(), $4, 'Reviewer', 'Reviewer school', now(), now())`,
    [id, schoolId, scheme.id, reviewerId],
  );
  if (!assessorId) return id;
  await ownerQuery(
    `INSERT INTO "AccreditationVisitAssessor" (id, "submissionId", "schoolId", email, name, "tokenHash",
       "expiresAt", "personId", "acceptedAt", "invitedById")
     SELECT $1, $2, $3, p.email, p.name, $1, now() + interval '7 days', p.id, now(), $4
     FROM "Person" p WHERE p.id = $5`,
    [newId(), id, schoolId, reviewerId, assessorId],
  );
  return id;
}
