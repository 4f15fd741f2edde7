// Evidence for the end-to-end specs, written as the owner: a stored file (its bytes in the test
// server's evidence folder, its row in the database) and a small action plan to tag.
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { ownerQuery } from "../fixtures";
import { EVIDENCE_DIR } from "./env";

export const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
  "latin1",
);

/** A PDF evidence item in the school, as if the lead had uploaded it. */
export async function storedPdf(schoolId: string, fileName = "policy.pdf"): Promise<string> {
  const [lead] = await ownerQuery<{ personId: string }>(
    `SELECT "personId" FROM "Membership" WHERE "schoolId" = $1 AND role = 'LEAD' LIMIT 1`,
    [schoolId],
  );
  const key = `${schoolId}/${randomBytes(16).toString("hex")}`;
  await fs.mkdir(path.join(EVIDENCE_DIR, schoolId), { recursive: true });
  await fs.writeFile(path.join(EVIDENCE_DIR, ...key.split("/")), PDF);
  const id = `e2e${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await ownerQuery(
    `INSERT INTO "EvidenceItem" (id, "schoolId", kind, title, "fileKey", "fileName", "fileType", "fileSize", "createdById")
     VALUES ($1, $2, 'FILE', 'Wellbeing policy', $3, $4, 'application/pdf', $5, $6)`,
    [id, schoolId, key, fileName, PDF.length, lead!.personId],
  );
  return id;
}

/** Version 1 of an action plan with one objective and one action owned by `ownerId`. */
export async function planWithAction(schoolId: string, ownerId: string, title: string) {
  const id = () => `e2e${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const [planId, versionId, objectiveId] = [id(), id(), id()];
  await ownerQuery(`INSERT INTO "ActionPlan" (id, "schoolId", "createdById") VALUES ($1, $2, $3)`, [
    planId,
    schoolId,
    ownerId,
  ]);
  await ownerQuery(
    `INSERT INTO "ActionPlanVersion" (id, "planId", "schoolId", number, "createdById", "updatedById")
     VALUES ($1, $2, $3, 1, $4, $4)`,
    [versionId, planId, schoolId, ownerId],
  );
  await ownerQuery(
    `INSERT INTO "ActionPlanObjective" (id, "versionId", "schoolId", key, "principleKey", title, position)
     VALUES ($1, $2, $3, $4, 'staff-development', 'Every adult knows how to respond to a worry', 0)`,
    [objectiveId, versionId, schoolId, randomUUID()],
  );
  await ownerQuery(
    `INSERT INTO "ActionPlanAction" (id, "versionId", "objectiveId", "schoolId", key, position, title, "ownerId",
       "ownerName", "startOn", "dueOn", "successMeasure")
     VALUES ($1, $2, $3, $4, $5, 0, $6, $7, 'Lead', '2026-09-01', '2027-03-31', 'Nine in ten staff trained')`,
    [id(), versionId, objectiveId, schoolId, randomUUID(), title, ownerId],
  );
}
