-- Decision 0045: a CONFIDENTIAL response is stored under a keyed pseudonym (computed by the app with
-- a key the database never holds), and who has taken part lives in Participation, which shares
-- nothing with the Response row: no response id, no timestamps, random ids.

-- AlterTable
ALTER TABLE "Response" ADD COLUMN "pseudonym" TEXT;

-- CreateTable
CREATE TABLE "Participation" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "personId" TEXT,
    "jobRole" "JobRole" NOT NULL,
    "requiredTier" INTEGER NOT NULL,
    "status" "ResponseStatus" NOT NULL,

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Participation_schoolId_idx" ON "Participation"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "Participation_roundId_personId_key" ON "Participation"("roundId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Response_roundId_pseudonym_key" ON "Response"("roundId", "pseudonym");

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Written by hand.

ALTER TABLE "Response" ADD CONSTRAINT "Response_one_owner" CHECK ("personId" IS NULL OR pseudonym IS NULL);
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_required_tier" CHECK ("requiredTier" BETWEEN 1 AND 3);

GRANT SELECT, INSERT, UPDATE, DELETE ON "Participation" TO harbour_app;
ALTER TABLE "Participation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Participation" FORCE ROW LEVEL SECURITY;
CREATE POLICY participation_school ON "Participation" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));
-- A person reads their own participation anywhere (the download of what Harbour holds about them).
CREATE POLICY participation_own_read ON "Participation" FOR SELECT USING ("personId" = app_setting('person_id'));

-- ...and their own CONFIDENTIAL responses, by the pseudonyms their session computed (comma-separated).
CREATE POLICY response_pseudonym_read ON "Response" FOR SELECT
  USING (pseudonym = ANY (string_to_array(app_setting('pseudonyms'), ',')));
CREATE POLICY answer_pseudonym_read ON "Answer" FOR SELECT USING (
  EXISTS (SELECT 1 FROM "Response" r WHERE r.id = "Answer"."responseId"
           AND r.pseudonym = ANY (string_to_array(app_setting('pseudonyms'), ','))));

-- A pseudonymous response keeps only the date of its times, so no time links it to a sign-in, an
-- audit event or a participation change.
CREATE FUNCTION response_coarse_times() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.pseudonym IS NOT NULL THEN
    NEW."createdAt" := date_trunc('day', NEW."createdAt");
    NEW."updatedAt" := date_trunc('day', NEW."updatedAt");
    NEW."submittedAt" := date_trunc('day', NEW."submittedAt");
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Response_coarse_times" BEFORE INSERT OR UPDATE ON "Response"
  FOR EACH ROW EXECUTE FUNCTION response_coarse_times();

CREATE FUNCTION answer_coarse_times() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Response" r WHERE r.id = NEW."responseId" AND r.pseudonym IS NOT NULL) THEN
    NEW."updatedAt" := date_trunc('day', NEW."updatedAt");
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Answer_coarse_times" BEFORE INSERT OR UPDATE ON "Answer"
  FOR EACH ROW EXECUTE FUNCTION answer_coarse_times();

-- A response with a person (NAMED rounds, CSV imports, responses from before this migration) keeps
-- its participation row in step by itself; the app writes a pseudonymous response's participation.
CREATE FUNCTION response_participation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."personId" IS NOT NULL THEN
      DELETE FROM "Participation" WHERE "roundId" = OLD."roundId" AND "personId" = OLD."personId";
    END IF;
    RETURN NULL;
  END IF;
  IF NEW."personId" IS NOT NULL THEN
    INSERT INTO "Participation" (id, "roundId", "schoolId", "personId", "jobRole", "requiredTier", status)
    VALUES (gen_random_uuid()::text, NEW."roundId", NEW."schoolId", NEW."personId", NEW."jobRole",
            NEW."requiredTier", NEW.status)
    ON CONFLICT ("roundId", "personId") DO UPDATE
      SET "jobRole" = EXCLUDED."jobRole", "requiredTier" = EXCLUDED."requiredTier", status = EXCLUDED.status;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER response_participation AFTER INSERT OR DELETE OR UPDATE OF "personId", status, "jobRole", "requiredTier"
  ON "Response" FOR EACH ROW EXECUTE FUNCTION response_participation();

INSERT INTO "Participation" (id, "roundId", "schoolId", "personId", "jobRole", "requiredTier", status)
SELECT gen_random_uuid()::text, "roundId", "schoolId", "personId", "jobRole", "requiredTier", status
  FROM "Response" WHERE "personId" IS NOT NULL;
-- Responses already unlinked by erasure still count as having taken part.
INSERT INTO "Participation" (id, "roundId", "schoolId", "personId", "jobRole", "requiredTier", status)
SELECT gen_random_uuid()::text, "roundId", "schoolId", NULL, "jobRole", "requiredTier", status
  FROM "Response" WHERE "personId" IS NULL;
-- Existing CONFIDENTIAL responses keep their person until the app pseudonymises them (it has the
-- key): on the person's next visit, or all at once with scripts/pseudonymise-responses.ts.

