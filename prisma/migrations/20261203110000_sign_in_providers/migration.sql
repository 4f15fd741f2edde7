-- Issue 8, part 4: sign in with Microsoft (Entra ID) and Google (Workspace) (decision 0019).
CREATE TABLE "SchoolEmailDomain" (
    "domain" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "linkedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SchoolEmailDomain_pkey" PRIMARY KEY ("domain")
);
CREATE INDEX "SchoolEmailDomain_schoolId_idx" ON "SchoolEmailDomain"("schoolId");
ALTER TABLE "SchoolEmailDomain" ADD CONSTRAINT "SchoolEmailDomain_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SchoolEmailDomain" ADD CONSTRAINT "SchoolEmailDomain_domain_lowercase" CHECK (domain = lower(domain) AND domain LIKE '%_._%');

CREATE TABLE "SchoolSignIn" (
    "schoolId" TEXT NOT NULL,
    "microsoftTenantId" TEXT,
    "googleHostedDomain" TEXT,
    "requireProvider" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "SchoolSignIn_pkey" PRIMARY KEY ("schoolId")
);
ALTER TABLE "SchoolSignIn" ADD CONSTRAINT "SchoolSignIn_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SchoolSignIn" ADD CONSTRAINT "SchoolSignIn_tenant_guid" CHECK (
  "microsoftTenantId" IS NULL OR "microsoftTenantId" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$');
ALTER TABLE "SchoolSignIn" ADD CONSTRAINT "SchoolSignIn_hd_lowercase" CHECK (
  "googleHostedDomain" IS NULL OR "googleHostedDomain" = lower("googleHostedDomain"));

GRANT SELECT, INSERT, UPDATE, DELETE ON "SchoolEmailDomain", "SchoolSignIn" TO harbour_app;

-- The school's lead manages both. A provider sign-in knows only the identity's email: it may read
-- the domain row for that email's domain, and that school's settings.
ALTER TABLE "SchoolEmailDomain" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SchoolEmailDomain" FORCE ROW LEVEL SECURITY;
CREATE POLICY school_email_domain_school ON "SchoolEmailDomain" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));
CREATE POLICY school_email_domain_sign_in ON "SchoolEmailDomain" FOR SELECT
  USING (domain = split_part(app_setting('login_email'), '@', 2));

-- Password sign-in reads the settings of the schools the person belongs to (is a provider required?).
ALTER TABLE "SchoolSignIn" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SchoolSignIn" FORCE ROW LEVEL SECURITY;
CREATE POLICY school_sign_in_school ON "SchoolSignIn" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));
CREATE POLICY school_sign_in_sign_in ON "SchoolSignIn" FOR SELECT USING (
  "schoolId" IN (SELECT "schoolId" FROM "SchoolEmailDomain" WHERE domain = split_part(app_setting('login_email'), '@', 2))
  OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."personId" = app_setting('person_id') AND m."schoolId" = "SchoolSignIn"."schoolId"));
