-- AlterTable
ALTER TABLE "AccreditationVisit" ADD COLUMN     "assessorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "AccreditationVisitAssessor" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "personId" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "invitedById" TEXT NOT NULL,
    "sentByEmail" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccreditationVisitAssessor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccreditationVisitAssessor_tokenHash_key" ON "AccreditationVisitAssessor"("tokenHash");

-- CreateIndex
CREATE INDEX "AccreditationVisitAssessor_schoolId_idx" ON "AccreditationVisitAssessor"("schoolId");

-- CreateIndex
CREATE INDEX "AccreditationVisitAssessor_submissionId_idx" ON "AccreditationVisitAssessor"("submissionId");

-- CreateIndex
CREATE INDEX "AccreditationVisitAssessor_personId_idx" ON "AccreditationVisitAssessor"("personId");

-- AddForeignKey
ALTER TABLE "AccreditationVisitAssessor" ADD CONSTRAINT "AccreditationVisitAssessor_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "AccreditationSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccreditationVisitAssessor" ADD CONSTRAINT "AccreditationVisitAssessor_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Issue 10, item 4 (decision 0042): visit assessors are people outside the school, invited by the
-- trust leader for one submission, with access to that assignment only. As validators (0024).
ALTER TABLE "AccreditationVisitAssessor" ADD CONSTRAINT "AccreditationVisitAssessor_email_lowercase" CHECK (email = lower(email));

GRANT SELECT, INSERT, UPDATE ON "AccreditationVisitAssessor" TO harbour_app;

-- A grant: the school's trust that made it, the person who accepted it, or whoever holds its token.
-- The school itself does not see who assesses it until the visit is recorded.
ALTER TABLE "AccreditationVisitAssessor" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccreditationVisitAssessor" FORCE ROW LEVEL SECURITY;
CREATE POLICY visit_assessor_read ON "AccreditationVisitAssessor" FOR SELECT USING (
  accreditation_trust_of("schoolId") OR "personId" = app_setting('person_id')
  OR "tokenHash" = app_setting('invite_token_hash'));
-- Invited only by the trust, only for its school's submission, only once the peer review is in.
CREATE POLICY visit_assessor_invite ON "AccreditationVisitAssessor" FOR INSERT WITH CHECK (
  accreditation_trust_of("schoolId") AND EXISTS (SELECT 1 FROM "AccreditationSubmission" s
    WHERE s.id = "submissionId" AND s."schoolId" = "AccreditationVisitAssessor"."schoolId"
      AND s.status = 'REVIEWED'));
CREATE POLICY visit_assessor_accept ON "AccreditationVisitAssessor" FOR UPDATE
  USING ("tokenHash" = app_setting('invite_token_hash') OR accreditation_trust_of("schoolId"))
  WITH CHECK ("tokenHash" = app_setting('invite_token_hash') OR accreditation_trust_of("schoolId"));

-- Is the signed-in person an accepted visit assessor of this submission? Keyed on the grant, as
-- the peer reviewer's access is keyed on the assignment.
CREATE FUNCTION accreditation_visit_assessor(submission_id text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM "AccreditationVisitAssessor" g
                 WHERE g."submissionId" = submission_id AND g."acceptedAt" IS NOT NULL
                   AND g."personId" = app_setting('person_id')) $$;

-- The assessor reads their submission once the peer review is in (its self- and peer ratings
-- follow through their own policies), and moves it to VISITED by recording the visit.
CREATE POLICY accreditation_visit_assessor_read ON "AccreditationSubmission" FOR SELECT
  USING (status IN ('REVIEWED', 'VISITED', 'DECIDED') AND accreditation_visit_assessor(id));
CREATE POLICY accreditation_visit_assessor_visit ON "AccreditationSubmission" FOR UPDATE
  USING (status = 'REVIEWED' AND accreditation_visit_assessor(id))
  WITH CHECK (status = 'VISITED' AND accreditation_visit_assessor(id));
CREATE POLICY accreditation_visit_by_assessor ON "AccreditationVisit" FOR INSERT
  WITH CHECK (accreditation_visit_assessor("submissionId") AND EXISTS (SELECT 1 FROM "AccreditationSubmission" s
         WHERE s.id = "submissionId" AND s."schoolId" = "schoolId" AND s.status = 'REVIEWED'));

-- The evidence tagged to that submission's criteria, read-only, and nothing else of the library.
CREATE POLICY evidence_tag_visit_assessor ON "EvidenceTag" FOR SELECT USING (
  kind = 'CRITERION' AND EXISTS (
    SELECT 1 FROM "AccreditationSubmission" s
    JOIN "AccreditationCriterion" c ON c."schemeId" = s."schemeId"
    WHERE s."schoolId" = "EvidenceTag"."schoolId" AND c.id = "EvidenceTag"."criterionId"
      AND s.status IN ('REVIEWED', 'VISITED', 'DECIDED') AND accreditation_visit_assessor(s.id)));
CREATE POLICY evidence_item_visit_assessor ON "EvidenceItem" FOR SELECT USING (
  EXISTS (SELECT 1 FROM "EvidenceTag" t WHERE t."itemId" = "EvidenceItem".id AND t.kind = 'CRITERION'
          AND t."schoolId" = "EvidenceItem"."schoolId"
          AND EXISTS (SELECT 1 FROM "AccreditationSubmission" s WHERE s."schoolId" = t."schoolId"
                      AND s.status IN ('REVIEWED', 'VISITED', 'DECIDED') AND accreditation_visit_assessor(s.id))));

-- A trust's own scheme is readable also by its schools' visit assessors.
CREATE OR REPLACE FUNCTION accreditation_scheme_readable(trust_id text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT trust_id IS NULL
    OR trust_id = app_setting('trust_id')
    OR trust_id = (SELECT s."trustId" FROM "School" s WHERE s.id = app_setting('school_id'))
    OR trust_id IN (SELECT s."trustId" FROM "School" s JOIN "AccreditationSubmission" a ON a."schoolId" = s.id
                    WHERE a."reviewerId" = app_setting('person_id'))
    OR trust_id IN (SELECT s."trustId" FROM "School" s JOIN "AccreditationVisitAssessor" g ON g."schoolId" = s.id
                    WHERE g."personId" = app_setting('person_id') AND g."acceptedAt" IS NOT NULL) $$;
