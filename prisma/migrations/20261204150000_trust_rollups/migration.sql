-- Issue 11 parts 1, 2 and 7: rollups for the trust overview and heatmap, and trust targets (decision 0031).

-- CreateTable
CREATE TABLE "RoundCompetencyRollup" (
    "roundId" TEXT NOT NULL,
    "competencyCode" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "domainCode" TEXT NOT NULL,
    "domainName" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "tier" INTEGER NOT NULL,
    "inScope" INTEGER NOT NULL DEFAULT 0,
    "withGap" INTEGER NOT NULL DEFAULT 0,
    "sumGap" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RoundCompetencyRollup_pkey" PRIMARY KEY ("roundId","competencyCode")
);

-- CreateTable
CREATE TABLE "RoundTierRollup" (
    "roundId" TEXT NOT NULL,
    "tier" INTEGER NOT NULL,
    "schoolId" TEXT NOT NULL,
    "submitted" INTEGER NOT NULL DEFAULT 0,
    "coveragePeople" INTEGER NOT NULL DEFAULT 0,
    "coverageCovered" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RoundTierRollup_pkey" PRIMARY KEY ("roundId","tier")
);

-- CreateTable
CREATE TABLE "RoundSummary" (
    "roundId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "asked" INTEGER NOT NULL DEFAULT 0,
    "submitted" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RoundSummary_pkey" PRIMARY KEY ("roundId")
);

-- CreateTable
CREATE TABLE "TrustTargets" (
    "trustId" TEXT NOT NULL,
    "corePercent" INTEGER NOT NULL DEFAULT 100,
    "enhancedPercent" INTEGER NOT NULL DEFAULT 10,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrustTargets_pkey" PRIMARY KEY ("trustId")
);

-- CreateIndex
CREATE INDEX "RoundCompetencyRollup_schoolId_idx" ON "RoundCompetencyRollup"("schoolId");

-- CreateIndex
CREATE INDEX "RoundTierRollup_schoolId_idx" ON "RoundTierRollup"("schoolId");

-- CreateIndex
CREATE INDEX "RoundSummary_schoolId_idx" ON "RoundSummary"("schoolId");

-- AddForeignKey
ALTER TABLE "RoundCompetencyRollup" ADD CONSTRAINT "RoundCompetencyRollup_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundTierRollup" ADD CONSTRAINT "RoundTierRollup_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundSummary" ADD CONSTRAINT "RoundSummary_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustTargets" ADD CONSTRAINT "TrustTargets_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Integrity the Prisma schema cannot express.
ALTER TABLE "RoundTierRollup" ADD CONSTRAINT "RoundTierRollup_tier" CHECK (tier BETWEEN 1 AND 3);
ALTER TABLE "TrustTargets" ADD CONSTRAINT "TrustTargets_percents" CHECK (
  "corePercent" BETWEEN 0 AND 100 AND "enhancedPercent" BETWEEN 0 AND 100);

GRANT SELECT, INSERT, UPDATE, DELETE ON "RoundCompetencyRollup", "RoundTierRollup", "RoundSummary",
  "TrustTargets" TO harbour_app;

-- A school's rollups: written in the school's own transactions (by the triggers below), read by the
-- school and by the trust the school belongs to now. Counts of people only, never a response.
ALTER TABLE "RoundCompetencyRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RoundCompetencyRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY round_competency_rollup_school ON "RoundCompetencyRollup" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));
CREATE POLICY round_competency_rollup_trust ON "RoundCompetencyRollup" FOR SELECT
  USING ("schoolId" IN (SELECT s.id FROM "School" s WHERE s."trustId" = app_setting('trust_id')));
ALTER TABLE "RoundTierRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RoundTierRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY round_tier_rollup_school ON "RoundTierRollup" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));
CREATE POLICY round_tier_rollup_trust ON "RoundTierRollup" FOR SELECT
  USING ("schoolId" IN (SELECT s.id FROM "School" s WHERE s."trustId" = app_setting('trust_id')));
ALTER TABLE "RoundSummary" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RoundSummary" FORCE ROW LEVEL SECURITY;
CREATE POLICY round_summary_school ON "RoundSummary" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));
CREATE POLICY round_summary_trust ON "RoundSummary" FOR SELECT
  USING ("schoolId" IN (SELECT s.id FROM "School" s WHERE s."trustId" = app_setting('trust_id')));
