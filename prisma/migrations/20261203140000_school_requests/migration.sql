-- Issue 8, parts 2 and 3: schools join from the register (decision 0022).
-- A trust asks a school to join; only its head accepts. A senior lead asks for a school by URN;
-- an emailed link on the school's own domain, or an operator, confirms it.

CREATE TYPE "JoinRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');
CREATE TYPE "SchoolRequestStatus" AS ENUM ('WAITING_EMAIL', 'WAITING_OPERATOR', 'CONFIRMED', 'REFUSED');

CREATE TABLE "TrustJoinRequest" (
    "id" TEXT NOT NULL,
    "trustId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "createdSchool" BOOLEAN NOT NULL DEFAULT false,
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TrustJoinRequest_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SchoolRequest" (
    "id" TEXT NOT NULL,
    "urn" TEXT NOT NULL,
    "requesterName" TEXT NOT NULL,
    "jobRole" "JobRole" NOT NULL,
    "email" TEXT NOT NULL,
    "status" "SchoolRequestStatus" NOT NULL,
    "tokenHash" TEXT,
    "expiresAt" TIMESTAMP(3),
    "schoolId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SchoolRequest_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "TrustJoinRequest_trustId_status_idx" ON "TrustJoinRequest"("trustId", "status");
CREATE INDEX "TrustJoinRequest_schoolId_status_idx" ON "TrustJoinRequest"("schoolId", "status");
CREATE UNIQUE INDEX "SchoolRequest_tokenHash_key" ON "SchoolRequest"("tokenHash");
CREATE UNIQUE INDEX "SchoolRequest_schoolId_key" ON "SchoolRequest"("schoolId");
CREATE INDEX "SchoolRequest_status_createdAt_idx" ON "SchoolRequest"("status", "createdAt");
CREATE INDEX "SchoolRequest_urn_idx" ON "SchoolRequest"("urn");

-- Deferred: a school made from the register is written after the request that names it, in the
-- same transaction, because the school's insert policy asks for that request (below).
ALTER TABLE "TrustJoinRequest" ADD CONSTRAINT "TrustJoinRequest_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TrustJoinRequest" ADD CONSTRAINT "TrustJoinRequest_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "SchoolRequest" ADD CONSTRAINT "SchoolRequest_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE "SchoolRequest" ADD CONSTRAINT "SchoolRequest_urn_six_digits" CHECK (urn ~ '^[0-9]{6}$');
ALTER TABLE "SchoolRequest" ADD CONSTRAINT "SchoolRequest_email_lowercase" CHECK (email = lower(email));
ALTER TABLE "SchoolRequest" ADD CONSTRAINT "SchoolRequest_link" CHECK (
  ("tokenHash" IS NULL) = ("expiresAt" IS NULL));
-- At most one request waiting from a trust for a school.
CREATE UNIQUE INDEX "TrustJoinRequest_one_pending" ON "TrustJoinRequest"("trustId", "schoolId") WHERE status = 'PENDING';

-- Was this row version written by the current transaction? Policies use it so that a school may be
-- made only together with the request that asks for it, never from an older request.
CREATE FUNCTION app_written_now(row_xmin xid) RETURNS boolean
  LANGUAGE sql STABLE AS $$ SELECT row_xmin = pg_current_xact_id()::xid $$;
GRANT EXECUTE ON FUNCTION app_written_now(xid) TO harbour_app;

-- Trust join requests: the trust and the school see them; a trust leader asks for their own trust
-- (only for a school with no trust); only the school's head decides.
ALTER TABLE "TrustJoinRequest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TrustJoinRequest" FORCE ROW LEVEL SECURITY;
CREATE POLICY join_read ON "TrustJoinRequest" FOR SELECT
  USING ("trustId" = app_setting('trust_id') OR "schoolId" = app_setting('school_id'));
CREATE POLICY join_create ON "TrustJoinRequest" FOR INSERT WITH CHECK (
  "trustId" = app_setting('trust_id') AND "requestedById" = app_setting('person_id')
  AND status = 'PENDING' AND "decidedById" IS NULL
  AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."personId" = app_setting('person_id')
              AND m."trustId" = "TrustJoinRequest"."trustId" AND m.role = 'TRUST_LEADER')
  AND NOT EXISTS (SELECT 1 FROM "School" s WHERE s.id = "TrustJoinRequest"."schoolId" AND s."trustId" IS NOT NULL));
