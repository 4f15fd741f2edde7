-- Issue 9, parts 4 and 5: the whole-school action plan, its versions, validation (decision 0024).

-- CreateEnum
CREATE TYPE "ActionPlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'VALIDATED');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "Rag" AS ENUM ('RED', 'AMBER', 'GREEN');

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanVersion" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "ActionPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "submittedToTrust" BOOLEAN NOT NULL DEFAULT false,
    "validatorId" TEXT,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanObjective" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "principleKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ActionPlanObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanAction" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "objectiveId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "ownerId" TEXT,
    "ownerName" TEXT NOT NULL DEFAULT '',
    "startOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "measure" JSONB,
    "ragOverride" "Rag",
    "ragNote" TEXT,
    "successMeasure" TEXT NOT NULL,
    "resources" TEXT NOT NULL DEFAULT '',
    "costPence" INTEGER NOT NULL DEFAULT 0,
    "competencyCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "accreditationCriterionId" TEXT,
    "suggestionKey" TEXT,

    CONSTRAINT "ActionPlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanRejection" (
    "planId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "rejectedById" TEXT NOT NULL,
    "rejectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlanRejection_pkey" PRIMARY KEY ("planId","key")
);

-- CreateTable
CREATE TABLE "ActionPlanValidator" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "personId" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "invitedById" TEXT NOT NULL,
    "sentByEmail" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlanValidator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanComment" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "itemKey" TEXT,
    "body" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlanComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanEvent" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "detail" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "ActionPlanEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlan_schoolId_key" ON "ActionPlan"("schoolId");

-- CreateIndex
CREATE INDEX "ActionPlanVersion_schoolId_idx" ON "ActionPlanVersion"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanVersion_planId_number_key" ON "ActionPlanVersion"("planId", "number");

-- CreateIndex
CREATE INDEX "ActionPlanObjective_schoolId_idx" ON "ActionPlanObjective"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanObjective_versionId_key_key" ON "ActionPlanObjective"("versionId", "key");

-- CreateIndex
CREATE INDEX "ActionPlanAction_schoolId_idx" ON "ActionPlanAction"("schoolId");