-- A round's title, dates and mode (never its responses) are readable by the school's trust.
CREATE POLICY round_trust_read ON "Round" FOR SELECT
  USING ("schoolId" IN (SELECT s.id FROM "School" s WHERE s."trustId" = app_setting('trust_id')));
ALTER TABLE "TrustTargets" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TrustTargets" FORCE ROW LEVEL SECURITY;
CREATE POLICY trust_targets_trust ON "TrustTargets" FOR ALL
  USING ("trustId" = app_setting('trust_id')) WITH CHECK ("trustId" = app_setting('trust_id'));
-- A school's head and lead see the targets their school is measured against.
CREATE POLICY trust_targets_school ON "TrustTargets" FOR SELECT
  USING ("trustId" IN (SELECT s."trustId" FROM "School" s WHERE s.id = app_setting('school_id')));

-- Adds (sign 1) or takes away (sign -1) one submitted response's counts, exactly as lib/gaps does:
-- live competencies of the round's framework version, in scope when tier <= required tier, counted
-- only when rated; gap = max(0, target - rating). Runs in the submitting transaction, as its caller.
CREATE FUNCTION round_rollup_apply(resp "Response", sign integer) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  v "FrameworkVersion"%ROWTYPE;
BEGIN
  SELECT fv.* INTO v FROM "FrameworkVersion" fv JOIN "Round" r ON r."frameworkVersionId" = fv.id
   WHERE r.id = resp."roundId";
  IF NOT FOUND THEN RETURN; END IF;
  INSERT INTO "RoundCompetencyRollup" AS t
    ("roundId", "competencyCode", "schoolId", "domainCode", "domainName", statement, tier,
     "inScope", "withGap", "sumGap")
  SELECT resp."roundId", c.code, resp."schoolId", c."domainCode", d.name, c.statement, c.tier,
         sign, sign * (g.gap > 0)::integer, sign * g.gap
    FROM "Competency" c
    JOIN "FrameworkDomain" d ON d."versionId" = c."versionId" AND d.code = c."domainCode"
    JOIN "Answer" a ON a."responseId" = resp.id AND a."competencyCode" = c.code
    CROSS JOIN LATERAL (SELECT greatest(0, (CASE c.tier WHEN 1 THEN v."targetTier1" WHEN 2 THEN v."targetTier2"
                                             ELSE v."targetTier3" END) - a.rating) AS gap) g
   WHERE c."versionId" = v.id AND NOT c.retired AND c.tier <= resp."requiredTier"
  ON CONFLICT ("roundId", "competencyCode") DO UPDATE
    SET "inScope" = t."inScope" + EXCLUDED."inScope",
        "withGap" = t."withGap" + EXCLUDED."withGap",
        "sumGap" = t."sumGap" + EXCLUDED."sumGap";
  INSERT INTO "RoundTierRollup" AS t ("roundId", tier, "schoolId", submitted, "coveragePeople", "coverageCovered")
  SELECT resp."roundId", tt.tier, resp."schoolId",
         sign * (resp."requiredTier" = tt.tier)::integer,
         sign * (tt.tier <= resp."requiredTier" AND cov.rated > 0)::integer,
         sign * (tt.tier <= resp."requiredTier" AND cov.rated > 0 AND cov.open = 0)::integer
    FROM generate_series(1, 3) AS tt(tier)
    CROSS JOIN LATERAL (
      SELECT count(*) AS rated,
             count(*) FILTER (WHERE a.rating < (CASE c.tier WHEN 1 THEN v."targetTier1"
                                   WHEN 2 THEN v."targetTier2" ELSE v."targetTier3" END)) AS open
        FROM "Competency" c
        JOIN "Answer" a ON a."responseId" = resp.id AND a."competencyCode" = c.code
       WHERE c."versionId" = v.id AND NOT c.retired AND c.tier = tt.tier) cov
  ON CONFLICT ("roundId", tier) DO UPDATE
    SET submitted = t.submitted + EXCLUDED.submitted,
        "coveragePeople" = t."coveragePeople" + EXCLUDED."coveragePeople",
        "coverageCovered" = t."coverageCovered" + EXCLUDED."coverageCovered";
END $$;

