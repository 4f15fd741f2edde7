-- Issue 9 (a): the whole-school review and the rollup its benchmarks come from (decision 0023).
-- Generated part (prisma migrate diff), then integrity and row-level security written by hand.

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('OPEN', 'AGREED');

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'OPEN',
    "allStaff" BOOLEAN NOT NULL DEFAULT false,
    "startedById" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "agreedById" TEXT,
    "agreedAt" TIMESTAMP(3),

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewContributor" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "personId" TEXT,
    "governorName" TEXT,
    "addedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewContributor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRating" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "contributorId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "statementKey" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewAgreedRating" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "statementKey" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "agreedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewAgreedRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewBenchmark" (
    "schoolId" TEXT NOT NULL,
    "principleKey" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewBenchmark_pkey" PRIMARY KEY ("schoolId","principleKey")
);

-- CreateIndex
CREATE INDEX "Review_schoolId_agreedAt_idx" ON "Review"("schoolId", "agreedAt");

-- CreateIndex
CREATE INDEX "ReviewContributor_schoolId_idx" ON "ReviewContributor"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewContributor_reviewId_personId_key" ON "ReviewContributor"("reviewId", "personId");

-- CreateIndex
CREATE INDEX "ReviewRating_reviewId_idx" ON "ReviewRating"("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewRating_contributorId_statementKey_key" ON "ReviewRating"("contributorId", "statementKey");

-- CreateIndex
CREATE INDEX "ReviewAgreedRating_schoolId_idx" ON "ReviewAgreedRating"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewAgreedRating_reviewId_statementKey_key" ON "ReviewAgreedRating"("reviewId", "statementKey");

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewContributor" ADD CONSTRAINT "ReviewContributor_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewContributor" ADD CONSTRAINT "ReviewContributor_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRating" ADD CONSTRAINT "ReviewRating_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRating" ADD CONSTRAINT "ReviewRating_contributorId_fkey" FOREIGN KEY ("contributorId") REFERENCES "ReviewContributor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAgreedRating" ADD CONSTRAINT "ReviewAgreedRating_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewBenchmark" ADD CONSTRAINT "ReviewBenchmark_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Written by hand: what the Prisma schema cannot express.
-- One open review per school at a time; two leads starting at once cannot both succeed.
CREATE UNIQUE INDEX "Review_one_open_per_school" ON "Review"("schoolId") WHERE status = 'OPEN';
ALTER TABLE "Review" ADD CONSTRAINT "Review_agreed_has_date" CHECK (
  (status = 'OPEN' AND "agreedAt" IS NULL) OR (status = 'AGREED' AND "agreedAt" IS NOT NULL));
ALTER TABLE "ReviewContributor" ADD CONSTRAINT "ReviewContributor_member_or_governor" CHECK (
  ("personId" IS NOT NULL AND "governorName" IS NULL)
  OR ("personId" IS NULL AND length(trim("governorName")) > 0));
ALTER TABLE "ReviewRating" ADD CONSTRAINT "ReviewRating_level" CHECK (level BETWEEN 0 AND 3);
ALTER TABLE "ReviewAgreedRating" ADD CONSTRAINT "ReviewAgreedRating_level" CHECK (level BETWEEN 0 AND 3);
ALTER TABLE "ReviewBenchmark" ADD CONSTRAINT "ReviewBenchmark_score" CHECK (score >= 0 AND score <= 3);

-- Granted explicitly (as for the framework tables), so a server that migrates as another owner
-- role still gives the app what it needs. The rollup is write-only for the app.
GRANT SELECT, INSERT, UPDATE, DELETE ON "Review", "ReviewContributor", "ReviewRating", "ReviewAgreedRating"
  TO harbour_app;
REVOKE ALL ON "ReviewBenchmark" FROM harbour_app;
GRANT INSERT, DELETE ON "ReviewBenchmark" TO harbour_app;

-- A review and everything in it belong to one school. Who sees whose ratings inside the school
-- (each contributor their own, the lead all) is the app's check (lib/review/queries.ts).
ALTER TABLE "Review" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Review" FORCE ROW LEVEL SECURITY;
CREATE POLICY review_school ON "Review" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

ALTER TABLE "ReviewContributor" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReviewContributor" FORCE ROW LEVEL SECURITY;
CREATE POLICY review_contributor_school ON "ReviewContributor" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

ALTER TABLE "ReviewRating" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReviewRating" FORCE ROW LEVEL SECURITY;
CREATE POLICY review_rating_school ON "ReviewRating" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

ALTER TABLE "ReviewAgreedRating" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReviewAgreedRating" FORCE ROW LEVEL SECURITY;
CREATE POLICY review_agreed_school ON "ReviewAgreedRating" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

-- The rollup: ENABLEd but not FORCEd, so its owner (the migration role, which owns the function
-- below) reads every school's rows, on a server where it is no superuser as in the embedded mode.
-- The app may only replace its own school's rows (DELETE with no WHERE, then INSERT): there is no
-- SELECT policy and no SELECT grant, so no school can read another's scores.
ALTER TABLE "ReviewBenchmark" ENABLE ROW LEVEL SECURITY;
CREATE POLICY review_benchmark_insert ON "ReviewBenchmark" FOR INSERT
  WITH CHECK ("schoolId" = app_setting('school_id'));
CREATE POLICY review_benchmark_delete ON "ReviewBenchmark" FOR DELETE
  USING ("schoolId" = app_setting('school_id'));

-- Per principle: how many schools contributed and their mean score, for the trust of the school of
-- this transaction (the trust is read from School, never passed in: a school asks only about its own
-- trust) and for every school on the server. Counts and means only, never a school's row; the app
-- withholds groups under k through the disclosure core (lib/disclosure/benchmarks.ts).
CREATE FUNCTION review_benchmarks()
  RETURNS TABLE ("principleKey" text, "groupKind" text, schools integer, mean double precision)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT b."principleKey", 'trust', count(*)::integer, avg(b.score)
    FROM "ReviewBenchmark" b JOIN "School" s ON s.id = b."schoolId"
   WHERE s."trustId" IS NOT NULL
     AND s."trustId" = (SELECT "trustId" FROM "School" WHERE id = app_setting('school_id'))
   GROUP BY b."principleKey"
  UNION ALL
  SELECT b."principleKey", 'all', count(*)::integer, avg(b.score)
    FROM "ReviewBenchmark" b
   GROUP BY b."principleKey" $$;
REVOKE ALL ON FUNCTION review_benchmarks() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION review_benchmarks() TO harbour_app;
