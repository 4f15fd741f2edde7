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
