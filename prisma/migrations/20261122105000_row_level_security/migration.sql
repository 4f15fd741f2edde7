-- Integrity the Prisma schema cannot express.
ALTER TABLE "Person" ADD CONSTRAINT "Person_email_lowercase" CHECK (email = lower(email));
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_email_lowercase" CHECK (email = lower(email));
ALTER TABLE "School" ADD CONSTRAINT "School_urn_six_digits" CHECK (urn ~ '^[0-9]{6}$');
ALTER TABLE "School" ADD CONSTRAINT "School_min_group_size" CHECK ("minGroupSize" >= 5);
ALTER TABLE "JobRoleTier" ADD CONSTRAINT "JobRoleTier_tier" CHECK ("requiredTier" BETWEEN 1 AND 3);
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_scope" CHECK (
  ("schoolId" IS NOT NULL AND "trustId" IS NULL AND role IN ('STAFF', 'LEAD', 'HEAD') AND "jobRole" IS NOT NULL)
  OR ("trustId" IS NOT NULL AND "schoolId" IS NULL AND role = 'TRUST_LEADER' AND "jobRole" IS NULL));
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_scope" CHECK (
  ("schoolId" IS NOT NULL AND "trustId" IS NULL AND role IN ('STAFF', 'LEAD', 'HEAD') AND "jobRole" IS NOT NULL)
  OR ("trustId" IS NOT NULL AND "schoolId" IS NULL AND role = 'TRUST_LEADER' AND "jobRole" IS NULL));

-- The app's role: it owns nothing and is no superuser, so FORCEd policies bind it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'harbour_app') THEN
    CREATE ROLE harbour_app NOLOGIN;
  END IF;
END $$;
GRANT USAGE ON SCHEMA public TO harbour_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO harbour_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO harbour_app;
REVOKE ALL ON "_prisma_migrations" FROM harbour_app;

-- The tenant of the current transaction, set by lib/db/scope.ts with set_config(..., true).
CREATE FUNCTION app_setting(name text) RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.' || name, true), '') $$;

-- Schools and trusts are public registers (names and URNs are published), so anyone signed in may
-- read them; only their own leaders may change them.
ALTER TABLE "Trust" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Trust" FORCE ROW LEVEL SECURITY;
CREATE POLICY trust_read ON "Trust" FOR SELECT USING (true);
CREATE POLICY trust_write ON "Trust" FOR UPDATE USING (id = app_setting('trust_id'));

ALTER TABLE "School" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "School" FORCE ROW LEVEL SECURITY;
CREATE POLICY school_read ON "School" FOR SELECT USING (true);
CREATE POLICY school_write ON "School" FOR UPDATE USING (id = app_setting('school_id'));

-- A school's people are visible in that school; a trust's schools' memberships to that trust;
-- one's own memberships always (to list where one may go).
ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY membership_read ON "Membership" FOR SELECT USING (
  "personId" = app_setting('person_id')
  OR "schoolId" = app_setting('school_id')
  OR "trustId" = app_setting('trust_id')
  OR "schoolId" IN (SELECT id FROM "School" WHERE "trustId" = app_setting('trust_id')));
CREATE POLICY membership_write ON "Membership" FOR ALL
  USING ("schoolId" = app_setting('school_id') OR "trustId" = app_setting('trust_id'))
  WITH CHECK ("schoolId" = app_setting('school_id') OR "trustId" = app_setting('trust_id'));

-- A person is visible to themselves, to the sign-in that names their email, and within a school
-- or trust they belong to.
ALTER TABLE "Person" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Person" FORCE ROW LEVEL SECURITY;
CREATE POLICY person_read ON "Person" FOR SELECT USING (
  id = app_setting('person_id')
  OR email = app_setting('login_email')
  OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."personId" = "Person".id
             AND (m."schoolId" = app_setting('school_id') OR m."trustId" = app_setting('trust_id'))));
CREATE POLICY person_insert ON "Person" FOR INSERT WITH CHECK (email = app_setting('login_email'));
CREATE POLICY person_update ON "Person" FOR UPDATE
  USING (id = app_setting('person_id') OR email = app_setting('login_email'));

ALTER TABLE "JobRoleTier" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "JobRoleTier" FORCE ROW LEVEL SECURITY;
CREATE POLICY job_role_tier_school ON "JobRoleTier" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

-- An invitation is reachable from its school or trust, or by whoever holds its token.
ALTER TABLE "Invitation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Invitation" FORCE ROW LEVEL SECURITY;
CREATE POLICY invitation_tenant ON "Invitation" FOR ALL
  USING ("schoolId" = app_setting('school_id') OR "trustId" = app_setting('trust_id')
         OR "tokenHash" = app_setting('invite_token_hash'))
  WITH CHECK ("schoolId" = app_setting('school_id') OR "trustId" = app_setting('trust_id'));

-- The audit log is append-only for the app: no update or delete policy exists.
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON "AuditEvent" FOR SELECT
  USING ("schoolId" = app_setting('school_id') OR "trustId" = app_setting('trust_id'));
CREATE POLICY audit_append ON "AuditEvent" FOR INSERT WITH CHECK (
  ("schoolId" IS NULL OR "schoolId" = app_setting('school_id'))
  AND ("trustId" IS NULL OR "trustId" = app_setting('trust_id')));

-- RateLimitBucket holds no tenant data (keys are hashed), so it has no policy.
