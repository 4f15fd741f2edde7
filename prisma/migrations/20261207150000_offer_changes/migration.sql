-- A trust may withdraw an offer (decision 0036, follow-up): the offer is kept, marked withdrawn, so
-- the schools whose plans booked it are told on their plan page; nothing more can be booked on it.
ALTER TABLE "TrustOffer" ADD COLUMN "withdrawnAt" TIMESTAMP(3), ADD COLUMN "withdrawnById" TEXT;

-- As before, and a withdrawn offer takes no booking: the withdrawal's UPDATE holds the offer's row
-- lock, so a plan racing it re-reads the row here, finds it withdrawn and is refused (23503).
CREATE OR REPLACE FUNCTION offer_booking_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "TrustOffer" SET "placesBooked" = "placesBooked" + NEW."places"
     WHERE id = NEW."offerId" AND "trustId" = NEW."trustId" AND "withdrawnAt" IS NULL;
    IF NOT FOUND THEN RAISE EXCEPTION 'offer % not found for this booking', NEW."offerId"
      USING ERRCODE = 'foreign_key_violation'; END IF;
    RETURN NEW;
  END IF;
  -- (When the offer itself is being deleted it is gone already and nothing is updated.)
  UPDATE "TrustOffer" SET "placesBooked" = "placesBooked" - OLD."places" WHERE id = OLD."offerId";
  RETURN OLD;
END $$;
