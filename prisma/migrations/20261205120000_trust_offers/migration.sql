-- CreateTable
CREATE TABLE "TrustOffer" (
    "id" TEXT NOT NULL,
    "trustId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "dates" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "term" "Term" NOT NULL,
    "places" INTEGER NOT NULL,
    "placesBooked" INTEGER NOT NULL DEFAULT 0,
    "pricePerPlacePence" INTEGER NOT NULL,
    "closesOn" DATE NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferBooking" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "trustId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "planItemId" TEXT NOT NULL,
    "places" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanPurchase" (
    "planItemId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "planCreatedAt" TIMESTAMP(3) NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "courseId" TEXT NOT NULL,
    "sessions" INTEGER NOT NULL,
    "costPence" INTEGER NOT NULL,
    "places" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanPurchase_pkey" PRIMARY KEY ("planItemId")
);

-- CreateIndex
CREATE INDEX "TrustOffer_trustId_idx" ON "TrustOffer"("trustId");

-- CreateIndex
CREATE INDEX "TrustOffer_courseId_idx" ON "TrustOffer"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "OfferBooking_planItemId_key" ON "OfferBooking"("planItemId");

-- CreateIndex
CREATE INDEX "OfferBooking_offerId_idx" ON "OfferBooking"("offerId");

-- CreateIndex
CREATE INDEX "OfferBooking_schoolId_idx" ON "OfferBooking"("schoolId");

-- CreateIndex
CREATE INDEX "PlanPurchase_schoolId_idx" ON "PlanPurchase"("schoolId");

-- AddForeignKey
ALTER TABLE "TrustOffer" ADD CONSTRAINT "TrustOffer_trustId_fkey" FOREIGN KEY ("trustId") REFERENCES "Trust"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustOffer" ADD CONSTRAINT "TrustOffer_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferBooking" ADD CONSTRAINT "OfferBooking_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "TrustOffer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferBooking" ADD CONSTRAINT "OfferBooking_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferBooking" ADD CONSTRAINT "OfferBooking_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPurchase" ADD CONSTRAINT "PlanPurchase_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPurchase" ADD CONSTRAINT "PlanPurchase_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Offers stay whole: places and price are positive, and bookings never pass the places.
ALTER TABLE "TrustOffer" ADD CONSTRAINT "TrustOffer_places" CHECK (
  "places" >= 1 AND "placesBooked" >= 0 AND "placesBooked" <= "places" AND "pricePerPlacePence" >= 0);
ALTER TABLE "OfferBooking" ADD CONSTRAINT "OfferBooking_places" CHECK ("places" >= 1);

REVOKE ALL ON "TrustOffer", "OfferBooking", "PlanPurchase" FROM harbour_app;
GRANT SELECT, INSERT, UPDATE ON "TrustOffer" TO harbour_app;
GRANT SELECT, INSERT, DELETE ON "OfferBooking" TO harbour_app;

ALTER TABLE "TrustOffer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TrustOffer" FORCE ROW LEVEL SECURITY;
-- The trust keeps its own offers.
CREATE POLICY trust_offer_trust ON "TrustOffer" FOR ALL
  USING ("trustId" = app_setting('trust_id')) WITH CHECK ("trustId" = app_setting('trust_id'));
-- The trust's schools read its offers, and their bookings count places (through the trigger below,
-- which is the only way a school's transaction may change an offer: offer_guard).
CREATE POLICY trust_offer_school_read ON "TrustOffer" FOR SELECT
  USING ("trustId" IN (SELECT s."trustId" FROM "School" s WHERE s.id = app_setting('school_id')));
CREATE POLICY trust_offer_school_book ON "TrustOffer" FOR UPDATE
  USING ("trustId" IN (SELECT s."trustId" FROM "School" s WHERE s.id = app_setting('school_id')))
  WITH CHECK ("trustId" IN (SELECT s."trustId" FROM "School" s WHERE s.id = app_setting('school_id')));

ALTER TABLE "OfferBooking" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OfferBooking" FORCE ROW LEVEL SECURITY;
-- A school books for itself, on an offer of its own trust, and sees its own bookings.
CREATE POLICY offer_booking_school ON "OfferBooking" FOR ALL
  USING ("schoolId" = app_setting('school_id'))
  WITH CHECK ("schoolId" = app_setting('school_id') AND "trustId" IN (
    SELECT s."trustId" FROM "School" s WHERE s.id = app_setting('school_id')));
-- The trust reads the bookings on its offers (counts per school; a booking names no one).
CREATE POLICY offer_booking_trust ON "OfferBooking" FOR SELECT
  USING ("trustId" = app_setting('trust_id'));

