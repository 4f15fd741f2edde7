-- CreateEnum
CREATE TYPE "LocalServiceKind" AS ENUM ('MHST', 'CYPMHS', 'CHARITY', 'AUTHORITY_TRAINING', 'TRAINING_PROVIDER', 'OTHER');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DISMISSED');

-- CreateTable
CREATE TABLE "SummaryReturn" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "authorityId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "schoolName" TEXT NOT NULL,
    "urn" TEXT NOT NULL,
    "phase" "SchoolPhase" NOT NULL,
    "district" TEXT,
    "roundTitle" TEXT NOT NULL,
    "closedOn" TIMESTAMP(3) NOT NULL,
    "asked" INTEGER NOT NULL,
    "submitted" INTEGER NOT NULL,
    "figures" JSONB NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SummaryReturn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalService" (
    "id" TEXT NOT NULL,
    "trustId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "LocalServiceKind" NOT NULL,
    "tier" INTEGER,
    "forWhom" TEXT NOT NULL,
    "howToRefer" TEXT NOT NULL,
    "threshold" TEXT,
    "website" TEXT,
    "lastCheckedOn" DATE NOT NULL,
    "updatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LocalService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceSuggestion" (
    "id" TEXT NOT NULL,
    "trustId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "suggestedById" TEXT NOT NULL,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,

    CONSTRAINT "ServiceSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SummaryReturn_roundId_key" ON "SummaryReturn"("roundId");

-- CreateIndex
CREATE INDEX "SummaryReturn_authorityId_idx" ON "SummaryReturn"("authorityId");

-- CreateIndex
CREATE INDEX "SummaryReturn_schoolId_idx" ON "SummaryReturn"("schoolId");

-- CreateIndex
CREATE INDEX "LocalService_trustId_idx" ON "LocalService"("trustId");

-- CreateIndex
CREATE INDEX "ServiceSuggestion_trustId_status_idx" ON "ServiceSuggestion"("trustId", "status");

-- CreateIndex
CREATE INDEX "ServiceSuggestion_schoolId_idx" ON "ServiceSuggestion"("schoolId");

-- CreateIndex
CREATE INDEX "ServiceSuggestion_serviceId_idx" ON "ServiceSuggestion"("serviceId");

-- AddForeignKey
ALTER TABLE "SummaryReturn" ADD CONSTRAINT "SummaryReturn_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryReturn" ADD CONSTRAINT "SummaryReturn_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryReturn" ADD CONSTRAINT "SummaryReturn_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalService" ADD CONSTRAINT "LocalService_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceSuggestion" ADD CONSTRAINT "ServiceSuggestion_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceSuggestion" ADD CONSTRAINT "ServiceSuggestion_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "LocalService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceSuggestion" ADD CONSTRAINT "ServiceSuggestion_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security (decision 0037).
ALTER TABLE "LocalService" ADD CONSTRAINT "LocalService_tier" CHECK (tier IS NULL OR tier BETWEEN 1 AND 3);
ALTER TABLE "LocalService" ADD CONSTRAINT "LocalService_website_https" CHECK (website IS NULL OR website ~ '^https?://');
GRANT SELECT, INSERT, UPDATE, DELETE ON "SummaryReturn", "LocalService", "ServiceSuggestion" TO harbour_app;

-- The local authority of the current school: the LOCAL_AUTHORITY trust whose code is its laCode.
CREATE FUNCTION school_authority(school_id text) RETURNS text
  LANGUAGE sql STABLE AS $$
  SELECT t.id FROM "Trust" t JOIN "School" s ON s."laCode" = t."registerCode"
  WHERE s.id = school_id AND t.kind = 'LOCAL_AUTHORITY' $$;
GRANT EXECUTE ON FUNCTION school_authority(text) TO harbour_app;

-- A return is the school's own row, written in its scope and only to its own local authority; the
-- authority reads the returns sent to it and nothing else (it never writes one).
ALTER TABLE "SummaryReturn" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SummaryReturn" FORCE ROW LEVEL SECURITY;
CREATE POLICY summary_return_school ON "SummaryReturn" FOR ALL
  USING ("schoolId" = app_setting('school_id'))
  WITH CHECK ("schoolId" = app_setting('school_id') AND "authorityId" = school_authority("schoolId"));
CREATE POLICY summary_return_authority ON "SummaryReturn" FOR SELECT
  USING ("authorityId" = app_setting('trust_id'));

-- A directory belongs to its authority or trust; a school reads its own trust's and its local
-- authority's.
CREATE FUNCTION local_services_visible(owner_trust text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT owner_trust = app_setting('trust_id')
      OR owner_trust = (SELECT s."trustId" FROM "School" s WHERE s.id = app_setting('school_id'))
      OR owner_trust = school_authority(app_setting('school_id')) $$;
GRANT EXECUTE ON FUNCTION local_services_visible(text) TO harbour_app;
ALTER TABLE "LocalService" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "LocalService" FORCE ROW LEVEL SECURITY;
CREATE POLICY local_service_owner ON "LocalService" FOR ALL
  USING ("trustId" = app_setting('trust_id')) WITH CHECK ("trustId" = app_setting('trust_id'));
CREATE POLICY local_service_school_read ON "LocalService" FOR SELECT
  USING (app_setting('school_id') IS NOT NULL AND local_services_visible("trustId"));

-- Suggestions: a school writes and reads its own, about entries it can see (and of the entry's
-- owner); the owner reads and decides those about its entries.
ALTER TABLE "ServiceSuggestion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ServiceSuggestion" FORCE ROW LEVEL SECURITY;
CREATE POLICY service_suggestion_owner_read ON "ServiceSuggestion" FOR SELECT
  USING ("trustId" = app_setting('trust_id'));
CREATE POLICY service_suggestion_owner_decide ON "ServiceSuggestion" FOR UPDATE
  USING ("trustId" = app_setting('trust_id')) WITH CHECK ("trustId" = app_setting('trust_id'));
CREATE POLICY service_suggestion_school_read ON "ServiceSuggestion" FOR SELECT
  USING ("schoolId" = app_setting('school_id'));
CREATE POLICY service_suggestion_school_add ON "ServiceSuggestion" FOR INSERT
  WITH CHECK ("schoolId" = app_setting('school_id') AND local_services_visible("trustId")
    AND EXISTS (SELECT 1 FROM "LocalService" l WHERE l.id = "serviceId" AND l."trustId" = "ServiceSuggestion"."trustId"));
