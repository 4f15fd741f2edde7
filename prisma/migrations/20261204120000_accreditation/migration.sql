-- Issue 10, parts 1, 2 and 4: the accreditation scheme as versioned data (decision 0028).

-- CreateEnum
CREATE TYPE "AccreditationMeasure" AS ENUM ('CORE_TRAINING_IN_DATE', 'ROUND_THIS_YEAR', 'ACTION_PLAN_VALIDATED', 'PEER_REVIEW_DONE');

-- CreateTable
CREATE TABLE "AccreditationScheme" (
    "id" TEXT NOT NULL,
    "trustId" TEXT,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "changeSummary" TEXT NOT NULL,
    "levels" JSONB NOT NULL,
    "adoptedFromId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccreditationScheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccreditationStrand" (
    "id" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "trustId" TEXT,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AccreditationStrand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccreditationCriterion" (
    "id" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "strandId" TEXT NOT NULL,
    "trustId" TEXT,
    "position" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "guidance" TEXT NOT NULL DEFAULT '',
    "measure" "AccreditationMeasure",

    CONSTRAINT "AccreditationCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccreditationScheme_trustId_version_key" ON "AccreditationScheme"("trustId", "version");

-- CreateIndex
CREATE INDEX "AccreditationStrand_trustId_idx" ON "AccreditationStrand"("trustId");

-- CreateIndex
CREATE UNIQUE INDEX "AccreditationStrand_schemeId_position_key" ON "AccreditationStrand"("schemeId", "position");

-- CreateIndex
CREATE INDEX "AccreditationCriterion_trustId_idx" ON "AccreditationCriterion"("trustId");

-- CreateIndex
CREATE UNIQUE INDEX "AccreditationCriterion_schemeId_key_key" ON "AccreditationCriterion"("schemeId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "AccreditationCriterion_strandId_position_key" ON "AccreditationCriterion"("strandId", "position");

-- AddForeignKey
ALTER TABLE "AccreditationScheme" ADD CONSTRAINT "AccreditationScheme_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccreditationStrand" ADD CONSTRAINT "AccreditationStrand_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "AccreditationScheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccreditationCriterion" ADD CONSTRAINT "AccreditationCriterion_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "AccreditationScheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccreditationCriterion" ADD CONSTRAINT "AccreditationCriterion_strandId_fkey" FOREIGN KEY ("strandId") REFERENCES "AccreditationStrand"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Integrity the Prisma schema cannot express.
-- One global (Harbour) scheme per version number: NULLs are distinct in the unique index above.
CREATE UNIQUE INDEX "AccreditationScheme_global_version_key" ON "AccreditationScheme"("version") WHERE "trustId" IS NULL;
ALTER TABLE "AccreditationScheme" ADD CONSTRAINT "AccreditationScheme_version_positive" CHECK ("version" >= 1);
ALTER TABLE "AccreditationCriterion" ADD CONSTRAINT "AccreditationCriterion_key_format" CHECK ("key" ~ '^[0-9]+\.[0-9]+$');
ALTER TABLE "AccreditationCriterion" ADD CONSTRAINT "AccreditationCriterion_text" CHECK (length(btrim("text")) > 0);

-- A strand carries its scheme's owner; a criterion its strand's scheme and owner.
CREATE FUNCTION accreditation_part_matches_scheme() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'AccreditationStrand' THEN
    IF NOT EXISTS (SELECT 1 FROM "AccreditationScheme" s WHERE s.id = NEW."schemeId"
                   AND s."trustId" IS NOT DISTINCT FROM NEW."trustId") THEN
      RAISE EXCEPTION 'a strand belongs to its scheme''s owner' USING ERRCODE = '23514';
    END IF;
  ELSIF NOT EXISTS (SELECT 1 FROM "AccreditationStrand" st WHERE st.id = NEW."strandId"
                    AND st."schemeId" = NEW."schemeId" AND st."trustId" IS NOT DISTINCT FROM NEW."trustId") THEN
    RAISE EXCEPTION 'a criterion belongs to its strand''s scheme and owner' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER accreditation_strand_matches_scheme BEFORE INSERT OR UPDATE ON "AccreditationStrand"
  FOR EACH ROW EXECUTE FUNCTION accreditation_part_matches_scheme();
CREATE TRIGGER accreditation_criterion_matches_scheme BEFORE INSERT OR UPDATE ON "AccreditationCriterion"
  FOR EACH ROW EXECUTE FUNCTION accreditation_part_matches_scheme();

GRANT SELECT, INSERT, UPDATE, DELETE ON "AccreditationScheme", "AccreditationStrand", "AccreditationCriterion"
  TO harbour_app;

-- Scheme rows follow the framework tables (migration 20261122111112): Harbour's global scheme is
-- readable by everyone; a trust's by that trust and its schools. Versions are only ever inserted
-- (no update or delete policy). New global rows are written only by ensureDefaultScheme(), which
-- sets app.seed_default for its own transaction, or by the seed as the owner.
CREATE FUNCTION accreditation_scheme_readable(trust_id text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT trust_id IS NULL
    OR trust_id = app_setting('trust_id')
    OR trust_id = (SELECT s."trustId" FROM "School" s WHERE s.id = app_setting('school_id')) $$;
CREATE FUNCTION accreditation_scheme_writable(trust_id text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT trust_id = app_setting('trust_id')
    OR (trust_id IS NULL AND app_setting('seed_default') = 'on') $$;

ALTER TABLE "AccreditationScheme" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccreditationScheme" FORCE ROW LEVEL SECURITY;
CREATE POLICY accreditation_scheme_read ON "AccreditationScheme" FOR SELECT
  USING (accreditation_scheme_readable("trustId"));
CREATE POLICY accreditation_scheme_insert ON "AccreditationScheme" FOR INSERT
  WITH CHECK (accreditation_scheme_writable("trustId"));

ALTER TABLE "AccreditationStrand" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccreditationStrand" FORCE ROW LEVEL SECURITY;
CREATE POLICY accreditation_strand_read ON "AccreditationStrand" FOR SELECT
  USING (accreditation_scheme_readable("trustId"));
CREATE POLICY accreditation_strand_insert ON "AccreditationStrand" FOR INSERT
  WITH CHECK (accreditation_scheme_writable("trustId"));

ALTER TABLE "AccreditationCriterion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccreditationCriterion" FORCE ROW LEVEL SECURITY;
CREATE POLICY accreditation_criterion_read ON "AccreditationCriterion" FOR SELECT
  USING (accreditation_scheme_readable("trustId"));
CREATE POLICY accreditation_criterion_insert ON "AccreditationCriterion" FOR INSERT
  WITH CHECK (accreditation_scheme_writable("trustId"));
