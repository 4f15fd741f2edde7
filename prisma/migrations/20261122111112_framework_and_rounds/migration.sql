-- CreateEnum
CREATE TYPE "RoundMode" AS ENUM ('NAMED', 'CONFIDENTIAL');

-- CreateEnum
CREATE TYPE "RoundAudience" AS ENUM ('ALL_STAFF', 'JOB_ROLES');

-- CreateEnum
CREATE TYPE "ResponseStatus" AS ENUM ('IN_PROGRESS', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "ResponseSource" AS ENUM ('ONLINE', 'CSV_IMPORT');

-- CreateEnum
CREATE TYPE "Barrier" AS ENUM ('TIME', 'FUNDING', 'LEADERSHIP_SUPPORT', 'COMPETING_PRIORITIES', 'STARTING_KNOWLEDGE', 'OTHER');

-- CreateEnum
CREATE TYPE "TrainingFormat" AS ENUM ('ONLINE_SELF_PACED', 'LIVE_ONLINE', 'FACE_TO_FACE', 'IN_SCHOOL', 'COACHING_SUPERVISION');

-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT,
    "trustId" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "adoptedFrom" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkVersion" (
    "id" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "schoolId" TEXT,
    "trustId" TEXT,
    "number" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "changeSummary" TEXT NOT NULL,
    "targetTier1" INTEGER NOT NULL DEFAULT 3,
    "targetTier2" INTEGER NOT NULL DEFAULT 3,
    "targetTier3" INTEGER NOT NULL DEFAULT 3,
    "ratingScale" JSONB NOT NULL,

    CONSTRAINT "FrameworkVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkDomain" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "schoolId" TEXT,
    "trustId" TEXT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,

    CONSTRAINT "FrameworkDomain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Competency" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "schoolId" TEXT,
    "trustId" TEXT,
    "code" TEXT NOT NULL,
    "domainCode" TEXT NOT NULL,
    "tier" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "guidance" TEXT,
    "examples" TEXT[],
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Competency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "frameworkVersionId" TEXT NOT NULL,
    "audience" "RoundAudience" NOT NULL,
    "jobRoles" "JobRole"[],
    "mode" "RoundMode" NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "remindedAt" TIMESTAMP(3),

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "frameworkVersionId" TEXT NOT NULL,
    "jobRole" "JobRole" NOT NULL,
    "requiredTier" INTEGER NOT NULL,
    "status" "ResponseStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "source" "ResponseSource" NOT NULL DEFAULT 'ONLINE',
    "submittedAt" TIMESTAMP(3),
    "submitKey" TEXT,
    "currentStep" INTEGER NOT NULL DEFAULT 0,
    "barriers" "Barrier"[],
    "barrierOther" TEXT,
    "preferredFormats" "TrainingFormat"[],
    "overallConfidence" INTEGER,
    "wellbeing" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "competencyCode" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Framework_schoolId_key" ON "Framework"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "Framework_trustId_key" ON "Framework"("trustId");

-- CreateIndex
CREATE INDEX "FrameworkVersion_schoolId_idx" ON "FrameworkVersion"("schoolId");

-- CreateIndex
CREATE INDEX "FrameworkVersion_trustId_idx" ON "FrameworkVersion"("trustId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkVersion_frameworkId_number_key" ON "FrameworkVersion"("frameworkId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkDomain_versionId_code_key" ON "FrameworkDomain"("versionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Competency_versionId_code_key" ON "Competency"("versionId", "code");

-- CreateIndex
CREATE INDEX "Round_schoolId_opensAt_idx" ON "Round"("schoolId", "opensAt");

-- CreateIndex
CREATE UNIQUE INDEX "Response_submitKey_key" ON "Response"("submitKey");

-- CreateIndex
CREATE INDEX "Response_schoolId_idx" ON "Response"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "Response_roundId_personId_key" ON "Response"("roundId", "personId");

-- CreateIndex
CREATE INDEX "Answer_schoolId_idx" ON "Answer"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_responseId_competencyCode_key" ON "Answer"("responseId", "competencyCode");

-- CreateIndex
CREATE INDEX "Notification_personId_readAt_idx" ON "Notification"("personId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_schoolId_idx" ON "Notification"("schoolId");

-- AddForeignKey
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkDomain" ADD CONSTRAINT "FrameworkDomain_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "FrameworkVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competency" ADD CONSTRAINT "Competency_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "FrameworkVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competency" ADD CONSTRAINT "Competency_versionId_domainCode_fkey" FOREIGN KEY ("versionId", "domainCode") REFERENCES "FrameworkDomain"("versionId", "code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Written by hand: integrity the Prisma schema cannot express, and row-level security.

-- Framework rows belong to a school, or a trust, or (both null) to Harbour's global default.
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_one_owner" CHECK ("schoolId" IS NULL OR "trustId" IS NULL);
ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_one_owner" CHECK ("schoolId" IS NULL OR "trustId" IS NULL);
ALTER TABLE "FrameworkDomain" ADD CONSTRAINT "FrameworkDomain_one_owner" CHECK ("schoolId" IS NULL OR "trustId" IS NULL);
ALTER TABLE "Competency" ADD CONSTRAINT "Competency_one_owner" CHECK ("schoolId" IS NULL OR "trustId" IS NULL);
CREATE UNIQUE INDEX "Framework_one_global_default" ON "Framework" ((true)) WHERE "schoolId" IS NULL AND "trustId" IS NULL;

ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_number" CHECK (number >= 1);
ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_targets" CHECK (
  "targetTier1" BETWEEN 1 AND 4 AND "targetTier2" BETWEEN 1 AND 4 AND "targetTier3" BETWEEN 1 AND 4);
ALTER TABLE "FrameworkDomain" ADD CONSTRAINT "FrameworkDomain_code" CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$');
ALTER TABLE "FrameworkDomain" ADD CONSTRAINT "FrameworkDomain_name" CHECK (char_length(name) BETWEEN 1 AND 200);
ALTER TABLE "Competency" ADD CONSTRAINT "Competency_code" CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$');
ALTER TABLE "Competency" ADD CONSTRAINT "Competency_tier" CHECK (tier BETWEEN 1 AND 3);
ALTER TABLE "Competency" ADD CONSTRAINT "Competency_statement" CHECK (char_length(statement) BETWEEN 1 AND 1000);

ALTER TABLE "Round" ADD CONSTRAINT "Round_dates" CHECK ("closesAt" > "opensAt");
ALTER TABLE "Round" ADD CONSTRAINT "Round_title" CHECK (char_length(title) BETWEEN 1 AND 200);
ALTER TABLE "Round" ADD CONSTRAINT "Round_audience" CHECK (
  (audience = 'ALL_STAFF' AND cardinality("jobRoles") = 0)
  OR (audience = 'JOB_ROLES' AND cardinality("jobRoles") > 0));

ALTER TABLE "Response" ADD CONSTRAINT "Response_required_tier" CHECK ("requiredTier" BETWEEN 1 AND 3);
ALTER TABLE "Response" ADD CONSTRAINT "Response_confidence" CHECK ("overallConfidence" BETWEEN 1 AND 5);
ALTER TABLE "Response" ADD CONSTRAINT "Response_current_step" CHECK ("currentStep" >= 0);
ALTER TABLE "Response" ADD CONSTRAINT "Response_submitted" CHECK ((status = 'SUBMITTED') = ("submittedAt" IS NOT NULL));
ALTER TABLE "Response" ADD CONSTRAINT "Response_barrier_other" CHECK (char_length("barrierOther") <= 500);
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_rating" CHECK (rating BETWEEN 0 AND 4);
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_comment" CHECK (char_length(comment) <= 2000);
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_message" CHECK (char_length(message) BETWEEN 1 AND 2000);

-- Answers are read-only once their response is submitted, whatever the app does.
CREATE FUNCTION answer_requires_open_response() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Response" r WHERE r.id = NEW."responseId" AND r.status = 'SUBMITTED') THEN
    RAISE EXCEPTION 'answers are read-only once the response is submitted';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Answer_requires_open_response" BEFORE INSERT OR UPDATE ON "Answer"
  FOR EACH ROW EXECUTE FUNCTION answer_requires_open_response();

-- Default privileges from the earlier migration cover these tables when the same owner migrates;
-- granting explicitly keeps it true when a server migrates as a different owner role.
GRANT SELECT, INSERT, UPDATE, DELETE ON "Framework", "FrameworkVersion", "FrameworkDomain", "Competency",
  "Round", "Response", "Answer", "Notification" TO harbour_app;

-- Framework rows: the global default is readable by all; a school's or trust's by that tenant; a
-- trust's also by its schools (so they can adopt it). New global rows are only written by
-- ensureDefaultFramework(), which sets app.seed_default for its own transaction.
CREATE FUNCTION framework_readable(school_id text, trust_id text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT (school_id IS NULL AND trust_id IS NULL)
    OR school_id = app_setting('school_id')
    OR trust_id = app_setting('trust_id')
    OR trust_id = (SELECT s."trustId" FROM "School" s WHERE s.id = app_setting('school_id')) $$;
CREATE FUNCTION framework_writable(school_id text, trust_id text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT school_id = app_setting('school_id')
    OR trust_id = app_setting('trust_id')
    OR (school_id IS NULL AND trust_id IS NULL AND app_setting('seed_default') = 'on') $$;

ALTER TABLE "Framework" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Framework" FORCE ROW LEVEL SECURITY;
CREATE POLICY framework_read ON "Framework" FOR SELECT USING (framework_readable("schoolId", "trustId"));
CREATE POLICY framework_insert ON "Framework" FOR INSERT WITH CHECK (framework_writable("schoolId", "trustId"));
CREATE POLICY framework_update ON "Framework" FOR UPDATE
  USING ("schoolId" = app_setting('school_id') OR "trustId" = app_setting('trust_id'))
  WITH CHECK ("schoolId" = app_setting('school_id') OR "trustId" = app_setting('trust_id'));

-- Versions and their rows are immutable: there is no update or delete policy.
ALTER TABLE "FrameworkVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "FrameworkVersion" FORCE ROW LEVEL SECURITY;
CREATE POLICY framework_version_read ON "FrameworkVersion" FOR SELECT USING (framework_readable("schoolId", "trustId"));
CREATE POLICY framework_version_insert ON "FrameworkVersion" FOR INSERT WITH CHECK (framework_writable("schoolId", "trustId"));

ALTER TABLE "FrameworkDomain" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "FrameworkDomain" FORCE ROW LEVEL SECURITY;
CREATE POLICY framework_domain_read ON "FrameworkDomain" FOR SELECT USING (framework_readable("schoolId", "trustId"));
CREATE POLICY framework_domain_insert ON "FrameworkDomain" FOR INSERT WITH CHECK (framework_writable("schoolId", "trustId"));

ALTER TABLE "Competency" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Competency" FORCE ROW LEVEL SECURITY;
CREATE POLICY competency_read ON "Competency" FOR SELECT USING (framework_readable("schoolId", "trustId"));
CREATE POLICY competency_insert ON "Competency" FOR INSERT WITH CHECK (framework_writable("schoolId", "trustId"));

-- Rounds, responses and answers belong to one school. Staff act with their school set, so the
-- school policy covers their own response; the app checks that it is their own.
ALTER TABLE "Round" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Round" FORCE ROW LEVEL SECURITY;
CREATE POLICY round_school ON "Round" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

ALTER TABLE "Response" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Response" FORCE ROW LEVEL SECURITY;
CREATE POLICY response_school ON "Response" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

ALTER TABLE "Answer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Answer" FORCE ROW LEVEL SECURITY;
CREATE POLICY answer_school ON "Answer" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

-- A notification is written within its school and read (and marked read) by its school or its person.
ALTER TABLE "Notification" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Notification" FORCE ROW LEVEL SECURITY;
CREATE POLICY notification_school ON "Notification" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));
CREATE POLICY notification_own_read ON "Notification" FOR SELECT USING ("personId" = app_setting('person_id'));
CREATE POLICY notification_own_update ON "Notification" FOR UPDATE
  USING ("personId" = app_setting('person_id')) WITH CHECK ("personId" = app_setting('person_id'));
