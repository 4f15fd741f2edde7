-- Issue 7, section 4: the term dates a school sets, for the plan's calendar export (decision 0011).
CREATE TABLE "SchoolTermDates" (
    "schoolId" TEXT NOT NULL,
    "autumnMonth" INTEGER NOT NULL,
    "autumnDay" INTEGER NOT NULL,
    "springMonth" INTEGER NOT NULL,
    "springDay" INTEGER NOT NULL,
    "summerMonth" INTEGER NOT NULL,
    "summerDay" INTEGER NOT NULL,
    "summerEndMonth" INTEGER NOT NULL,
    "summerEndDay" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "SchoolTermDates_pkey" PRIMARY KEY ("schoolId")
);

ALTER TABLE "SchoolTermDates" ADD CONSTRAINT "SchoolTermDates_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SchoolTermDates" ADD CONSTRAINT "SchoolTermDates_days" CHECK (
  "autumnMonth" BETWEEN 1 AND 12 AND "springMonth" BETWEEN 1 AND 12 AND "summerMonth" BETWEEN 1 AND 12
  AND "summerEndMonth" BETWEEN 1 AND 12 AND "autumnDay" BETWEEN 1 AND 31 AND "springDay" BETWEEN 1 AND 31
  AND "summerDay" BETWEEN 1 AND 31 AND "summerEndDay" BETWEEN 1 AND 31);

GRANT SELECT, INSERT, UPDATE, DELETE ON "SchoolTermDates" TO harbour_app;

ALTER TABLE "SchoolTermDates" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SchoolTermDates" FORCE ROW LEVEL SECURITY;
CREATE POLICY school_term_dates_school ON "SchoolTermDates" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));
