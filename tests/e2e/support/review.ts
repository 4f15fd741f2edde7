// Helpers for the review specs: an open review written straight into the database as its owner.
import { randomUUID } from "node:crypto";
import { ownerQuery } from "../fixtures";

/** The school's open review, made (as its lead) if there is none. */
export async function openReviewIn(schoolId: string): Promise<string> {
  const [open] = await ownerQuery<{ id: string }>(
    `SELECT id FROM "Review" WHERE "schoolId" = $1 AND status = 'OPEN'`,
    [schoolId],
  );
  if (open) return open.id;
  const [lead] = await ownerQuery<{ personId: string }>(
    `SELECT "personId" FROM "Membership" WHERE "schoolId" = $1 AND role = 'LEAD' LIMIT 1`,
    [schoolId],
  );
  const id = `e2e${randomUUID().replace(/-/g, "").slice(0, 10)}`;
  await ownerQuery(`INSERT INTO "Review" (id, "schoolId", "startedById") VALUES ($1, $2, $3)`, [
    id,
    schoolId,
    lead?.personId ?? "e2e",
  ]);
  return id;
}
