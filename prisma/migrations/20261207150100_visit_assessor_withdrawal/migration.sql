-- The trust leader may withdraw a visit assessor's link before it is accepted: the link then says so.
ALTER TABLE "AccreditationVisitAssessor" ADD COLUMN "withdrawnAt" TIMESTAMP(3);
