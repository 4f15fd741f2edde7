-- Issue 10, part 5: the network of schools: case studies and questions (decision 0030).

-- CreateEnum
CREATE TYPE "CaseStudyStatus" AS ENUM ('DRAFT', 'AWAITING_CONTACT', 'PUBLISHED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "networkOptIn" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "caseStudyId" TEXT;

-- CreateTable
CREATE TABLE "CaseStudy" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "whatWeDid" TEXT NOT NULL,
    "impact" TEXT NOT NULL,
    "principleKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "criterionIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "contactId" TEXT,
    "contactName" TEXT NOT NULL DEFAULT '',
    "status" "CaseStudyStatus" NOT NULL DEFAULT 'DRAFT',
    "agreedAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseStudy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStudyQuestion" (
    "id" TEXT NOT NULL,
    "caseStudyId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "askerSchoolId" TEXT NOT NULL,
    "askerId" TEXT NOT NULL,
    "askerName" TEXT NOT NULL,
    "askerSchoolName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "reply" TEXT,
    "repliedById" TEXT,
    "replierName" TEXT,
    "repliedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStudyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseStudy_schoolId_idx" ON "CaseStudy"("schoolId");

-- CreateIndex
CREATE INDEX "CaseStudy_status_idx" ON "CaseStudy"("status");

-- CreateIndex
CREATE INDEX "CaseStudyQuestion_caseStudyId_idx" ON "CaseStudyQuestion"("caseStudyId");

-- CreateIndex
CREATE INDEX "CaseStudyQuestion_schoolId_idx" ON "CaseStudyQuestion"("schoolId");

-- CreateIndex
CREATE INDEX "CaseStudyQuestion_askerSchoolId_idx" ON "CaseStudyQuestion"("askerSchoolId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyQuestion" ADD CONSTRAINT "CaseStudyQuestion_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Integrity the Prisma schema cannot express.
-- A notice may now be about a case study as well as a round or a training record.
ALTER TABLE "Notification" DROP CONSTRAINT "Notification_about";
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_about" CHECK (
  "roundId" IS NOT NULL OR "trainingRecordId" IS NOT NULL OR "accreditationId" IS NOT NULL
  OR "caseStudyId" IS NOT NULL);
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_lengths" CHECK (
  char_length(btrim(title)) BETWEEN 1 AND 150 AND char_length(btrim(summary)) BETWEEN 1 AND 600
  AND char_length(btrim("whatWeDid")) BETWEEN 1 AND 4000 AND char_length(btrim(impact)) BETWEEN 1 AND 4000
  AND char_length("contactName") <= 200);
-- Asking the contact needs a contact; publishing needs their agreement.
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_contact_agreed" CHECK (
  (status NOT IN ('AWAITING_CONTACT', 'PUBLISHED') OR "contactId" IS NOT NULL)
  AND (status <> 'PUBLISHED' OR ("agreedAt" IS NOT NULL AND "publishedAt" IS NOT NULL)));
ALTER TABLE "CaseStudyQuestion" ADD CONSTRAINT "CaseStudyQuestion_lengths" CHECK (
  char_length(btrim(body)) BETWEEN 1 AND 2000 AND (reply IS NULL OR char_length(btrim(reply)) BETWEEN 1 AND 2000));
ALTER TABLE "CaseStudyQuestion" ADD CONSTRAINT "CaseStudyQuestion_other_school" CHECK ("askerSchoolId" <> "schoolId");
ALTER TABLE "CaseStudyQuestion" ADD CONSTRAINT "CaseStudyQuestion_reply_whole" CHECK (
  (reply IS NULL) = ("repliedById" IS NULL) AND (reply IS NULL) = ("repliedAt" IS NULL));

-- Full-text search over what a reader sees, in English. The library's query uses this exact
-- expression (lib/network/library.ts), so the planner can use the index.
CREATE INDEX "CaseStudy_search_idx" ON "CaseStudy" USING GIN (
  to_tsvector('english', title || ' ' || summary || ' ' || "whatWeDid" || ' ' || impact));

-- The named contact is a member of the case study's school when it is written.
CREATE FUNCTION case_study_contact_is_member() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."contactId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "Membership" m WHERE m."personId" = NEW."contactId" AND m."schoolId" = NEW."schoolId") THEN
    RAISE EXCEPTION 'case study contact is not a member of the school' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER case_study_contact_is_member BEFORE INSERT OR UPDATE OF "contactId", "schoolId" ON "CaseStudy"
  FOR EACH ROW EXECUTE FUNCTION case_study_contact_is_member();

-- What the contact agreed to is what is published: the words, links and contact change only in a
-- draft (a published case study is withdrawn, edited back into a draft and agreed again).
CREATE FUNCTION case_study_content_frozen() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status NOT IN ('DRAFT', 'WITHDRAWN') AND (NEW.title, NEW.summary, NEW."whatWeDid", NEW.impact, NEW."principleKeys",
      NEW."criterionIds", NEW."contactId", NEW."schoolId")
      IS DISTINCT FROM (OLD.title, OLD.summary, OLD."whatWeDid", OLD.impact, OLD."principleKeys",
      OLD."criterionIds", OLD."contactId", OLD."schoolId") THEN
    RAISE EXCEPTION 'only a draft case study is edited' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER case_study_content_frozen BEFORE UPDATE ON "CaseStudy"
  FOR EACH ROW EXECUTE FUNCTION case_study_content_frozen();

