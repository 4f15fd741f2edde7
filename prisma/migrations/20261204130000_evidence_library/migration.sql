-- Issue 10, part 3: the evidence library, stored once and tagged across frameworks (decision 0029).

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('NOTE', 'LINK', 'FILE');

-- CreateEnum
CREATE TYPE "EvidenceTagKind" AS ENUM ('PRINCIPLE', 'LEAD_AREA', 'ACTION', 'CRITERION');

-- CreateTable
CREATE TABLE "EvidenceItem" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "note" TEXT,
    "url" TEXT,
    "fileKey" TEXT,
    "fileName" TEXT,
    "fileType" TEXT,
    "fileSize" INTEGER,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceTag" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "kind" "EvidenceTagKind" NOT NULL,
    "principleKey" TEXT,
    "leadAreaKey" TEXT,
    "actionPlanId" TEXT,
    "actionKey" TEXT,
    "criterionId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceTag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceItem_fileKey_key" ON "EvidenceItem"("fileKey");

-- CreateIndex
CREATE INDEX "EvidenceItem_schoolId_createdAt_idx" ON "EvidenceItem"("schoolId", "createdAt");

-- CreateIndex
CREATE INDEX "EvidenceTag_schoolId_kind_idx" ON "EvidenceTag"("schoolId", "kind");

-- CreateIndex
CREATE INDEX "EvidenceTag_actionPlanId_actionKey_idx" ON "EvidenceTag"("actionPlanId", "actionKey");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceTag_itemId_principleKey_key" ON "EvidenceTag"("itemId", "principleKey");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceTag_itemId_leadAreaKey_key" ON "EvidenceTag"("itemId", "leadAreaKey");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceTag_itemId_actionPlanId_actionKey_key" ON "EvidenceTag"("itemId", "actionPlanId", "actionKey");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceTag_itemId_criterionId_key" ON "EvidenceTag"("itemId", "criterionId");

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceTag" ADD CONSTRAINT "EvidenceTag_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "EvidenceItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceTag" ADD CONSTRAINT "EvidenceTag_actionPlanId_fkey" FOREIGN KEY ("actionPlanId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceTag" ADD CONSTRAINT "EvidenceTag_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "AccreditationCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Integrity the Prisma schema cannot express.
-- Each kind of item carries exactly what it needs: a note its text, a link an http(s) address, a file
-- its stored key, safe name, checked type and size (at most 10 MB).
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_title" CHECK (length(btrim(title)) BETWEEN 1 AND 200);
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_kind_fields" CHECK (
  (kind = 'NOTE' AND note IS NOT NULL AND length(btrim(note)) > 0 AND url IS NULL AND "fileKey" IS NULL)
  OR (kind = 'LINK' AND url ~ '^https?://' AND "fileKey" IS NULL)
  OR (kind = 'FILE' AND url IS NULL AND "fileKey" IS NOT NULL AND "fileName" IS NOT NULL
      AND "fileType" IN ('application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        'application/vnd.oasis.opendocument.text')
      AND "fileSize" BETWEEN 1 AND 10485760));

-- A tag names exactly one target, in the column of its kind; principles and learning areas are
-- the keys of lib/review/principles.ts and lib/lead-development/areas.ts.
ALTER TABLE "EvidenceTag" ADD CONSTRAINT "EvidenceTag_kind_target" CHECK (
  num_nonnulls("principleKey", "leadAreaKey", "actionPlanId", "criterionId") = 1
  AND (("actionPlanId" IS NULL) = ("actionKey" IS NULL))
  AND CASE kind
    WHEN 'PRINCIPLE' THEN "principleKey" IS NOT NULL
    WHEN 'LEAD_AREA' THEN "leadAreaKey" IS NOT NULL
    WHEN 'ACTION' THEN "actionPlanId" IS NOT NULL
    WHEN 'CRITERION' THEN "criterionId" IS NOT NULL
  END);
ALTER TABLE "EvidenceTag" ADD CONSTRAINT "EvidenceTag_principle_key" CHECK ("principleKey" IN (
  'leadership', 'ethos', 'curriculum', 'student-voice', 'staff-development', 'identifying-need',
  'parents-carers', 'targeted-support'));
ALTER TABLE "EvidenceTag" ADD CONSTRAINT "EvidenceTag_lead_area_key" CHECK ("leadAreaKey" IN (
  'identifying-need', 'targeted-support', 'staff-development', 'ethos', 'leadership', 'student-voice',
  'parents-carers'));

-- A tag, its item and the plan it names belong to one school, and the action exists in that plan
-- (in some version: its key is stable across versions); a criterion is one of a scheme the school
-- may read (Harbour's, or its own trust's). Another school's rows are invisible here under
-- row-level security, so naming one fails as well.
CREATE FUNCTION evidence_tag_same_school() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "EvidenceItem" i WHERE i.id = NEW."itemId" AND i."schoolId" = NEW."schoolId") THEN
    RAISE EXCEPTION 'evidence item is not in the tag''s school' USING ERRCODE = '23514';
  END IF;
  IF NEW."actionPlanId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "ActionPlanAction" a JOIN "ActionPlanVersion" v ON v.id = a."versionId"
    WHERE v."planId" = NEW."actionPlanId" AND a.key = NEW."actionKey" AND a."schoolId" = NEW."schoolId") THEN
    RAISE EXCEPTION 'action is not in the tag''s school' USING ERRCODE = '23514';
  END IF;
  IF NEW."criterionId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "AccreditationCriterion" c WHERE c.id = NEW."criterionId"
      AND (c."trustId" IS NULL OR c."trustId" = (SELECT s."trustId" FROM "School" s WHERE s.id = NEW."schoolId"))) THEN
    RAISE EXCEPTION 'criterion is not in a scheme the school may use' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER evidence_tag_same_school BEFORE INSERT OR UPDATE ON "EvidenceTag"
  FOR EACH ROW EXECUTE FUNCTION evidence_tag_same_school();

GRANT SELECT, INSERT, UPDATE, DELETE ON "EvidenceItem", "EvidenceTag" TO harbour_app;

-- Evidence belongs to its school; nobody outside it reads or writes it.
ALTER TABLE "EvidenceItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EvidenceItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY evidence_item_school ON "EvidenceItem" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

ALTER TABLE "EvidenceTag" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EvidenceTag" FORCE ROW LEVEL SECURITY;
CREATE POLICY evidence_tag_school ON "EvidenceTag" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));
