-- CreateEnum
CREATE TYPE "CourseFormat" AS ENUM ('ONLINE_SELF_PACED', 'LIVE_ONLINE', 'FACE_TO_FACE', 'IN_SCHOOL');

-- CreateEnum
CREATE TYPE "CostModel" AS ENUM ('PER_PLACE', 'PER_SESSION');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'APPROVED');

-- CreateEnum
CREATE TYPE "Term" AS ENUM ('AUTUMN', 'SPRING', 'SUMMER');

-- CreateTable
CREATE TABLE "Course" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT,
    "trustId" TEXT,
    "starterKey" TEXT,
    "provider" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "tier" INTEGER NOT NULL,
    "format" "CourseFormat" NOT NULL,
    "hoursPerParticipant" DOUBLE PRECISION NOT NULL,
    "costModel" "CostModel" NOT NULL,
    "costPence" INTEGER NOT NULL,
    "sessionCapacity" INTEGER,
    "qualityAssured" BOOLEAN NOT NULL DEFAULT false,
    "refreshMonths" INTEGER,
    "bookingUrl" TEXT,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseOutcome" (
    "courseId" TEXT NOT NULL,
    "competencyCode" TEXT NOT NULL,
    "level" INTEGER NOT NULL,

    CONSTRAINT "CourseOutcome_pkey" PRIMARY KEY ("courseId","competencyCode")
);

-- CreateTable
CREATE TABLE "TrainingPlan" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "limits" JSONB NOT NULL,
    "method" TEXT NOT NULL,
    "optimalityGap" DOUBLE PRECISION,
    "summary" JSONB NOT NULL,
    "changeNote" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanItem" (
    "id" TEXT NOT NULL,
    "planVersionId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "term" "Term" NOT NULL,
    "sessions" INTEGER NOT NULL DEFAULT 0,
    "costPence" INTEGER NOT NULL,
    "hours" DOUBLE PRECISION NOT NULL,
    "why" TEXT NOT NULL,
    "closes" JSONB NOT NULL,

    CONSTRAINT "PlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAttendee" (
    "id" TEXT NOT NULL,
    "planItemId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "personId" TEXT,
    "groupKey" TEXT,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlanAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingRecord" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "courseId" TEXT,
    "externalTitle" TEXT,
    "completedOn" DATE NOT NULL,
    "hours" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "expiresOn" DATE,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Course_starterKey_key" ON "Course"("starterKey");

-- CreateIndex
CREATE INDEX "Course_schoolId_idx" ON "Course"("schoolId");

-- CreateIndex
CREATE INDEX "Course_trustId_idx" ON "Course"("trustId");

-- CreateIndex
CREATE INDEX "TrainingPlan_schoolId_idx" ON "TrainingPlan"("schoolId");

-- CreateIndex
CREATE INDEX "PlanVersion_schoolId_idx" ON "PlanVersion"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_planId_number_key" ON "PlanVersion"("planId", "number");

-- CreateIndex
CREATE INDEX "PlanItem_planVersionId_idx" ON "PlanItem"("planVersionId");

-- CreateIndex
CREATE INDEX "PlanItem_schoolId_idx" ON "PlanItem"("schoolId");

-- CreateIndex
CREATE INDEX "PlanAttendee_planItemId_idx" ON "PlanAttendee"("planItemId");

-- CreateIndex
CREATE INDEX "PlanAttendee_schoolId_personId_idx" ON "PlanAttendee"("schoolId", "personId");

-- CreateIndex
CREATE INDEX "TrainingRecord_schoolId_expiresOn_idx" ON "TrainingRecord"("schoolId", "expiresOn");

-- CreateIndex
CREATE INDEX "TrainingRecord_schoolId_personId_idx" ON "TrainingRecord"("schoolId", "personId");

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseOutcome" ADD CONSTRAINT "CourseOutcome_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingPlan" ADD CONSTRAINT "TrainingPlan_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingPlan" ADD CONSTRAINT "TrainingPlan_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TrainingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_planVersionId_fkey" FOREIGN KEY ("planVersionId") REFERENCES "PlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAttendee" ADD CONSTRAINT "PlanAttendee_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Integrity the Prisma schema cannot express.
ALTER TABLE "Course" ADD CONSTRAINT "Course_owner" CHECK ("schoolId" IS NULL OR "trustId" IS NULL);
ALTER TABLE "Course" ADD CONSTRAINT "Course_tier" CHECK (tier BETWEEN 1 AND 3);
ALTER TABLE "Course" ADD CONSTRAINT "Course_hours" CHECK ("hoursPerParticipant" > 0 AND "hoursPerParticipant" <= 500);
ALTER TABLE "Course" ADD CONSTRAINT "Course_cost" CHECK ("costPence" >= 0 AND "costPence" <= 100000000);
ALTER TABLE "Course" ADD CONSTRAINT "Course_capacity" CHECK (
  ("costModel" = 'PER_SESSION' AND "sessionCapacity" BETWEEN 1 AND 500) OR ("costModel" = 'PER_PLACE'));
ALTER TABLE "Course" ADD CONSTRAINT "Course_refresh" CHECK ("refreshMonths" IS NULL OR "refreshMonths" BETWEEN 1 AND 120);
ALTER TABLE "CourseOutcome" ADD CONSTRAINT "CourseOutcome_level" CHECK (level BETWEEN 1 AND 4);
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_amounts" CHECK ("costPence" >= 0 AND sessions >= 0 AND hours >= 0);
ALTER TABLE "PlanAttendee" ADD CONSTRAINT "PlanAttendee_who" CHECK (
  ("personId" IS NOT NULL AND "groupKey" IS NULL AND count = 1) OR ("personId" IS NULL AND "groupKey" IS NOT NULL AND count >= 1));
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_what" CHECK ("courseId" IS NOT NULL OR "externalTitle" IS NOT NULL);
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_hours" CHECK (hours > 0 AND hours <= 500);

GRANT SELECT, INSERT, UPDATE, DELETE ON "Course", "CourseOutcome", "TrainingPlan", "PlanVersion", "PlanItem",
  "PlanAttendee", "TrainingRecord" TO harbour_app;

-- Courses are owned like frameworks: Harbour's starter catalogue (read by all), a trust's (read by
-- its schools), or a school's own.
ALTER TABLE "Course" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Course" FORCE ROW LEVEL SECURITY;
CREATE POLICY course_read ON "Course" FOR SELECT USING (framework_readable("schoolId", "trustId"));
CREATE POLICY course_write ON "Course" FOR ALL
  USING ("schoolId" = app_setting('school_id') OR "trustId" = app_setting('trust_id'))
  WITH CHECK ("schoolId" = app_setting('school_id') OR "trustId" = app_setting('trust_id'));

-- An outcome follows its course: the subquery is itself filtered by the course policies.
ALTER TABLE "CourseOutcome" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CourseOutcome" FORCE ROW LEVEL SECURITY;
CREATE POLICY course_outcome_read ON "CourseOutcome" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "Course" c WHERE c.id = "courseId"));
CREATE POLICY course_outcome_write ON "CourseOutcome" FOR ALL
  USING (EXISTS (SELECT 1 FROM "Course" c WHERE c.id = "courseId"
                 AND (c."schoolId" = app_setting('school_id') OR c."trustId" = app_setting('trust_id'))))
  WITH CHECK (EXISTS (SELECT 1 FROM "Course" c WHERE c.id = "courseId"
                 AND (c."schoolId" = app_setting('school_id') OR c."trustId" = app_setting('trust_id'))));