-- CreateIndex
CREATE INDEX "ActionPlanAction_objectiveId_idx" ON "ActionPlanAction"("objectiveId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanAction_versionId_key_key" ON "ActionPlanAction"("versionId", "key");

-- CreateIndex
CREATE INDEX "ActionPlanRejection_schoolId_idx" ON "ActionPlanRejection"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanValidator_tokenHash_key" ON "ActionPlanValidator"("tokenHash");

-- CreateIndex
CREATE INDEX "ActionPlanValidator_schoolId_idx" ON "ActionPlanValidator"("schoolId");

-- CreateIndex
CREATE INDEX "ActionPlanValidator_personId_idx" ON "ActionPlanValidator"("personId");

-- CreateIndex
CREATE INDEX "ActionPlanComment_versionId_idx" ON "ActionPlanComment"("versionId");

-- CreateIndex
CREATE INDEX "ActionPlanComment_schoolId_idx" ON "ActionPlanComment"("schoolId");

-- CreateIndex
CREATE INDEX "ActionPlanEvent_versionId_at_idx" ON "ActionPlanEvent"("versionId", "at");

-- CreateIndex
CREATE INDEX "ActionPlanEvent_schoolId_idx" ON "ActionPlanEvent"("schoolId");

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanVersion" ADD CONSTRAINT "ActionPlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanVersion" ADD CONSTRAINT "ActionPlanVersion_validatorId_fkey" FOREIGN KEY ("validatorId") REFERENCES "ActionPlanValidator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanObjective" ADD CONSTRAINT "ActionPlanObjective_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ActionPlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanAction" ADD CONSTRAINT "ActionPlanAction_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ActionPlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanAction" ADD CONSTRAINT "ActionPlanAction_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "ActionPlanObjective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanAction" ADD CONSTRAINT "ActionPlanAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanRejection" ADD CONSTRAINT "ActionPlanRejection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanValidator" ADD CONSTRAINT "ActionPlanValidator_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanValidator" ADD CONSTRAINT "ActionPlanValidator_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanComment" ADD CONSTRAINT "ActionPlanComment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ActionPlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanEvent" ADD CONSTRAINT "ActionPlanEvent_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ActionPlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Integrity the Prisma schema cannot express.
ALTER TABLE "ActionPlanAction" ADD CONSTRAINT "ActionPlanAction_dates" CHECK ("dueOn" >= "startOn");
ALTER TABLE "ActionPlanAction" ADD CONSTRAINT "ActionPlanAction_cost" CHECK ("costPence" BETWEEN 0 AND 100000000);
-- A manual RAG always carries the note that explains it.
ALTER TABLE "ActionPlanAction" ADD CONSTRAINT "ActionPlanAction_override_note" CHECK (
  ("ragOverride" IS NULL AND "ragNote" IS NULL)
  OR ("ragOverride" IS NOT NULL AND "ragNote" IS NOT NULL AND length(btrim("ragNote")) > 0));
ALTER TABLE "ActionPlanValidator" ADD CONSTRAINT "ActionPlanValidator_email_lowercase" CHECK (email = lower(email));
ALTER TABLE "ActionPlanVersion" ADD CONSTRAINT "ActionPlanVersion_reviewer" CHECK (
  status = 'DRAFT' OR ("submittedToTrust" <> ("validatorId" IS NOT NULL)));

-- An action's owner is a member of the action's school when it is written (someone who has left
-- cannot be chosen; an owner who leaves later is set to null and the plan asks for another).
CREATE FUNCTION action_owner_is_member() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."ownerId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "Membership" m WHERE m."personId" = NEW."ownerId" AND m."schoolId" = NEW."schoolId") THEN
    RAISE EXCEPTION 'action owner is not a member of the school' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER action_owner_is_member BEFORE INSERT OR UPDATE OF "ownerId", "schoolId" ON "ActionPlanAction"
  FOR EACH ROW EXECUTE FUNCTION action_owner_is_member();

GRANT SELECT, INSERT, UPDATE, DELETE ON "ActionPlan", "ActionPlanVersion", "ActionPlanObjective",
  "ActionPlanAction", "ActionPlanRejection", "ActionPlanValidator", "ActionPlanComment", "ActionPlanEvent"
  TO harbour_app;

-- The plan belongs to its school.
ALTER TABLE "ActionPlan" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionPlan" FORCE ROW LEVEL SECURITY;
CREATE POLICY action_plan_school ON "ActionPlan" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

ALTER TABLE "ActionPlanRejection" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionPlanRejection" FORCE ROW LEVEL SECURITY;
CREATE POLICY action_plan_rejection_school ON "ActionPlanRejection" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

-- A validator's link: the school that sent it, the person who accepted it, or whoever holds its token.
ALTER TABLE "ActionPlanValidator" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionPlanValidator" FORCE ROW LEVEL SECURITY;
CREATE POLICY action_plan_validator_read ON "ActionPlanValidator" FOR SELECT USING (
  "schoolId" = app_setting('school_id') OR "personId" = app_setting('person_id')
  OR "tokenHash" = app_setting('invite_token_hash'));
CREATE POLICY action_plan_validator_insert ON "ActionPlanValidator" FOR INSERT
  WITH CHECK ("schoolId" = app_setting('school_id'));
CREATE POLICY action_plan_validator_accept ON "ActionPlanValidator" FOR UPDATE
  USING ("tokenHash" = app_setting('invite_token_hash') OR "schoolId" = app_setting('school_id'))
  WITH CHECK ("tokenHash" = app_setting('invite_token_hash') OR "schoolId" = app_setting('school_id'));

-- Who reviews a version: the school's trust when it went to the trust, the named validator when it
-- went to them. Nobody else outside the school ever sees an action plan.
CREATE FUNCTION action_plan_reviewer(school_id text, to_trust boolean, validator_id text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT (to_trust AND school_id IN (SELECT s.id FROM "School" s WHERE s."trustId" = app_setting('trust_id')))
    OR (validator_id IS NOT NULL AND validator_id IN (
          SELECT v.id FROM "ActionPlanValidator" v
          WHERE v."personId" = app_setting('person_id') AND v."acceptedAt" IS NOT NULL)) $$;

-- Only a DRAFT is ever edited, underneath the app too: once submitted, a version's content is what
-- was reviewed (a VALIDATED one is locked for good; after CHANGES_REQUESTED the school starts a new
-- version). A reviewer decides only a SUBMITTED version; nobody deletes one.
ALTER TABLE "ActionPlanVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionPlanVersion" FORCE ROW LEVEL SECURITY;
CREATE POLICY action_plan_version_read ON "ActionPlanVersion" FOR SELECT USING (
  "schoolId" = app_setting('school_id') OR action_plan_reviewer("schoolId", "submittedToTrust", "validatorId"));
CREATE POLICY action_plan_version_insert ON "ActionPlanVersion" FOR INSERT
  WITH CHECK ("schoolId" = app_setting('school_id') AND status = 'DRAFT');
CREATE POLICY action_plan_version_edit ON "ActionPlanVersion" FOR UPDATE
  USING ("schoolId" = app_setting('school_id') AND status = 'DRAFT')
  WITH CHECK ("schoolId" = app_setting('school_id') AND status IN ('DRAFT', 'SUBMITTED'));
CREATE POLICY action_plan_version_decide ON "ActionPlanVersion" FOR UPDATE
  USING (status = 'SUBMITTED' AND action_plan_reviewer("schoolId", "submittedToTrust", "validatorId"))
  WITH CHECK (status IN ('VALIDATED', 'CHANGES_REQUESTED')
              AND action_plan_reviewer("schoolId", "submittedToTrust", "validatorId"));

-- Objectives and actions follow their version: readable with it, written only while it is editable.
ALTER TABLE "ActionPlanObjective" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionPlanObjective" FORCE ROW LEVEL SECURITY;
CREATE POLICY action_plan_objective_read ON "ActionPlanObjective" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "ActionPlanVersion" v WHERE v.id = "versionId"));
CREATE POLICY action_plan_objective_write ON "ActionPlanObjective" FOR ALL
  USING ("schoolId" = app_setting('school_id') AND EXISTS (SELECT 1 FROM "ActionPlanVersion" v
         WHERE v.id = "versionId" AND v.status = 'DRAFT'))
  WITH CHECK ("schoolId" = app_setting('school_id') AND EXISTS (SELECT 1 FROM "ActionPlanVersion" v
         WHERE v.id = "versionId" AND v."schoolId" = "schoolId" AND v.status = 'DRAFT'));

