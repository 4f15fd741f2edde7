-- Issue 10, the rest (decision 0034). No new tables: a trust's own scheme versions were already
-- insertable by the trust (migration 20261204120000). This adds reassigning a peer reviewer and the
-- trust reading the evidence of its schools' submitted self-evaluations.

-- The trust leader may reassign the reviewer while the review is under way (IN_REVIEW stays IN_REVIEW).
DROP POLICY accreditation_trust_manage ON "AccreditationSubmission";
CREATE POLICY accreditation_trust_manage ON "AccreditationSubmission" FOR UPDATE
  USING (status IN ('SUBMITTED', 'IN_REVIEW', 'REVIEWED', 'VISITED') AND accreditation_trust_of("schoolId"))
  WITH CHECK (status IN ('IN_REVIEW', 'VISITED', 'DECIDED') AND accreditation_trust_of("schoolId"));

-- A reassignment clears the old reviewer's unsent ratings, so the new reviewer starts afresh and
-- nothing the old one wrote is kept under someone else's name. Only the old reviewer may delete
-- those rows (accreditation_peer_write), so for this one statement the trigger acts as them, then
-- puts the caller back (as network_question_notices does with the school). Run before the row
-- changes, while the old reviewer still holds the assignment.
CREATE FUNCTION accreditation_reviewer_reassigned() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  caller text := current_setting('app.person_id', true);
BEGIN
  IF OLD."reviewerId" IS NOT NULL AND NEW."reviewerId" IS DISTINCT FROM OLD."reviewerId" THEN
    IF OLD.status <> 'IN_REVIEW' THEN
      RAISE EXCEPTION 'a peer reviewer is reassigned only while the review is under way' USING ERRCODE = '23514';
    END IF;
    PERFORM set_config('app.person_id', OLD."reviewerId", true);
    DELETE FROM "AccreditationPeerRating" WHERE "submissionId" = OLD.id;
    PERFORM set_config('app.person_id', coalesce(caller, ''), true);
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER accreditation_reviewer_reassigned BEFORE UPDATE OF "reviewerId" ON "AccreditationSubmission"
  FOR EACH ROW EXECUTE FUNCTION accreditation_reviewer_reassigned();

-- The trust reads the evidence its school tagged to the criteria of a submitted self-evaluation
-- (never a draft's, never the rest of the library). Reads only.
CREATE POLICY evidence_tag_trust ON "EvidenceTag" FOR SELECT USING (
  kind = 'CRITERION' AND accreditation_trust_of("schoolId") AND EXISTS (
    SELECT 1 FROM "AccreditationSubmission" s
    JOIN "AccreditationCriterion" c ON c."schemeId" = s."schemeId"
    WHERE s."schoolId" = "EvidenceTag"."schoolId" AND c.id = "EvidenceTag"."criterionId"
      AND s.status <> 'DRAFT'));
CREATE POLICY evidence_item_trust ON "EvidenceItem" FOR SELECT USING (
  accreditation_trust_of("schoolId") AND EXISTS (
    SELECT 1 FROM "EvidenceTag" t WHERE t."itemId" = "EvidenceItem".id AND t.kind = 'CRITERION'
      AND t."schoolId" = "EvidenceItem"."schoolId"));
