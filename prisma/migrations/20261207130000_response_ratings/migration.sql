-- Issue 12 (decision 0047): a submitted response carries its ratings folded into two arrays (codes
-- and ratings, in code order), written in the submitting statement, so the gap report reads one row
-- per respondent instead of scanning every answer of the round. Exact by construction: answers
-- cannot be written once their response is submitted (answer_requires_open_response), so the fold
-- taken as the status becomes SUBMITTED stays equal to the answers. Leaving SUBMITTED clears it.
ALTER TABLE "Response" ADD COLUMN "ratedCodes" TEXT[], ADD COLUMN "ratedValues" INTEGER[];

CREATE FUNCTION response_fold_ratings() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'SUBMITTED' AND (TG_OP = 'INSERT' OR OLD.status <> 'SUBMITTED') THEN
    SELECT coalesce(array_agg(a."competencyCode" ORDER BY a."competencyCode"), '{}'),
           coalesce(array_agg(a.rating ORDER BY a."competencyCode"), '{}')
      INTO NEW."ratedCodes", NEW."ratedValues"
      FROM "Answer" a WHERE a."responseId" = NEW.id AND a."schoolId" = NEW."schoolId";
  ELSIF NEW.status <> 'SUBMITTED' THEN
    NEW."ratedCodes" := NULL;
    NEW."ratedValues" := NULL;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER response_fold_ratings BEFORE INSERT OR UPDATE OF status ON "Response"
  FOR EACH ROW EXECUTE FUNCTION response_fold_ratings();

-- Responses submitted before this migration, one school at a time in that school's scope (as the
-- rollups' migration does: FORCEd policies apply to an owner that is not a superuser). A response
-- left unfolded is still read exactly: the gap report folds its answers when the arrays are null.
DO $$
DECLARE
  sid text;
BEGIN
  FOR sid IN SELECT id FROM "School" LOOP
    PERFORM set_config('app.school_id', sid, true);
    UPDATE "Response" r
       SET "ratedCodes" = f.codes, "ratedValues" = f.ratings
      FROM (SELECT x.id,
                   coalesce(array_agg(a."competencyCode" ORDER BY a."competencyCode") FILTER (WHERE a.id IS NOT NULL), '{}') AS codes,
                   coalesce(array_agg(a.rating ORDER BY a."competencyCode") FILTER (WHERE a.id IS NOT NULL), '{}') AS ratings
              FROM "Response" x LEFT JOIN "Answer" a ON a."responseId" = x.id AND a."schoolId" = x."schoolId"
             WHERE x."schoolId" = sid AND x.status = 'SUBMITTED'
             GROUP BY x.id) f
     WHERE r.id = f.id;
  END LOOP;
  PERFORM set_config('app.school_id', '', true);
END $$;

-- The trust overview's in-date training coverage (trust_school_facts, migration 20261205110000), the
-- same counts with one join per school: the NOT EXISTS per person and tier it replaces was most of
-- the overview's time (decision 0047). Only the training part changes.
CREATE OR REPLACE FUNCTION trust_school_facts(today date) RETURNS TABLE ("schoolId" text, facts jsonb)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  caller text := current_setting('app.school_id', true);
  sid text;
  fw text;
  ver "FrameworkVersion"%ROWTYPE;
