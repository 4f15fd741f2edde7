// Helpers for the network specs: case studies written straight into the database as the owner.
import { randomUUID } from "node:crypto";
import { ownerQuery } from "../fixtures";

/** A case study of the school, its lead named as the contact; PUBLISHED ones carry the agreement. */
export async function caseStudyIn(
  schoolId: string,
  title: string,
  status: "DRAFT" | "PUBLISHED",
): Promise<string> {
  const [lead] = await ownerQuery<{ personId: string }>(
    `SELECT "personId" FROM "Membership" WHERE "schoolId" = $1 AND role = 'LEAD' LIMIT 1`,
    [schoolId],
  );
  const id = `e2e${randomUUID().replace(/-/g, "").slice(0, 10)}`;
  const done = status === "PUBLISHED" ? "now()" : "NULL";
  await ownerQuery(
    `INSERT INTO "CaseStudy" (id, "schoolId", title, summary, "whatWeDid", impact, "principleKeys",
       "contactId", "contactName", status, "agreedAt", "publishedAt", "createdById", "updatedAt")
     VALUES ($1, $2, $3, 'A summary.', 'What was done.', 'What changed.', ARRAY['ethos'], $4, 'The Lead',
       $5::"CaseStudyStatus", ${done}, ${done}, $4, now())`,
    [id, schoolId, title, lead!.personId, status],
  );
  return id;
}