ALTER TABLE "ActionPlanAction" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionPlanAction" FORCE ROW LEVEL SECURITY;
CREATE POLICY action_plan_action_read ON "ActionPlanAction" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "ActionPlanVersion" v WHERE v.id = "versionId"));
CREATE POLICY action_plan_action_write ON "ActionPlanAction" FOR ALL
  USING ("schoolId" = app_setting('school_id') AND EXISTS (SELECT 1 FROM "ActionPlanVersion" v
         WHERE v.id = "versionId" AND v.status = 'DRAFT'))
  WITH CHECK ("schoolId" = app_setting('school_id') AND EXISTS (SELECT 1 FROM "ActionPlanVersion" v
         WHERE v.id = "versionId" AND v."schoolId" = "schoolId" AND v.status = 'DRAFT'));

-- Comments and the history are append-only, written by the signed-in person on a version they can read.
ALTER TABLE "ActionPlanComment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionPlanComment" FORCE ROW LEVEL SECURITY;
CREATE POLICY action_plan_comment_read ON "ActionPlanComment" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "ActionPlanVersion" v WHERE v.id = "versionId"));
CREATE POLICY action_plan_comment_append ON "ActionPlanComment" FOR INSERT WITH CHECK (
  "authorId" = app_setting('person_id')
  AND EXISTS (SELECT 1 FROM "ActionPlanVersion" v WHERE v.id = "versionId" AND v."schoolId" = "schoolId"));

ALTER TABLE "ActionPlanEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionPlanEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY action_plan_event_read ON "ActionPlanEvent" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "ActionPlanVersion" v WHERE v.id = "versionId"));
CREATE POLICY action_plan_event_append ON "ActionPlanEvent" FOR INSERT WITH CHECK (
  "actorId" = app_setting('person_id')
  AND EXISTS (SELECT 1 FROM "ActionPlanVersion" v WHERE v.id = "versionId" AND v."schoolId" = "schoolId"));