-- Places booked follow the bookings, in the booking's own transaction. The UPDATE takes the offer's
-- row lock, so two bookings for the last place queue; the second re-reads the count and fails the
-- CHECK (23514): never more bookings than places, whatever the app does.
CREATE FUNCTION offer_booking_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "TrustOffer" SET "placesBooked" = "placesBooked" + NEW."places"
     WHERE id = NEW."offerId" AND "trustId" = NEW."trustId";
    IF NOT FOUND THEN RAISE EXCEPTION 'offer % not found for this booking', NEW."offerId"
      USING ERRCODE = 'foreign_key_violation'; END IF;
    RETURN NEW;
  END IF;
  -- (When the offer itself is being deleted it is gone already and nothing is updated.)
  UPDATE "TrustOffer" SET "placesBooked" = "placesBooked" - OLD."places" WHERE id = OLD."offerId";
  RETURN OLD;
END $$;
CREATE TRIGGER offer_booking_count AFTER INSERT OR DELETE ON "OfferBooking"
  FOR EACH ROW EXECUTE FUNCTION offer_booking_count();

-- Only the booking trigger changes placesBooked; a school's transaction changes nothing else.
CREATE FUNCTION offer_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() < 2 THEN
    IF NEW."placesBooked" <> OLD."placesBooked" THEN
      RAISE EXCEPTION 'places booked change only with bookings' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF app_setting('trust_id') IS DISTINCT FROM OLD."trustId" THEN
      RAISE EXCEPTION 'only the trust changes its offer' USING ERRCODE = 'insufficient_privilege';
    END IF;
  ELSIF ROW(NEW."trustId", NEW."courseId", NEW."dates", NEW."startsOn", NEW."term", NEW."places",
            NEW."pricePerPlacePence", NEW."closesOn")
     IS DISTINCT FROM ROW(OLD."trustId", OLD."courseId", OLD."dates", OLD."startsOn", OLD."term",
            OLD."places", OLD."pricePerPlacePence", OLD."closesOn") THEN
    RAISE EXCEPTION 'a booking changes only the places booked' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER offer_guard BEFORE UPDATE ON "TrustOffer" FOR EACH ROW EXECUTE FUNCTION offer_guard();

-- What plans buy, as counts the trust may read (a plan's own rows name people and stay the school's).
GRANT SELECT ON "PlanPurchase" TO harbour_app;
ALTER TABLE "PlanPurchase" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanPurchase" FORCE ROW LEVEL SECURITY;
CREATE POLICY plan_purchase_school ON "PlanPurchase" FOR SELECT
  USING ("schoolId" = app_setting('school_id'));
CREATE POLICY plan_purchase_trust ON "PlanPurchase" FOR SELECT
  USING ("schoolId" IN (SELECT s.id FROM "School" s WHERE s."trustId" = app_setting('trust_id')));
-- Written only by these triggers, in the plan's own transaction and the school's scope.
CREATE POLICY plan_purchase_write ON "PlanPurchase" FOR INSERT
  WITH CHECK ("schoolId" = app_setting('school_id'));
CREATE POLICY plan_purchase_count ON "PlanPurchase" FOR UPDATE
  USING ("schoolId" = app_setting('school_id')) WITH CHECK ("schoolId" = app_setting('school_id'));
GRANT INSERT, UPDATE ON "PlanPurchase" TO harbour_app;

CREATE FUNCTION plan_purchase_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "PlanPurchase" ("planItemId", "schoolId", "planId", "planCreatedAt", "versionNumber",
                              "courseId", "sessions", "costPence", "places")
  SELECT NEW.id, NEW."schoolId", v."planId", p."createdAt", v.number, NEW."courseId", NEW.sessions,
         NEW."costPence", 0
    FROM "PlanVersion" v JOIN "TrainingPlan" p ON p.id = v."planId"
   WHERE v.id = NEW."planVersionId";
  RETURN NEW;
END $$;
CREATE TRIGGER plan_purchase_item AFTER INSERT ON "PlanItem"
  FOR EACH ROW EXECUTE FUNCTION plan_purchase_item();

CREATE FUNCTION plan_purchase_places() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "PlanPurchase" SET places = places + NEW.count WHERE "planItemId" = NEW."planItemId";
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE "PlanPurchase" SET places = places - OLD.count WHERE "planItemId" = OLD."planItemId";
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER plan_purchase_places AFTER INSERT OR UPDATE OR DELETE ON "PlanAttendee"
  FOR EACH ROW EXECUTE FUNCTION plan_purchase_places();

-- Plans made before this migration.
INSERT INTO "PlanPurchase" ("planItemId", "schoolId", "planId", "planCreatedAt", "versionNumber",
                            "courseId", "sessions", "costPence", "places")
SELECT i.id, i."schoolId", v."planId", p."createdAt", v.number, i."courseId", i.sessions, i."costPence",
       COALESCE((SELECT sum(a.count) FROM "PlanAttendee" a WHERE a."planItemId" = i.id), 0)
  FROM "PlanItem" i JOIN "PlanVersion" v ON v.id = i."planVersionId" JOIN "TrainingPlan" p ON p.id = v."planId";