BEGIN
  FOR sid IN
    SELECT s.id FROM "School" s
     WHERE (app_setting('trust_id') IS NOT NULL AND s."trustId" = app_setting('trust_id'))
        OR (app_setting('trust_id') IS NULL AND s.id = app_setting('school_id') AND s."trustId" IS NOT NULL)
     ORDER BY s.id
  LOOP
    PERFORM set_config('app.school_id', sid, true);
    -- The school's framework as lib/framework resolves it: its own, else its trust's, else the default.
    SELECT coalesce(
      (SELECT f.id FROM "Framework" f WHERE f."schoolId" = sid),
      (SELECT f.id FROM "Framework" f JOIN "School" s ON s."trustId" = f."trustId" WHERE s.id = sid),
      (SELECT f.id FROM "Framework" f WHERE f."schoolId" IS NULL AND f."trustId" IS NULL
        ORDER BY f."createdAt" LIMIT 1)) INTO fw;
    SELECT v.* INTO ver FROM "FrameworkVersion" v WHERE v."frameworkId" = fw ORDER BY v.number DESC LIMIT 1;
    "schoolId" := sid;
    facts := jsonb_build_object(
      'plan', (
        SELECT jsonb_build_object('status', v.status::text,
                 'costPence', (v.summary -> 'totals' ->> 'costPence')::numeric,
                 'budgetPence', (v.limits ->> 'budgetPence')::numeric)
          FROM "PlanVersion" v WHERE v."schoolId" = sid
         ORDER BY (v.status = 'APPROVED') DESC, coalesce(v."approvedAt", v."createdAt") DESC, v.id DESC
         LIMIT 1),
      'actionPlan', (
        SELECT jsonb_build_object('status', v.status::text, 'number', v.number, 'actions',
                 coalesce((SELECT jsonb_agg(jsonb_build_object('status', a.status::text,
                            'startOn', a."startOn", 'dueOn', a."dueOn", 'measure', a.measure,
                            'override', a."ragOverride"::text) ORDER BY a.id)
                     FROM "ActionPlanAction" a WHERE a."versionId" = v.id), '[]'::jsonb))
          FROM "ActionPlanVersion" v WHERE v."schoolId" = sid ORDER BY v.number DESC LIMIT 1),
      'accreditation', (
        SELECT jsonb_build_object('status', a.status::text, 'level', a.level::text)
          FROM "AccreditationSubmission" a WHERE a."schoolId" = sid
         ORDER BY a."createdAt" DESC, a.id DESC LIMIT 1),
      'review', (
        SELECT jsonb_build_object('reviewedAt', max(b."reviewedAt"),
                 'scores', jsonb_object_agg(b."principleKey", b.score))
          FROM "ReviewBenchmark" b WHERE b."schoolId" = sid HAVING count(*) > 0),
      'training', (
        WITH people AS (
          SELECT m."personId",
                 coalesce(jt."requiredTier", CASE m."jobRole"::text
                   WHEN 'FORM_TUTOR' THEN 2 WHEN 'HEAD_OF_YEAR' THEN 2 WHEN 'PASTORAL_LEAD' THEN 2
                   WHEN 'LEARNING_MENTOR' THEN 2 WHEN 'ELSA' THEN 2
                   WHEN 'SENCO' THEN 3 WHEN 'DSL' THEN 3 WHEN 'DEPUTY_DSL' THEN 3
                   WHEN 'SENIOR_MH_LEAD' THEN 3 WHEN 'COUNSELLOR' THEN 3 ELSE 1 END) AS req
            FROM "Membership" m
            LEFT JOIN "JobRoleTier" jt ON jt."schoolId" = m."schoolId" AND jt."jobRole" = m."jobRole"
           WHERE m."schoolId" = sid AND m."jobRole" IS NOT NULL),
        best AS (
          SELECT r."personId", o."competencyCode", max(o.level) AS level
            FROM "TrainingRecord" r JOIN "CourseOutcome" o ON o."courseId" = r."courseId"
           WHERE r."schoolId" = sid AND r."completedOn" <= today
             AND (r."expiresOn" IS NULL OR r."expiresOn" >= today)
           GROUP BY r."personId", o."competencyCode"),
        comps AS (
          SELECT c.code, c.tier, CASE c.tier WHEN 1 THEN ver."targetTier1" WHEN 2 THEN ver."targetTier2"
                                  ELSE ver."targetTier3" END AS target
            FROM "Competency" c WHERE c."versionId" = ver.id AND NOT c.retired),
        -- Each person and tier in their scope with competencies: covered when every one is met.
        -- One hash join, where a NOT EXISTS per person and tier scanned "best" again each time.
        per AS MATERIALIZED (
          SELECT p."personId", c.tier, bool_and(coalesce(b.level, 0) >= c.target) AS covered
            FROM people p JOIN comps c ON c.tier <= p.req
            LEFT JOIN best b ON b."personId" = p."personId" AND b."competencyCode" = c.code
           GROUP BY p."personId", c.tier)
        SELECT jsonb_agg(jsonb_build_object('tier', t.tier,
                 'people', (SELECT count(*) FROM people p WHERE p.req >= t.tier),
                 'covered', (SELECT count(*) FROM per WHERE per.tier = t.tier AND per.covered))
                 ORDER BY t.tier)
          FROM (VALUES (1), (2), (3)) AS t(tier)));
    RETURN NEXT;
  END LOOP;
  PERFORM set_config('app.school_id', coalesce(caller, ''), true);
END $$;
