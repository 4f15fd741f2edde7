-- CreateTable
CREATE TABLE "LeadHandover" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "fromPersonId" TEXT,
    "fromName" TEXT NOT NULL DEFAULT '',
    "toPersonId" TEXT NOT NULL,
    "toName" TEXT NOT NULL,
    "appointedById" TEXT NOT NULL,
    "appointedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "versionId" TEXT,
    "versionNumber" INTEGER,
    "inPlace" BOOLEAN NOT NULL DEFAULT false,
    "actionsMoved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LeadHandover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeadHandoverAction" (
    "id" TEXT NOT NULL,
    "handoverId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "actionKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "fromPersonId" TEXT,
    "toPersonId" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" TEXT,

    CONSTRAINT "LeadHandoverAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LeadHandover_schoolId_appointedAt_idx" ON "LeadHandover"("schoolId", "appointedAt");

-- CreateIndex
CREATE INDEX "LeadHandoverAction_schoolId_toPersonId_idx" ON "LeadHandoverAction"("schoolId", "toPersonId");

-- CreateIndex
CREATE UNIQUE INDEX "LeadHandoverAction_handoverId_actionKey_key" ON "LeadHandoverAction"("handoverId", "actionKey");

-- AddForeignKey
ALTER TABLE "LeadHandover" ADD CONSTRAINT "LeadHandover_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadHandoverAction" ADD CONSTRAINT "LeadHandoverAction_handoverId_fkey" FOREIGN KEY ("handoverId") REFERENCES "LeadHandover"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Integrity the Prisma schema cannot express.
ALTER TABLE "LeadHandover" ADD CONSTRAINT "LeadHandover_moved" CHECK ("actionsMoved" >= 0);
ALTER TABLE "LeadHandover" ADD CONSTRAINT "LeadHandover_someone_new" CHECK ("fromPersonId" IS NULL OR "fromPersonId" <> "toPersonId");
ALTER TABLE "LeadHandoverAction" ADD CONSTRAINT "LeadHandoverAction_confirmed" CHECK (
  ("confirmedAt" IS NULL) = ("confirmedById" IS NULL));

GRANT SELECT, INSERT ON "LeadHandover" TO harbour_app;
GRANT SELECT, INSERT, UPDATE ON "LeadHandoverAction" TO harbour_app;

-- A handover belongs to its school; it is a record: written once, never changed or deleted.
ALTER TABLE "LeadHandover" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "LeadHandover" FORCE ROW LEVEL SECURITY;
CREATE POLICY lead_handover_read ON "LeadHandover" FOR SELECT
  USING ("schoolId" = app_setting('school_id'));
CREATE POLICY lead_handover_insert ON "LeadHandover" FOR INSERT
  WITH CHECK ("schoolId" = app_setting('school_id') AND "appointedById" = app_setting('person_id'));

-- Its actions: read in the school, and confirmed only by the person they were handed to, as themselves.
ALTER TABLE "LeadHandoverAction" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "LeadHandoverAction" FORCE ROW LEVEL SECURITY;
CREATE POLICY lead_handover_action_read ON "LeadHandoverAction" FOR SELECT
  USING ("schoolId" = app_setting('school_id'));
CREATE POLICY lead_handover_action_insert ON "LeadHandoverAction" FOR INSERT
  WITH CHECK ("schoolId" = app_setting('school_id') AND EXISTS (
    SELECT 1 FROM "LeadHandover" h WHERE h.id = "handoverId" AND h."schoolId" = "schoolId"));
CREATE POLICY lead_handover_action_confirm ON "LeadHandoverAction" FOR UPDATE
  USING ("schoolId" = app_setting('school_id') AND "toPersonId" = app_setting('person_id'))
  WITH CHECK ("schoolId" = app_setting('school_id') AND "toPersonId" = app_setting('person_id')
              AND "confirmedById" = app_setting('person_id'));
