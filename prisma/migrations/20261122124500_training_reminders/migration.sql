-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "trainingRecordId" TEXT,
ALTER COLUMN "roundId" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_trainingRecordId_fkey" FOREIGN KEY ("trainingRecordId") REFERENCES "TrainingRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "Notification" ADD CONSTRAINT "Notification_about" CHECK ("roundId" IS NOT NULL OR "trainingRecordId" IS NOT NULL);
