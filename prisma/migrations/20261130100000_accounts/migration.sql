-- Issue 7, section 2: accounts that cannot be taken or locked (decision 0008).

-- An address is unique only among verified accounts: an account made from a link shared by hand
-- is bound to its school, and another school's hand-shared link makes a separate account.
ALTER TABLE "Person" ADD COLUMN "emailVerifiedAt" TIMESTAMP(3);
ALTER TABLE "Person" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
DROP INDEX "Person_email_key";
CREATE INDEX "Person_email_idx" ON "Person"("email");
CREATE UNIQUE INDEX "Person_verified_email_key" ON "Person"("email") WHERE "emailVerifiedAt" IS NOT NULL;

ALTER TABLE "Invitation" ADD COLUMN "sentByEmail" BOOLEAN NOT NULL DEFAULT false;

-- Growing delays instead of fixed windows: old counters mean nothing under the new rule.
DELETE FROM "RateLimitBucket";
ALTER TABLE "RateLimitBucket" RENAME COLUMN "windowStart" TO "lastFailureAt";
ALTER TABLE "RateLimitBucket" ADD COLUMN "retryAt" TIMESTAMP(3) NOT NULL;

-- A new password ends every session made with the old one, whatever code path changed it.
CREATE FUNCTION person_password_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."sessionVersion" := OLD."sessionVersion" + 1;
  RETURN NEW;
END $$;
CREATE TRIGGER person_password_changed BEFORE UPDATE OF "passwordHash" ON "Person"
  FOR EACH ROW WHEN (OLD."passwordHash" IS DISTINCT FROM NEW."passwordHash")
  EXECUTE FUNCTION person_password_changed();

-- Removal from a school or trust ends the person's sessions. The lead who removes someone may not
-- update that person's row under row-level security, so this runs as the function's owner and
-- touches only the session version.
CREATE FUNCTION membership_removed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
BEGIN
  UPDATE "Person" SET "sessionVersion" = "sessionVersion" + 1 WHERE id = OLD."personId";
  RETURN OLD;
END $$;
CREATE TRIGGER membership_removed AFTER DELETE ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION membership_removed();