CREATE POLICY join_decide ON "TrustJoinRequest" FOR UPDATE
  USING ("schoolId" = app_setting('school_id') AND status = 'PENDING'
         AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."personId" = app_setting('person_id')
                     AND m."schoolId" = "TrustJoinRequest"."schoolId" AND m.role = 'HEAD'))
  WITH CHECK ("schoolId" = app_setting('school_id') AND status IN ('ACCEPTED', 'DECLINED')
              AND "decidedById" = app_setting('person_id'));

-- A trust leader makes a school from the register only with no trust, and only together with their
-- own pending request for it, written in this same transaction.
CREATE POLICY school_create_for_trust ON "School" FOR INSERT WITH CHECK (
  "trustId" IS NULL
  AND EXISTS (SELECT 1 FROM "RegisterSchool" g WHERE g.urn = "School".urn)
  AND EXISTS (SELECT 1 FROM "TrustJoinRequest" r WHERE r."schoolId" = "School".id
              AND r."trustId" = app_setting('trust_id') AND r."requestedById" = app_setting('person_id')
              AND r."createdSchool" AND r.status = 'PENDING' AND app_written_now(r.xmin)));
-- A confirmation link makes its school, with no trust, when the request it confirms names it.
CREATE POLICY school_create_from_request ON "School" FOR INSERT WITH CHECK (
  "trustId" IS NULL
  AND EXISTS (SELECT 1 FROM "SchoolRequest" r WHERE r."schoolId" = "School".id AND r.urn = "School".urn
              AND r."tokenHash" = app_setting('school_request_token_hash')
              AND r.status = 'CONFIRMED' AND app_written_now(r.xmin)));
-- A school's trust changes only through its head's acceptance of that trust's request (or stays).
CREATE POLICY school_trust_by_acceptance ON "School" AS RESTRICTIVE FOR UPDATE WITH CHECK (
  "trustId" IS NOT DISTINCT FROM (SELECT s."trustId" FROM "School" s WHERE s.id = "School".id)
  OR EXISTS (SELECT 1 FROM "TrustJoinRequest" r WHERE r."schoolId" = "School".id
             AND r."trustId" = "School"."trustId" AND r.status = 'ACCEPTED' AND app_written_now(r.xmin)));

-- The trust leader invites the head of a school they made from the register, nobody else there,
-- and may read back only that invitation.
CREATE POLICY invitation_trust_head_create ON "Invitation" FOR INSERT WITH CHECK (
  role = 'HEAD' AND "trustId" IS NULL AND "invitedById" = app_setting('person_id')
  AND EXISTS (SELECT 1 FROM "TrustJoinRequest" r WHERE r."schoolId" = "Invitation"."schoolId"
              AND r."trustId" = app_setting('trust_id') AND r."requestedById" = app_setting('person_id')
              AND r."createdSchool"));
CREATE POLICY invitation_trust_head_read ON "Invitation" FOR SELECT USING (
  role = 'HEAD' AND "trustId" IS NULL AND "invitedById" = app_setting('person_id')
  AND EXISTS (SELECT 1 FROM "TrustJoinRequest" r WHERE r."schoolId" = "Invitation"."schoolId"
              AND r."trustId" = app_setting('trust_id') AND r."createdSchool"));

-- Events about a join request carry both the school and the trust; either side may record them.
CREATE POLICY audit_join_request ON "AuditEvent" FOR INSERT WITH CHECK (
  action LIKE 'trust-join.%'
  AND EXISTS (SELECT 1 FROM "TrustJoinRequest" r WHERE r."schoolId" = "AuditEvent"."schoolId"
              AND r."trustId" = "AuditEvent"."trustId"
              AND (r."trustId" = app_setting('trust_id') OR r."schoolId" = app_setting('school_id'))));

-- School requests: anyone may ask (the app limits how often); the link's holder reads and confirms
-- that one request; operators see and decide them all. No one else reads them.
ALTER TABLE "SchoolRequest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SchoolRequest" FORCE ROW LEVEL SECURITY;
CREATE POLICY school_request_create ON "SchoolRequest" FOR INSERT WITH CHECK (
  status IN ('WAITING_EMAIL', 'WAITING_OPERATOR') AND "schoolId" IS NULL AND "decidedById" IS NULL);
CREATE POLICY school_request_by_link ON "SchoolRequest" FOR SELECT
  USING ("tokenHash" = app_setting('school_request_token_hash'));
CREATE POLICY school_request_confirm_by_link ON "SchoolRequest" FOR UPDATE
  USING ("tokenHash" = app_setting('school_request_token_hash') AND status = 'WAITING_EMAIL')
  WITH CHECK ("tokenHash" = app_setting('school_request_token_hash') AND status = 'CONFIRMED');
CREATE POLICY school_request_operator ON "SchoolRequest" FOR ALL
  USING (app_is_operator()) WITH CHECK (app_is_operator());
