-- Issue 8, part 5: staff from the MIS through Wonde (decision 0021). Four tables, each one school's.
CREATE TABLE "WondeConnection" (
    "schoolId" TEXT NOT NULL,
    "wondeSchoolId" TEXT NOT NULL,
    "tokenSealed" TEXT NOT NULL,
    "tokenEnd" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "WondeConnection_pkey" PRIMARY KEY ("schoolId")
);

CREATE TABLE "RosterRoleMapping" (
    "schoolId" TEXT NOT NULL,
    "titleKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "jobRole" "JobRole" NOT NULL,
    CONSTRAINT "RosterRoleMapping_pkey" PRIMARY KEY ("schoolId","titleKey")
);

CREATE TABLE "RosterSync" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "runById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "staff" JSONB NOT NULL,
    CONSTRAINT "RosterSync_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "RosterSyncRejection" (
    "schoolId" TEXT NOT NULL,
    "proposalKey" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "rejectedById" TEXT NOT NULL,
    "rejectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RosterSyncRejection_pkey" PRIMARY KEY ("schoolId","proposalKey")
);

CREATE UNIQUE INDEX "RosterSync_schoolId_key" ON "RosterSync"("schoolId");

ALTER TABLE "WondeConnection" ADD CONSTRAINT "WondeConnection_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RosterRoleMapping" ADD CONSTRAINT "RosterRoleMapping_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RosterSync" ADD CONSTRAINT "RosterSync_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RosterSyncRejection" ADD CONSTRAINT "RosterSyncRejection_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The default privileges from the row-level security migration grant these to harbour_app; said
-- again here so the tables work whoever created them.
GRANT SELECT, INSERT, UPDATE, DELETE ON "WondeConnection", "RosterRoleMapping", "RosterSync", "RosterSyncRejection" TO harbour_app;

ALTER TABLE "WondeConnection" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WondeConnection" FORCE ROW LEVEL SECURITY;
CREATE POLICY wonde_connection_school ON "WondeConnection" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

ALTER TABLE "RosterRoleMapping" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RosterRoleMapping" FORCE ROW LEVEL SECURITY;
CREATE POLICY roster_role_mapping_school ON "RosterRoleMapping" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

ALTER TABLE "RosterSync" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RosterSync" FORCE ROW LEVEL SECURITY;
CREATE POLICY roster_sync_school ON "RosterSync" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));

ALTER TABLE "RosterSyncRejection" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RosterSyncRejection" FORCE ROW LEVEL SECURITY;
CREATE POLICY roster_sync_rejection_school ON "RosterSyncRejection" FOR ALL
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));
