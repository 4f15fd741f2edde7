-- Issue 10, part 4: the accreditation process: self-evaluation, peer review, visit, decision, renewal
-- reminders (decision 0028). The scheme itself is in 20261204120000_accreditation.

-- CreateEnum
CREATE TYPE "AccreditationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'REVIEWED', 'VISITED', 'DECIDED');

-- CreateEnum
CREATE TYPE "CriterionRating" AS ENUM ('NOT_YET', 'WORKING_TOWARDS', 'MET', 'EXCEEDS');

-- CreateEnum
CREATE TYPE "AccreditationLevel" AS ENUM ('WORKING_TOWARDS', 'ACCREDITED', 'DISTINCTION');

-- CreateEnum
CREATE TYPE "Interviewee" AS ENUM ('STAFF', 'PUPILS', 'PARENTS', 'GOVERNORS');

-- AlterEnum
ALTER TYPE "ReminderKind" ADD VALUE 'ACCREDITATION_RENEWAL';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "accreditationId" TEXT;

-- CreateTable
CREATE TABLE "AccreditationSubmission" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "status" "AccreditationStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "measures" JSONB,
    "reviewerId" TEXT,
    "reviewerName" TEXT,
    "reviewerSchoolName" TEXT,
    "assignedById" TEXT,
    "assignedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "level" "AccreditationLevel",
    "feedback" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "renewalDue" DATE,

    CONSTRAINT "AccreditationSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccreditationSelfRating" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "criterionKey" TEXT NOT NULL,
    "rating" "CriterionRating" NOT NULL,
    "narrative" TEXT NOT NULL DEFAULT '',
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccreditationSelfRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccreditationPeerRating" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "criterionKey" TEXT NOT NULL,
    "rating" "CriterionRating" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "reviewerId" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccreditationPeerRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccreditationVisit" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "visitedOn" DATE NOT NULL,
    "assessors" TEXT[],
    "interviewed" "Interviewee"[],
    "findings" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccreditationVisit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccreditationSubmission_schoolId_idx" ON "AccreditationSubmission"("schoolId");

-- CreateIndex
CREATE INDEX "AccreditationSubmission_reviewerId_idx" ON "AccreditationSubmission"("reviewerId");

-- CreateIndex
CREATE INDEX "AccreditationSelfRating_schoolId_idx" ON "AccreditationSelfRating"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "AccreditationSelfRating_submissionId_criterionId_key" ON "AccreditationSelfRating"("submissionId", "criterionId");