ALTER TABLE "TrainingPlan" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TrainingPlan" FORCE ROW LEVEL SECURITY;
CREATE POLICY training_plan_school ON "TrainingPlan" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

-- An approved version is never changed or removed, underneath the app too.
ALTER TABLE "PlanVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanVersion" FORCE ROW LEVEL SECURITY;
CREATE POLICY plan_version_read ON "PlanVersion" FOR SELECT USING ("schoolId" = app_setting('school_id'));
CREATE POLICY plan_version_insert ON "PlanVersion" FOR INSERT WITH CHECK ("schoolId" = app_setting('school_id'));
CREATE POLICY plan_version_update ON "PlanVersion" FOR UPDATE
  USING ("schoolId" = app_setting('school_id') AND status = 'DRAFT')
  WITH CHECK ("schoolId" = app_setting('school_id'));
CREATE POLICY plan_version_delete ON "PlanVersion" FOR DELETE
  USING ("schoolId" = app_setting('school_id') AND status = 'DRAFT');

ALTER TABLE "PlanItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY plan_item_school ON "PlanItem" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

ALTER TABLE "PlanAttendee" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanAttendee" FORCE ROW LEVEL SECURITY;
CREATE POLICY plan_attendee_school ON "PlanAttendee" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

ALTER TABLE "TrainingRecord" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TrainingRecord" FORCE ROW LEVEL SECURITY;
CREATE POLICY training_record_school ON "TrainingRecord" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));
