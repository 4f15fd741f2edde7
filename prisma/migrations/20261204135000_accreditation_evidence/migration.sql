-- Issue 10, parts 3 and 4 together (decision 0028): the peer reviewer of a submission reads the
-- evidence its school tagged to that submission's criteria, and nothing else of the school's library.
-- Reads only: the reviewer never writes evidence.
CREATE POLICY evidence_tag_peer_reviewer ON "EvidenceTag" FOR SELECT USING (
  kind = 'CRITERION' AND EXISTS (
    SELECT 1 FROM "AccreditationSubmission" s
    JOIN "AccreditationCriterion" c ON c."schemeId" = s."schemeId"
    WHERE s."schoolId" = "EvidenceTag"."schoolId" AND c.id = "EvidenceTag"."criterionId"
      AND s.status <> 'DRAFT' AND s."reviewerId" = app_setting('person_id')));
-- An item is visible to the reviewer when one of its tags is (that policy applies inside this one).
CREATE POLICY evidence_item_peer_reviewer ON "EvidenceItem" FOR SELECT USING (
  EXISTS (SELECT 1 FROM "EvidenceTag" t WHERE t."itemId" = "EvidenceItem".id AND t.kind = 'CRITERION'
          AND t."schoolId" = "EvidenceItem"."schoolId"
          AND EXISTS (SELECT 1 FROM "AccreditationSubmission" s WHERE s."schoolId" = t."schoolId"
                      AND s.status <> 'DRAFT' AND s."reviewerId" = app_setting('person_id'))));
