-- Issue 8: the instance's operators, and the national register of schools (GIAS) they import.
-- Operators create trusts, local authorities and schools and appoint first leaders; no policy
-- below lets them read a school's people, answers or plans (docs/decisions/0016-operators.md).

CREATE TABLE "Operator" (
    "personId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Operator_pkey" PRIMARY KEY ("personId")
);
ALTER TABLE "Operator" ADD CONSTRAINT "Operator_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A row per establishment of the register extract: public data, refreshed by re-importing.
CREATE TABLE "RegisterSchool" (
    "urn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "typeName" TEXT NOT NULL,
    "phaseName" TEXT NOT NULL,
    "statusName" TEXT NOT NULL,
    "laCode" TEXT NOT NULL,
    "laName" TEXT NOT NULL,
    "district" TEXT,
    "trustCode" TEXT,
    "trustName" TEXT,
    "postcode" TEXT,
    "website" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "RegisterSchool_pkey" PRIMARY KEY ("urn")
);
CREATE INDEX "RegisterSchool_laCode_idx" ON "RegisterSchool"("laCode");
CREATE INDEX "RegisterSchool_trustCode_idx" ON "RegisterSchool"("trustCode");
ALTER TABLE "RegisterSchool" ADD CONSTRAINT "RegisterSchool_urn_six_digits" CHECK (urn ~ '^[0-9]{6}$');

-- Where a school sits in the register: its local authority, from the register.
ALTER TABLE "School" ADD COLUMN "laCode" TEXT;
ALTER TABLE "School" ADD COLUMN "laName" TEXT;
-- A trust's group id in the register (multi-academy trusts), or a local authority's code.
ALTER TABLE "Trust" ADD COLUMN "registerCode" TEXT;
CREATE UNIQUE INDEX "Trust_kind_registerCode_key" ON "Trust"("kind", "registerCode");

-- Is the person of this transaction an operator? SECURITY DEFINER, so policies can ask without
-- granting the app role a view of the whole table (the owner is not bound: Operator is not FORCEd,
-- and holds no school data).
CREATE FUNCTION app_is_operator() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM "Operator" WHERE "personId" = app_setting('person_id')) $$;
CREATE FUNCTION app_operator_count() RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT count(*) FROM "Operator" $$;

ALTER TABLE "Operator" ENABLE ROW LEVEL SECURITY;
CREATE POLICY operator_read ON "Operator" FOR SELECT
  USING ("personId" = app_setting('person_id') OR app_is_operator());
-- The first operator may be made by anyone holding the setup code (checked by the app, serialised
-- by an advisory lock); later ones only by an operator.
CREATE POLICY operator_insert ON "Operator" FOR INSERT
  WITH CHECK (app_is_operator() OR app_operator_count() = 0);
CREATE POLICY operator_delete ON "Operator" FOR DELETE
  USING (app_is_operator() AND "personId" <> app_setting('person_id'));

-- Public data, not a tenant's: not FORCEd, so the seed (as owner) can load the shipped extract.
ALTER TABLE "RegisterSchool" ENABLE ROW LEVEL SECURITY;
CREATE POLICY register_read ON "RegisterSchool" FOR SELECT USING (true);
CREATE POLICY register_write ON "RegisterSchool" FOR ALL
  USING (app_is_operator()) WITH CHECK (app_is_operator());

-- Operators make trusts, authorities and schools; they remove only the demo's.
CREATE POLICY trust_create ON "Trust" FOR INSERT WITH CHECK (app_is_operator());
CREATE POLICY trust_remove_demo ON "Trust" FOR DELETE USING ("isDemo" AND app_is_operator());
CREATE POLICY school_create ON "School" FOR INSERT WITH CHECK (app_is_operator());
CREATE POLICY school_remove_demo ON "School" FOR DELETE USING ("isDemo" AND app_is_operator());
-- (A delete must see the row it deletes; demo accounts are no one's real data.)
CREATE POLICY person_demo_read ON "Person" FOR SELECT USING ("isDemo" AND app_is_operator());
CREATE POLICY person_remove_demo ON "Person" FOR DELETE USING ("isDemo" AND app_is_operator());
-- Operators see one another (to know who else runs the server), nobody else.
CREATE POLICY person_operator_read ON "Person" FOR SELECT USING (
  app_is_operator() AND EXISTS (SELECT 1 FROM "Operator" o WHERE o."personId" = "Person".id));

-- Appointing a first leader is an invitation the operator sends and may read back; nothing else
-- of the school's invitations.
CREATE POLICY invitation_operator ON "Invitation" FOR ALL
  USING (app_is_operator() AND "invitedById" = app_setting('person_id')
         AND role IN ('LEAD', 'HEAD', 'TRUST_LEADER'))
  WITH CHECK (app_is_operator() AND "invitedById" = app_setting('person_id')
              AND role IN ('LEAD', 'HEAD', 'TRUST_LEADER'));

-- The operators' own events (instance.*, never tied to a school) are theirs to read; sign-in events
-- stay unreadable through the app.
CREATE POLICY audit_operator_read ON "AuditEvent" FOR SELECT
  USING ("schoolId" IS NULL AND "trustId" IS NULL AND action LIKE 'instance.%' AND app_is_operator());

GRANT EXECUTE ON FUNCTION app_is_operator() TO harbour_app;
GRANT EXECUTE ON FUNCTION app_operator_count() TO harbour_app;