-- CreateIndex
CREATE INDEX "AccreditationPeerRating_schoolId_idx" ON "AccreditationPeerRating"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "AccreditationPeerRating_submissionId_criterionId_key" ON "AccreditationPeerRating"("submissionId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "AccreditationVisit_submissionId_key" ON "AccreditationVisit"("submissionId");

-- CreateIndex
CREATE INDEX "AccreditationVisit_schoolId_idx" ON "AccreditationVisit"("schoolId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_accreditationId_fkey" FOREIGN KEY ("accreditationId") REFERENCES "AccreditationSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccreditationSubmission" ADD CONSTRAINT "AccreditationSubmission_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccreditationSubmission" ADD CONSTRAINT "AccreditationSubmission_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "AccreditationScheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccreditationSelfRating" ADD CONSTRAINT "AccreditationSelfRating_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "AccreditationSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccreditationPeerRating" ADD CONSTRAINT "AccreditationPeerRating_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "AccreditationSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccreditationVisit" ADD CONSTRAINT "AccreditationVisit_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "AccreditationSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A notice is about a round, a training record, or now an accreditation (its renewal is due).
ALTER TABLE "Notification" DROP CONSTRAINT "Notification_about";
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_about" CHECK (
  "roundId" IS NOT NULL OR "trainingRecordId" IS NOT NULL OR "accreditationId" IS NOT NULL);

-- Integrity the Prisma schema cannot express.
-- One submission in progress per school: a new cycle starts only once the last one is decided.
CREATE UNIQUE INDEX "AccreditationSubmission_one_open" ON "AccreditationSubmission"("schoolId")
  WHERE status <> 'DECIDED';
ALTER TABLE "AccreditationSubmission" ADD CONSTRAINT "AccreditationSubmission_reviewer" CHECK (
  status IN ('DRAFT', 'SUBMITTED') OR ("reviewerId" IS NOT NULL AND "assignedAt" IS NOT NULL));
-- A decision names a level; accredited levels carry their renewal date, "not yet" its feedback.
ALTER TABLE "AccreditationSubmission" ADD CONSTRAINT "AccreditationSubmission_decision" CHECK (
  (status <> 'DECIDED' AND level IS NULL AND "renewalDue" IS NULL)
  OR (status = 'DECIDED' AND "decidedAt" IS NOT NULL AND (
        (level = 'WORKING_TOWARDS' AND "renewalDue" IS NULL AND length(btrim(coalesce(feedback, ''))) > 0)
        OR (level IN ('ACCREDITED', 'DISTINCTION') AND "renewalDue" IS NOT NULL))));
ALTER TABLE "AccreditationVisit" ADD CONSTRAINT "AccreditationVisit_findings" CHECK (length(btrim(findings)) > 0);
ALTER TABLE "AccreditationVisit" ADD CONSTRAINT "AccreditationVisit_assessors" CHECK (cardinality(assessors) >= 1);

-- The process moves one way, one step at a time; a decision needs a recorded visit.
CREATE FUNCTION accreditation_status_step() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = OLD.status THEN RETURN NEW; END IF;
  IF NOT ((OLD.status = 'DRAFT' AND NEW.status = 'SUBMITTED')
       OR (OLD.status = 'SUBMITTED' AND NEW.status = 'IN_REVIEW')
       OR (OLD.status = 'IN_REVIEW' AND NEW.status = 'REVIEWED')
       OR (OLD.status = 'REVIEWED' AND NEW.status = 'VISITED')
       OR (OLD.status = 'VISITED' AND NEW.status = 'DECIDED')) THEN
    RAISE EXCEPTION 'an accreditation cannot go from % to %', OLD.status, NEW.status USING ERRCODE = '23514';
  END IF;
  IF NEW.status = 'DECIDED' AND NOT EXISTS (SELECT 1 FROM "AccreditationVisit" v WHERE v."submissionId" = NEW.id) THEN
    RAISE EXCEPTION 'an accreditation is decided only after its visit' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER accreditation_status_step BEFORE UPDATE OF status ON "AccreditationSubmission"
  FOR EACH ROW EXECUTE FUNCTION accreditation_status_step();

-- The peer reviewer leads another school in the same trust (the app checks it first, with words).
-- Run as the caller: the trust leader's scope can read its schools' memberships.
CREATE FUNCTION accreditation_reviewer_in_trust() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."reviewerId" IS NOT NULL AND NEW."reviewerId" IS DISTINCT FROM OLD."reviewerId" AND NOT EXISTS (
    SELECT 1 FROM "Membership" m JOIN "School" s ON s.id = m."schoolId"
    JOIN "School" own ON own.id = NEW."schoolId"
    WHERE m."personId" = NEW."reviewerId" AND m.role = 'LEAD' AND s.id <> own.id
      AND own."trustId" IS NOT NULL AND s."trustId" = own."trustId") THEN
    RAISE EXCEPTION 'the peer reviewer must lead another school in the trust' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER accreditation_reviewer_in_trust BEFORE UPDATE OF "reviewerId" ON "AccreditationSubmission"
  FOR EACH ROW EXECUTE FUNCTION accreditation_reviewer_in_trust();

GRANT SELECT, INSERT, UPDATE, DELETE ON "AccreditationSubmission", "AccreditationSelfRating",
  "AccreditationPeerRating", "AccreditationVisit" TO harbour_app;

-- Who sees a submission beyond its school: its trust once submitted, and its assigned peer reviewer
-- (that submission only, keyed on the assignment; nothing else of the school).
CREATE FUNCTION accreditation_trust_of(school_id text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT school_id IN (SELECT s.id FROM "School" s WHERE s."trustId" = app_setting('trust_id')) $$;

ALTER TABLE "AccreditationSubmission" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccreditationSubmission" FORCE ROW LEVEL SECURITY;
CREATE POLICY accreditation_school_read ON "AccreditationSubmission" FOR SELECT
  USING ("schoolId" = app_setting('school_id'));
CREATE POLICY accreditation_school_start ON "AccreditationSubmission" FOR INSERT
  WITH CHECK ("schoolId" = app_setting('school_id') AND status = 'DRAFT' AND "reviewerId" IS NULL);
-- The school edits only its draft, and may only submit it.
CREATE POLICY accreditation_school_edit ON "AccreditationSubmission" FOR UPDATE
  USING ("schoolId" = app_setting('school_id') AND status = 'DRAFT')
  WITH CHECK ("schoolId" = app_setting('school_id') AND status IN ('DRAFT', 'SUBMITTED') AND "reviewerId" IS NULL);
CREATE POLICY accreditation_trust_read ON "AccreditationSubmission" FOR SELECT
  USING (status <> 'DRAFT' AND accreditation_trust_of("schoolId"));
CREATE POLICY accreditation_trust_manage ON "AccreditationSubmission" FOR UPDATE
  USING (status IN ('SUBMITTED', 'REVIEWED', 'VISITED') AND accreditation_trust_of("schoolId"))
  WITH CHECK (status IN ('IN_REVIEW', 'VISITED', 'DECIDED') AND accreditation_trust_of("schoolId"));
CREATE POLICY accreditation_reviewer_read ON "AccreditationSubmission" FOR SELECT
  USING (status <> 'DRAFT' AND "reviewerId" = app_setting('person_id'));
CREATE POLICY accreditation_reviewer_finish ON "AccreditationSubmission" FOR UPDATE
  USING (status = 'IN_REVIEW' AND "reviewerId" = app_setting('person_id'))
  WITH CHECK (status IN ('IN_REVIEW', 'REVIEWED') AND "reviewerId" = app_setting('person_id'));

-- The school's ratings: readable with their submission, written by the school only while DRAFT.
ALTER TABLE "AccreditationSelfRating" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccreditationSelfRating" FORCE ROW LEVEL SECURITY;
CREATE POLICY accreditation_self_read ON "AccreditationSelfRating" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "AccreditationSubmission" s WHERE s.id = "submissionId"));
CREATE POLICY accreditation_self_write ON "AccreditationSelfRating" FOR ALL
  USING ("schoolId" = app_setting('school_id') AND EXISTS (SELECT 1 FROM "AccreditationSubmission" s
         WHERE s.id = "submissionId" AND s.status = 'DRAFT'))
  WITH CHECK ("schoolId" = app_setting('school_id') AND EXISTS (SELECT 1 FROM "AccreditationSubmission" s
         WHERE s.id = "submissionId" AND s."schoolId" = "schoolId" AND s.status = 'DRAFT'));