GRANT SELECT, INSERT, UPDATE, DELETE ON "CaseStudy" TO harbour_app;
GRANT SELECT, INSERT ON "CaseStudyQuestion" TO harbour_app;
REVOKE UPDATE, DELETE ON "CaseStudyQuestion" FROM harbour_app;
-- A reply is the only change to a question: its four columns, nothing else.
GRANT UPDATE (reply, "repliedById", "replierName", "repliedAt") ON "CaseStudyQuestion" TO harbour_app;

-- Does the school of this transaction see another school's published case studies? Its own, always;
-- a school of the same trust, always; a school of another trust (or of none) when both have opted
-- in. The reader's school and trust are read from School, never passed in.
CREATE FUNCTION network_sees(owner_school text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT owner_school = app_setting('school_id') OR EXISTS (
    SELECT 1 FROM "School" me, "School" them
     WHERE me.id = app_setting('school_id') AND them.id = owner_school
       AND ((me."trustId" IS NOT NULL AND me."trustId" = them."trustId")
            OR (me."networkOptIn" AND them."networkOptIn"))) $$;
REVOKE ALL ON FUNCTION network_sees(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION network_sees(text) TO harbour_app;

-- Case studies: the school's own in every state; other schools' only when PUBLISHED and visible.
-- These are the only rows of school data that cross schools.
ALTER TABLE "CaseStudy" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CaseStudy" FORCE ROW LEVEL SECURITY;
CREATE POLICY case_study_read ON "CaseStudy" FOR SELECT USING (
  "schoolId" = app_setting('school_id') OR (status = 'PUBLISHED' AND network_sees("schoolId")));
CREATE POLICY case_study_insert ON "CaseStudy" FOR INSERT
  WITH CHECK ("schoolId" = app_setting('school_id') AND status = 'DRAFT' AND "createdById" = app_setting('person_id'));
CREATE POLICY case_study_update ON "CaseStudy" FOR UPDATE
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));
CREATE POLICY case_study_delete ON "CaseStudy" FOR DELETE
  USING ("schoolId" = app_setting('school_id') AND status = 'DRAFT');

-- Questions: the asking school and the publishing school, nobody else. A lead asks about a case
-- study they can see (the EXISTS reads CaseStudy under its own policy) of another school; the
-- publishing school replies once.
ALTER TABLE "CaseStudyQuestion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CaseStudyQuestion" FORCE ROW LEVEL SECURITY;
CREATE POLICY case_study_question_read ON "CaseStudyQuestion" FOR SELECT USING (
  "schoolId" = app_setting('school_id') OR "askerSchoolId" = app_setting('school_id'));
CREATE POLICY case_study_question_ask ON "CaseStudyQuestion" FOR INSERT WITH CHECK (
  "askerSchoolId" = app_setting('school_id') AND "askerId" = app_setting('person_id')
  AND reply IS NULL
  AND EXISTS (SELECT 1 FROM "CaseStudy" c WHERE c.id = "caseStudyId"
              AND c."schoolId" = "CaseStudyQuestion"."schoolId" AND c.status = 'PUBLISHED'));
CREATE POLICY case_study_question_reply ON "CaseStudyQuestion" FOR UPDATE
  USING ("schoolId" = app_setting('school_id') AND reply IS NULL)
  WITH CHECK ("schoolId" = app_setting('school_id') AND "repliedById" = app_setting('person_id'));

-- A question notifies the publishing school's contact and leads, and a reply the asker, in the
-- other school's Harbour. Neither side may write another school's notifications, so these run as
-- the owner and, for their own statements only, take the other school as the tenant (the owner is
-- no superuser on a server, so the policies still apply), then put the caller's tenant back.
CREATE FUNCTION case_study_question_notify() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  caller text := current_setting('app.school_id', true);
  study_title text;
  publisher text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM set_config('app.school_id', NEW."schoolId", true);
    SELECT title INTO study_title FROM "CaseStudy" WHERE id = NEW."caseStudyId";
    INSERT INTO "Notification" (id, "schoolId", "personId", "caseStudyId", message)
    SELECT gen_random_uuid()::text, NEW."schoolId", m."personId", NEW."caseStudyId",
           left(format('%s asked a question about "%s".', NEW."askerSchoolName", study_title), 2000)
      FROM "Membership" m
     WHERE m."schoolId" = NEW."schoolId"
       AND (m.role = 'LEAD' OR m."personId" = (SELECT "contactId" FROM "CaseStudy" WHERE id = NEW."caseStudyId"));
  ELSIF OLD.reply IS NULL AND NEW.reply IS NOT NULL THEN
    SELECT c.title, s.name INTO study_title, publisher
      FROM "CaseStudy" c JOIN "School" s ON s.id = c."schoolId" WHERE c.id = NEW."caseStudyId";
    PERFORM set_config('app.school_id', NEW."askerSchoolId", true);
    INSERT INTO "Notification" (id, "schoolId", "personId", "caseStudyId", message)
    SELECT gen_random_uuid()::text, NEW."askerSchoolId", m."personId", NEW."caseStudyId",
           left(format('%s replied to your question about "%s".', publisher, study_title), 2000)
      FROM "Membership" m
     WHERE m."schoolId" = NEW."askerSchoolId" AND m."personId" = NEW."askerId";
  END IF;
  PERFORM set_config('app.school_id', coalesce(caller, ''), true);
  RETURN NEW;
END $$;
CREATE TRIGGER case_study_question_notify AFTER INSERT OR UPDATE OF reply ON "CaseStudyQuestion"
  FOR EACH ROW EXECUTE FUNCTION case_study_question_notify();
REVOKE ALL ON FUNCTION case_study_question_notify() FROM PUBLIC;