-- Everyone asked, plus those who took part and are asked no longer, now read from Participation
-- (a pseudonymous response names no one).
CREATE OR REPLACE FUNCTION round_summary_refresh(round_id text) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Round" r WHERE r.id = round_id AND r."responsesDeletedAt" IS NOT NULL) THEN
    RETURN;
  END IF;
  INSERT INTO "RoundSummary" AS t ("roundId", "schoolId", asked, submitted)
  SELECT r.id, r."schoolId",
         (SELECT count(*) FROM "Membership" m
           WHERE m."schoolId" = r."schoolId" AND m."jobRole" IS NOT NULL
             AND (r.audience = 'ALL_STAFF' OR m."jobRole" = ANY (r."jobRoles")))
         + (SELECT count(*) FROM "Participation" x
             WHERE x."roundId" = r.id AND NOT EXISTS (
               SELECT 1 FROM "Membership" m
                WHERE m."personId" = x."personId" AND m."schoolId" = r."schoolId" AND m."jobRole" IS NOT NULL
                  AND (r.audience = 'ALL_STAFF' OR m."jobRole" = ANY (r."jobRoles")))),
         (SELECT count(*) FROM "Response" x WHERE x."roundId" = r.id AND x.status = 'SUBMITTED')
    FROM "Round" r WHERE r.id = round_id
  ON CONFLICT ("roundId") DO UPDATE SET asked = EXCLUDED.asked, submitted = EXCLUDED.submitted;
END $$;

CREATE FUNCTION participation_summary() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM round_summary_refresh(CASE WHEN TG_OP = 'DELETE' THEN OLD."roundId" ELSE NEW."roundId" END);
  RETURN NULL;
END $$;
CREATE TRIGGER participation_summary AFTER INSERT OR DELETE OR UPDATE OF "personId" ON "Participation"
  FOR EACH ROW EXECUTE FUNCTION participation_summary();

-- Autosave finds a CONFIDENTIAL round's response by the pseudonym the app computed, a NAMED one's
-- by the person (decision 0038's checks otherwise unchanged).
DROP FUNCTION save_answers(text, text, text, text, integer, text[], text[], integer[], integer[], text[], integer, timestamptz);
CREATE FUNCTION save_answers(
  p_person text,
  p_school text,
  p_round text,
  p_version text,
  p_session_version integer,
  p_roles text[],
  p_codes text[],
  p_tiers integer[],
  p_ratings integer[],
  p_comments text[],
  p_step integer,
  p_now timestamptz,
  p_pseudonym text
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  r record;
  resp record;
  outside text[];
BEGIN
  PERFORM set_config('app.person_id', p_person, true), set_config('app.school_id', p_school, true),
    set_config('app.trust_id', '', true), set_config('app.login_email', '', true),
    set_config('app.invite_token_hash', '', true), set_config('app.school_request_token_hash', '', true),
    set_config('app.reset_token_hash', '', true), set_config('app.pseudonyms', '', true);
  IF NOT EXISTS (SELECT 1 FROM "Person" WHERE id = p_person AND "sessionVersion" = p_session_version) THEN
    RETURN jsonb_build_object('outcome', 'signed_out');
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM "Membership"
    WHERE "personId" = p_person AND "schoolId" = p_school AND role::text = ANY (p_roles)
  ) THEN
    RETURN jsonb_build_object('outcome', 'not_found');
  END IF;
  SELECT "frameworkVersionId", "opensAt", "closesAt", "closedAt", mode INTO r
    FROM "Round" WHERE id = p_round AND "schoolId" = p_school;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('outcome', 'not_found');
  END IF;
  IF r."frameworkVersionId" <> p_version THEN
    RETURN jsonb_build_object('outcome', 'stale');
  END IF;
  IF (r."closedAt" IS NOT NULL AND r."closedAt" <= p_now) OR p_now >= r."closesAt" THEN
    RETURN jsonb_build_object('outcome', 'closed');
  END IF;
  IF p_now < r."opensAt" THEN
    RETURN jsonb_build_object('outcome', 'scheduled', 'opensAt', r."opensAt");
  END IF;
  -- The row lock keeps a save from landing after a submit committing at the same moment.
  IF r.mode = 'CONFIDENTIAL' THEN
    SELECT id, status, "requiredTier" INTO resp
      FROM "Response" WHERE "roundId" = p_round AND pseudonym = p_pseudonym FOR UPDATE;
  ELSE
    SELECT id, status, "requiredTier" INTO resp
      FROM "Response" WHERE "roundId" = p_round AND "personId" = p_person FOR UPDATE;
  END IF;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('outcome', 'no_response');
  END IF;
  IF resp.status <> 'IN_PROGRESS' THEN
    RETURN jsonb_build_object('outcome', 'submitted');
  END IF;
  SELECT coalesce(array_agg(c), '{}') INTO outside
    FROM unnest(p_codes, p_tiers) AS t(c, tier) WHERE tier > resp."requiredTier";
  IF cardinality(outside) > 0 THEN
    RETURN jsonb_build_object('outcome', 'out_of_scope', 'codes', to_jsonb(outside));
  END IF;
  UPDATE "Response" SET "updatedAt" = p_now, "currentStep" = coalesce(p_step, "currentStep")
    WHERE id = resp.id;
  INSERT INTO "Answer" (id, "responseId", "schoolId", "competencyCode", rating, comment, "updatedAt")
    SELECT gen_random_uuid()::text, resp.id, p_school, c, rating, comment, p_now
    FROM unnest(p_codes, p_ratings, p_comments) AS a(c, rating, comment)
  ON CONFLICT ("responseId", "competencyCode")
    DO UPDATE SET rating = EXCLUDED.rating, comment = EXCLUDED.comment, "updatedAt" = EXCLUDED."updatedAt";
  RETURN jsonb_build_object('outcome', 'saved', 'saved', cardinality(p_codes));
END;
$$;

GRANT EXECUTE ON FUNCTION save_answers(text, text, text, text, integer, text[], text[], integer[], integer[], text[], integer, timestamptz, text) TO harbour_app;