-- The reviewer's ratings: the reviewer sees and writes their own while reviewing; the school and
-- the trust read them once the review is sent.
ALTER TABLE "AccreditationPeerRating" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccreditationPeerRating" FORCE ROW LEVEL SECURITY;
CREATE POLICY accreditation_peer_read ON "AccreditationPeerRating" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "AccreditationSubmission" s WHERE s.id = "submissionId"
         AND (s."reviewerId" = app_setting('person_id') OR s.status IN ('REVIEWED', 'VISITED', 'DECIDED'))));
CREATE POLICY accreditation_peer_write ON "AccreditationPeerRating" FOR ALL
  USING ("reviewerId" = app_setting('person_id') AND EXISTS (SELECT 1 FROM "AccreditationSubmission" s
         WHERE s.id = "submissionId" AND s.status = 'IN_REVIEW' AND s."reviewerId" = app_setting('person_id')))
  WITH CHECK ("reviewerId" = app_setting('person_id') AND EXISTS (SELECT 1 FROM "AccreditationSubmission" s
         WHERE s.id = "submissionId" AND s."schoolId" = "schoolId" AND s.status = 'IN_REVIEW'
           AND s."reviewerId" = app_setting('person_id')));

-- The visit: readable with its submission, recorded by the school's trust once the review is in.
ALTER TABLE "AccreditationVisit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccreditationVisit" FORCE ROW LEVEL SECURITY;
CREATE POLICY accreditation_visit_read ON "AccreditationVisit" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "AccreditationSubmission" s WHERE s.id = "submissionId"));
CREATE POLICY accreditation_visit_record ON "AccreditationVisit" FOR INSERT
  WITH CHECK (accreditation_trust_of("schoolId") AND EXISTS (SELECT 1 FROM "AccreditationSubmission" s
         WHERE s.id = "submissionId" AND s."schoolId" = "schoolId" AND s.status = 'REVIEWED'));

-- A trust's own scheme is readable also by the peer reviewers of its schools' submissions.
CREATE OR REPLACE FUNCTION accreditation_scheme_readable(trust_id text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT trust_id IS NULL
    OR trust_id = app_setting('trust_id')
    OR trust_id = (SELECT s."trustId" FROM "School" s WHERE s.id = app_setting('school_id'))
    OR trust_id IN (SELECT s."trustId" FROM "School" s JOIN "AccreditationSubmission" a ON a."schoolId" = s.id
                    WHERE a."reviewerId" = app_setting('person_id')) $$;

-- The trust leader chooses peer reviewers among the leads of the trust's schools, so may read those
-- leads' names (and only theirs: no other staff member of a school is visible to the trust).
CREATE POLICY person_trust_school_leads ON "Person" FOR SELECT USING (
  EXISTS (SELECT 1 FROM "Membership" m JOIN "School" s ON s.id = m."schoolId"
          WHERE m."personId" = "Person".id AND m.role = 'LEAD' AND s."trustId" = app_setting('trust_id')));