-- Everyone the round asks now (members whose job role it asks) plus anyone who responded and is no
-- longer asked, as lib/rounds/participants.ts counts them; and who submitted.
CREATE FUNCTION round_summary_refresh(round_id text) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "RoundSummary" AS t ("roundId", "schoolId", asked, submitted)
  SELECT r.id, r."schoolId",
         (SELECT count(*) FROM "Membership" m
           WHERE m."schoolId" = r."schoolId" AND m."jobRole" IS NOT NULL
             AND (r.audience = 'ALL_STAFF' OR m."jobRole" = ANY (r."jobRoles")))
         + (SELECT count(*) FROM "Response" x
             WHERE x."roundId" = r.id AND NOT EXISTS (
               SELECT 1 FROM "Membership" m
                WHERE m."personId" = x."personId" AND m."schoolId" = r."schoolId" AND m."jobRole" IS NOT NULL
                  AND (r.audience = 'ALL_STAFF' OR m."jobRole" = ANY (r."jobRoles")))),
         (SELECT count(*) FROM "Response" x WHERE x."roundId" = r.id AND x.status = 'SUBMITTED')
    FROM "Round" r WHERE r.id = round_id
  ON CONFLICT ("roundId") DO UPDATE SET asked = EXCLUDED.asked, submitted = EXCLUDED.submitted;
END $$;

CREATE FUNCTION response_rollup() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'SUBMITTED' THEN PERFORM round_rollup_apply(OLD, -1); END IF;
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = 'SUBMITTED' AND NEW.status <> 'SUBMITTED' THEN
    PERFORM round_rollup_apply(OLD, -1);
  ELSIF NEW.status = 'SUBMITTED' AND (TG_OP = 'INSERT' OR OLD.status <> 'SUBMITTED') THEN
    PERFORM round_rollup_apply(NEW, 1);
  END IF;
  RETURN NEW;
END $$;
-- BEFORE DELETE: the answers are still there (they cascade after).
CREATE TRIGGER response_rollup_delete BEFORE DELETE ON "Response"
  FOR EACH ROW EXECUTE FUNCTION response_rollup();
CREATE TRIGGER response_rollup_write AFTER INSERT OR UPDATE OF status ON "Response"
  FOR EACH ROW EXECUTE FUNCTION response_rollup();

CREATE FUNCTION response_summary() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM round_summary_refresh(CASE WHEN TG_OP = 'DELETE' THEN OLD."roundId" ELSE NEW."roundId" END);
  RETURN NULL;
END $$;
CREATE TRIGGER response_summary AFTER INSERT OR DELETE OR UPDATE OF status ON "Response"
  FOR EACH ROW EXECUTE FUNCTION response_summary();

CREATE FUNCTION round_summary_new() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM round_summary_refresh(NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER round_summary_new AFTER INSERT OR UPDATE OF audience, "jobRoles" ON "Round"
  FOR EACH ROW EXECUTE FUNCTION round_summary_new();

-- Joining, leaving or changing job role changes who the school's rounds ask.
CREATE FUNCTION membership_round_summaries() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  sid text := CASE WHEN TG_OP = 'DELETE' THEN OLD."schoolId" ELSE NEW."schoolId" END;
  rid text;
BEGIN
  IF sid IS NULL THEN RETURN NULL; END IF;
  FOR rid IN SELECT id FROM "Round" WHERE "schoolId" = sid LOOP
    PERFORM round_summary_refresh(rid);
  END LOOP;
  RETURN NULL;
END $$;
CREATE TRIGGER membership_round_summaries AFTER INSERT OR DELETE OR UPDATE OF "jobRole", "schoolId" ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION membership_round_summaries();

-- Rounds and responses written before this migration, one school at a time in that school's scope:
-- where the owner running the migration is not a superuser, the FORCEd policies apply to it too.
DO $$
DECLARE
  sid text;
  resp "Response"%ROWTYPE;
  rid text;
BEGIN
  FOR sid IN SELECT id FROM "School" LOOP
    PERFORM set_config('app.school_id', sid, true);
    FOR resp IN SELECT * FROM "Response" WHERE "schoolId" = sid AND status = 'SUBMITTED' LOOP
      PERFORM round_rollup_apply(resp, 1);
    END LOOP;
    FOR rid IN SELECT id FROM "Round" WHERE "schoolId" = sid LOOP
      PERFORM round_summary_refresh(rid);
    END LOOP;
  END LOOP;
  PERFORM set_config('app.school_id', '', true);
END $$;
