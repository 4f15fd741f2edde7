-- CreateTable
CREATE TABLE "TrustGroup" (
    "id" TEXT NOT NULL,
    "trustId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustGroupSchool" (
    "groupId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "trustId" TEXT NOT NULL,

    CONSTRAINT "TrustGroupSchool_pkey" PRIMARY KEY ("groupId","schoolId")
);

-- CreateIndex
CREATE UNIQUE INDEX "TrustGroup_trustId_name_key" ON "TrustGroup"("trustId", "name");

-- CreateIndex
CREATE INDEX "TrustGroupSchool_schoolId_idx" ON "TrustGroupSchool"("schoolId");

-- CreateIndex
CREATE INDEX "TrustGroupSchool_trustId_idx" ON "TrustGroupSchool"("trustId");

-- AddForeignKey
ALTER TABLE "TrustGroup" ADD CONSTRAINT "TrustGroup_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustGroupSchool" ADD CONSTRAINT "TrustGroupSchool_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "TrustGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustGroupSchool" ADD CONSTRAINT "TrustGroupSchool_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;


GRANT SELECT, INSERT, UPDATE, DELETE ON "TrustGroup", "TrustGroupSchool" TO harbour_app;

-- Groups of schools belong to the trust; a school is put in a group only while it is the trust's.
ALTER TABLE "TrustGroup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TrustGroup" FORCE ROW LEVEL SECURITY;
CREATE POLICY trust_group_trust ON "TrustGroup" FOR ALL
  USING ("trustId" = app_setting('trust_id')) WITH CHECK ("trustId" = app_setting('trust_id'));
ALTER TABLE "TrustGroupSchool" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TrustGroupSchool" FORCE ROW LEVEL SECURITY;
CREATE POLICY trust_group_school_trust ON "TrustGroupSchool" FOR ALL
  USING ("trustId" = app_setting('trust_id'))
  WITH CHECK ("trustId" = app_setting('trust_id')
    AND "schoolId" IN (SELECT s.id FROM "School" s WHERE s."trustId" = app_setting('trust_id'))
    AND "groupId" IN (SELECT g.id FROM "TrustGroup" g WHERE g."trustId" = app_setting('trust_id')));

-- What the trust overview shows of each school beyond its rounds' rollups (decision 0035): the
-- training plan's status, spend and budget; the action plan's status and its actions' status, dates,
-- measure and RAG override (never an owner); the accreditation stage; the latest agreed review's
-- principle scores; and, per tier, people and those covered by in-date training (counts only, as
-- lib/records/rules.ts trainedCoverage counts them). One call for every school of the caller's trust
-- (or, in a school's scope, that school if it has a trust), so the overview never loops over schools.
-- The owner is no superuser on a server, so for each school it takes that school as the tenant (the
-- policies still apply) and puts the caller's tenant back, as case_study_question_notify does.
CREATE FUNCTION trust_school_facts(today date) RETURNS TABLE ("schoolId" text, facts jsonb)
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
            FROM "Competency" c WHERE c."versionId" = ver.id AND NOT c.retired)
        SELECT jsonb_agg(jsonb_build_object('tier', t.tier,
                 'people', (SELECT count(*) FROM people p WHERE p.req >= t.tier),
                 'covered', CASE WHEN NOT EXISTS (SELECT 1 FROM comps c WHERE c.tier = t.tier) THEN 0 ELSE
                   (SELECT count(*) FROM people p WHERE p.req >= t.tier AND NOT EXISTS (
                      SELECT 1 FROM comps c LEFT JOIN best b ON b."personId" = p."personId"
                                                         AND b."competencyCode" = c.code
                       WHERE c.tier = t.tier AND coalesce(b.level, 0) < c.target)) END)
                 ORDER BY t.tier)
          FROM (VALUES (1), (2), (3)) AS t(tier)));
    RETURN NEXT;
  END LOOP;
  PERFORM set_config('app.school_id', coalesce(caller, ''), true);
END $$;
REVOKE ALL ON FUNCTION trust_school_facts(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trust_school_facts(date) TO harbour_app;
