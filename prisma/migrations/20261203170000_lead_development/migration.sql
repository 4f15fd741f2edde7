-- Issue 9, part 3: the senior mental health lead's own development (decision 0025).
CREATE TABLE "LeadSelfAssessment" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "ratings" JSONB NOT NULL,
    "note" TEXT,
    "assessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeadSelfAssessment_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "LeadSelfAssessment_schoolId_personId_assessedAt_idx" ON "LeadSelfAssessment"("schoolId", "personId", "assessedAt");

ALTER TABLE "LeadSelfAssessment" ADD CONSTRAINT "LeadSelfAssessment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "LeadSelfAssessment" ADD CONSTRAINT "LeadSelfAssessment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "LeadSelfAssessment" ADD CONSTRAINT "LeadSelfAssessment_ratings_object"
  CHECK (jsonb_typeof(ratings) = 'object');

GRANT SELECT, INSERT, UPDATE, DELETE ON "LeadSelfAssessment" TO harbour_app;

-- Private to the person: only they, in that school, read their own; only a lead of that school
-- writes one, and only for themselves. No one else in the school (head, other leads, staff), no
-- trust and no operator sees the ratings. Kept as a dated record: no updates or deletes by the app.
ALTER TABLE "LeadSelfAssessment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "LeadSelfAssessment" FORCE ROW LEVEL SECURITY;
CREATE POLICY lead_self_assessment_own_read ON "LeadSelfAssessment" FOR SELECT
  USING ("schoolId" = app_setting('school_id') AND "personId" = app_setting('person_id'));
CREATE POLICY lead_self_assessment_own_insert ON "LeadSelfAssessment" FOR INSERT
  WITH CHECK ("schoolId" = app_setting('school_id') AND "personId" = app_setting('person_id')
    AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."personId" = app_setting('person_id')
                AND m."schoolId" = app_setting('school_id') AND m.role = 'LEAD'));
