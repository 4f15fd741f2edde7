-- CreateTable
CREATE TABLE "PasswordReset" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordReset_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PasswordReset_tokenHash_key" ON "PasswordReset"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordReset_personId_createdAt_idx" ON "PasswordReset"("personId", "createdAt");

-- AddForeignKey
ALTER TABLE "PasswordReset" ADD CONSTRAINT "PasswordReset_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security: a reset is read by its link (the hash in the transaction's scope), made for the
-- account whose address the request named, and closed by the person it belongs to.
ALTER TABLE "PasswordReset" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PasswordReset" FORCE ROW LEVEL SECURITY;
CREATE POLICY password_reset_read ON "PasswordReset" FOR SELECT USING (
  "tokenHash" = app_setting('reset_token_hash')
  OR "personId" = app_setting('person_id')
  OR "personId" IN (SELECT id FROM "Person" WHERE email = app_setting('login_email')));
CREATE POLICY password_reset_make ON "PasswordReset" FOR INSERT WITH CHECK (
  "personId" IN (SELECT id FROM "Person" WHERE email = app_setting('login_email')));
CREATE POLICY password_reset_use ON "PasswordReset" FOR UPDATE USING (
  "tokenHash" = app_setting('reset_token_hash') OR "personId" = app_setting('person_id'));
