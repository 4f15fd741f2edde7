-- CreateTable
CREATE TABLE "TwoFactor" (
    "personId" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "lastStep" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TwoFactor_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Passkey" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,
    "publicKey" BYTEA NOT NULL,
    "counter" BIGINT NOT NULL DEFAULT 0,
    "transports" TEXT[],
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "Passkey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasskeyChallenge" (
    "id" TEXT NOT NULL,
    "challenge" TEXT NOT NULL,
    "personId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasskeyChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RecoveryCode_personId_codeHash_key" ON "RecoveryCode"("personId", "codeHash");

-- CreateIndex
CREATE UNIQUE INDEX "Passkey_credentialId_key" ON "Passkey"("credentialId");

-- CreateIndex
CREATE INDEX "Passkey_personId_idx" ON "Passkey"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "PasskeyChallenge_challenge_key" ON "PasskeyChallenge"("challenge");

-- AddForeignKey
ALTER TABLE "TwoFactor" ADD CONSTRAINT "TwoFactor_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passkey" ADD CONSTRAINT "Passkey_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security: a person's second factor is theirs alone. Sign-in reads it in the person's own
-- scope, set only once the password has proved who they are (decision 0040).
ALTER TABLE "TwoFactor" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TwoFactor" FORCE ROW LEVEL SECURITY;
CREATE POLICY two_factor_own ON "TwoFactor" FOR ALL
  USING ("personId" = app_setting('person_id')) WITH CHECK ("personId" = app_setting('person_id'));
ALTER TABLE "RecoveryCode" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RecoveryCode" FORCE ROW LEVEL SECURITY;
CREATE POLICY recovery_code_own ON "RecoveryCode" FOR ALL
  USING ("personId" = app_setting('person_id')) WITH CHECK ("personId" = app_setting('person_id'));
GRANT SELECT, INSERT, UPDATE, DELETE ON "TwoFactor", "RecoveryCode" TO harbour_app;

-- A passkey is read by its owner, and during a passkey sign-in by its credential id (the browser
-- names it; the signature then proves it). A challenge is read by its value, which only its browser has.
ALTER TABLE "Passkey" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Passkey" FORCE ROW LEVEL SECURITY;
CREATE POLICY passkey_read ON "Passkey" FOR SELECT USING (
  "personId" = app_setting('person_id') OR "credentialId" = app_setting('passkey_credential_id'));
CREATE POLICY passkey_make ON "Passkey" FOR INSERT WITH CHECK ("personId" = app_setting('person_id'));
CREATE POLICY passkey_use ON "Passkey" FOR UPDATE USING ("personId" = app_setting('person_id'))
  WITH CHECK ("personId" = app_setting('person_id'));
CREATE POLICY passkey_remove ON "Passkey" FOR DELETE USING ("personId" = app_setting('person_id'));
ALTER TABLE "PasskeyChallenge" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PasskeyChallenge" FORCE ROW LEVEL SECURITY;
-- Expired challenges are anyone's to clear away (each new one does).
CREATE POLICY passkey_challenge_read ON "PasskeyChallenge" FOR SELECT USING (
  challenge = app_setting('passkey_challenge') OR "personId" = app_setting('person_id') OR "expiresAt" < now());
CREATE POLICY passkey_challenge_make ON "PasskeyChallenge" FOR INSERT WITH CHECK (
  "personId" IS NULL OR "personId" = app_setting('person_id'));
CREATE POLICY passkey_challenge_use ON "PasskeyChallenge" FOR DELETE USING (
  challenge = app_setting('passkey_challenge') OR "personId" = app_setting('person_id') OR "expiresAt" < now());
GRANT SELECT, INSERT, UPDATE, DELETE ON "Passkey", "PasskeyChallenge" TO harbour_app;
