-- Issue 9, part 7: a person's secret calendar address for the action plan's due dates (decision 0027).
-- CreateTable
CREATE TABLE "ActionPlanFeed" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlanFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanFeed_tokenHash_key" ON "ActionPlanFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "ActionPlanFeed_personId_idx" ON "ActionPlanFeed"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanFeed_schoolId_personId_key" ON "ActionPlanFeed"("schoolId", "personId");

-- AddForeignKey
ALTER TABLE "ActionPlanFeed" ADD CONSTRAINT "ActionPlanFeed_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanFeed" ADD CONSTRAINT "ActionPlanFeed_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;


GRANT SELECT, INSERT, UPDATE, DELETE ON "ActionPlanFeed" TO harbour_app;

-- A person sees and changes only their own address for the school they are working in. A calendar
-- app has no session: whoever holds the token (its hash set as the link token, as for invitation and
-- validator links) reads that one row, to learn whose address it is; the app then checks that person's
-- membership and reads the plan with their school's scope.
ALTER TABLE "ActionPlanFeed" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionPlanFeed" FORCE ROW LEVEL SECURITY;
CREATE POLICY action_plan_feed_read ON "ActionPlanFeed" FOR SELECT USING (
  ("schoolId" = app_setting('school_id') AND "personId" = app_setting('person_id'))
  OR "tokenHash" = app_setting('invite_token_hash'));
CREATE POLICY action_plan_feed_insert ON "ActionPlanFeed" FOR INSERT
  WITH CHECK ("schoolId" = app_setting('school_id') AND "personId" = app_setting('person_id'));
CREATE POLICY action_plan_feed_update ON "ActionPlanFeed" FOR UPDATE
  USING ("schoolId" = app_setting('school_id') AND "personId" = app_setting('person_id'))
  WITH CHECK ("schoolId" = app_setting('school_id') AND "personId" = app_setting('person_id'));
CREATE POLICY action_plan_feed_delete ON "ActionPlanFeed" FOR DELETE
  USING ("schoolId" = app_setting('school_id') AND "personId" = app_setting('person_id'));
