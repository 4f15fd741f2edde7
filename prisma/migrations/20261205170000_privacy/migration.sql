-- Decision 0041: per-school retention of individual responses, a person's own data, and erasure.

-- DropForeignKey
ALTER TABLE "Response" DROP CONSTRAINT "Response_personId_fkey";

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "retentionYears" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "responsesDeletedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Response" ALTER COLUMN "personId" DROP NOT NULL;

-- AddForeignKey: erasing a person unlinks their responses (the figures stay, linked to no one).
ALTER TABLE "Response" ADD CONSTRAINT "Response_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "School" ADD CONSTRAINT "School_retentionYears" CHECK ("retentionYears" BETWEEN 1 AND 10);

-- A person reads their own responses and answers wherever they are (also in a school they have
-- left), for the download of everything Harbour holds about them.
CREATE POLICY response_own_read ON "Response" FOR SELECT USING ("personId" = app_setting('person_id'));
CREATE POLICY answer_own_read ON "Answer" FOR SELECT USING (
  EXISTS (SELECT 1 FROM "Response" r WHERE r.id = "Answer"."responseId" AND r."personId" = app_setting('person_id')));
-- ...and the audit events about them or by them.
CREATE POLICY audit_own_read ON "AuditEvent" FOR SELECT
  USING ("actorId" = app_setting('person_id') OR "targetId" = app_setting('person_id')
         OR detail->>'email' = (SELECT p.email FROM "Person" p WHERE p.id = app_setting('person_id')));
-- The audit log stays append-only but for one change: erasure takes the person's own address out of
-- the events that carried it (an invitation's); the check lets no other change through.
CREATE POLICY audit_erase_email ON "AuditEvent" FOR UPDATE
  USING (detail->>'email' = (SELECT p.email FROM "Person" p WHERE p.id = app_setting('person_id')))
  WITH CHECK (NOT (detail ? 'email'));
-- Erasure: a person deletes their own account (its rows cascade; responses are unlinked) and the
-- invitations that carried their address.
CREATE POLICY person_erase_self ON "Person" FOR DELETE USING (id = app_setting('person_id'));
CREATE POLICY invitation_erase_own ON "Invitation" FOR DELETE
  USING (email = (SELECT p.email FROM "Person" p WHERE p.id = app_setting('person_id')));

-- Retention keeps a round's figures: once the job has marked a round (responsesDeletedAt), deleting
-- its responses takes nothing from the rollups, and its summary is no longer recounted.
CREATE OR REPLACE FUNCTION response_rollup() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'SUBMITTED' AND NOT EXISTS (
      SELECT 1 FROM "Round" r WHERE r.id = OLD."roundId" AND r."responsesDeletedAt" IS NOT NULL) THEN
      PERFORM round_rollup_apply(OLD, -1);
    END IF;
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = 'SUBMITTED' AND NEW.status <> 'SUBMITTED' THEN
    PERFORM round_rollup_apply(OLD, -1);
  ELSIF NEW.status = 'SUBMITTED' AND (TG_OP = 'INSERT' OR OLD.status <> 'SUBMITTED') THEN
    PERFORM round_rollup_apply(NEW, 1);
  END IF;
  RETURN NEW;
END $$;

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
         + (SELECT count(*) FROM "Response" x
             WHERE x."roundId" = r.id AND NOT EXISTS (
               SELECT 1 FROM "Membership" m
                WHERE m."personId" = x."personId" AND m."schoolId" = r."schoolId" AND m."jobRole" IS NOT NULL
                  AND (r.audience = 'ALL_STAFF' OR m."jobRole" = ANY (r."jobRoles")))),
         (SELECT count(*) FROM "Response" x WHERE x."roundId" = r.id AND x.status = 'SUBMITTED')
    FROM "Round" r WHERE r.id = round_id
  ON CONFLICT ("roundId") DO UPDATE SET asked = EXCLUDED.asked, submitted = EXCLUDED.submitted;
END $$;
