-- Issue 8, part 6: jobs that run by themselves: round and training reminders, each person's channel,
-- and what the operator's health page reads (decision 0020).
-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('ROUND', 'EXPIRY', 'RENEWAL');

-- CreateTable
CREATE TABLE "RoundReminders" (
    "roundId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "firstDaysBefore" INTEGER NOT NULL,
    "secondDaysBefore" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoundReminders_pkey" PRIMARY KEY ("roundId")
);

-- CreateTable
CREATE TABLE "ReminderSent" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "emailed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderChannel" (
    "personId" TEXT NOT NULL,
    "emailReminders" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderChannel_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "MailOutcome" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL,
    "job" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "ok" BOOLEAN,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RoundReminders_schoolId_idx" ON "RoundReminders"("schoolId");

-- CreateIndex
CREATE INDEX "ReminderSent_schoolId_createdAt_idx" ON "ReminderSent"("schoolId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderSent_kind_subjectId_personId_stage_key" ON "ReminderSent"("kind", "subjectId", "personId", "stage");

-- CreateIndex
CREATE INDEX "MailOutcome_at_idx" ON "MailOutcome"("at");

-- CreateIndex
CREATE INDEX "JobRun_job_startedAt_idx" ON "JobRun"("job", "startedAt");

-- CreateIndex
CREATE INDEX "JobRun_startedAt_idx" ON "JobRun"("startedAt");

-- AddForeignKey
ALTER TABLE "RoundReminders" ADD CONSTRAINT "RoundReminders_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderSent" ADD CONSTRAINT "ReminderSent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderSent" ADD CONSTRAINT "ReminderSent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderChannel" ADD CONSTRAINT "ReminderChannel_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "RoundReminders" ADD CONSTRAINT "RoundReminders_days" CHECK (
  "firstDaysBefore" BETWEEN 1 AND 60
  AND ("secondDaysBefore" IS NULL OR "secondDaysBefore" BETWEEN 0 AND "firstDaysBefore" - 1));

GRANT SELECT, INSERT, UPDATE, DELETE ON "RoundReminders", "ReminderSent", "ReminderChannel",
  "MailOutcome", "JobRun" TO harbour_app;

-- A round's reminder days belong to its school.
ALTER TABLE "RoundReminders" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RoundReminders" FORCE ROW LEVEL SECURITY;
CREATE POLICY round_reminders_school ON "RoundReminders" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

-- Reminders decided are school data: the worker writes them under each school's scope in turn.
ALTER TABLE "ReminderSent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReminderSent" FORCE ROW LEVEL SECURITY;
CREATE POLICY reminder_sent_school ON "ReminderSent" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

-- A person's channel is theirs to set (signed in, or through a signed unsubscribe link that scopes
-- the transaction to them); a school's worker may read it for the school's own members.
ALTER TABLE "ReminderChannel" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReminderChannel" FORCE ROW LEVEL SECURITY;
CREATE POLICY reminder_channel_read ON "ReminderChannel" FOR SELECT USING (
  "personId" = app_setting('person_id')
  OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."personId" = "ReminderChannel"."personId"
             AND m."schoolId" = app_setting('school_id')));
CREATE POLICY reminder_channel_insert ON "ReminderChannel" FOR INSERT
  WITH CHECK ("personId" = app_setting('person_id'));
CREATE POLICY reminder_channel_update ON "ReminderChannel" FOR UPDATE
  USING ("personId" = app_setting('person_id')) WITH CHECK ("personId" = app_setting('person_id'));

-- MailOutcome and JobRun hold no tenant data (a kind, a time, an outcome), so they have no policy.
