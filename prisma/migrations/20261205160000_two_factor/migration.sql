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

-- CreateIndex
CREATE UNIQUE INDEX "RecoveryCode_personId_codeHash_key" ON "RecoveryCode"("personId", "codeHash");

-- AddForeignKey
ALTER TABLE "TwoFactor" ADD CONSTRAINT "TwoFactor_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;


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
