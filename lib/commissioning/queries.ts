import "server-only";
// Data access for commissioning: the trust's pooled demand (rollups and plan purchases, both counts
// row-level security lets the trust read), its offers and the bookings on them, and the offers a
// school's planner may book. Figures about people go through lib/disclosure (./demand).
import { audit } from "../audit/record";
import { listCourses } from "../catalogue/queries";
import { withScope, type Tx } from "../db/scope";
import { notFound, UserError } from "../errors";
import { toDbTerm, fromDbTerm, londonDay } from "../plans/terms";
import { scopeOf, type SchoolContext, type TrustContext } from "../tenancy/context";
import type { Tier } from "../tiers";
import { trustFacts } from "../trust/figures";
import { buildDemand, type Purchase } from "./demand";
import { isOpen, termOfDate, type OpenOffer } from "./offers";
import type { z } from "zod";
import type { changeOfferSchema, publishOfferSchema } from "./schemas";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Each school's current plan (the newest version of its newest plan), as counts per item. */
async function currentPurchases(tx: Tx, trustId: string): Promise<Purchase[]> {
  const rows = await tx.planPurchase.findMany({
    where: { school: { trustId } },
    select: {
      schoolId: true,
      planId: true,
      planCreatedAt: true,
      versionNumber: true,
      courseId: true,
      places: true,
      costPence: true,
    },
    orderBy: [{ planCreatedAt: "desc" }, { planId: "desc" }, { versionNumber: "desc" }],
  });
  const current = new Map<string, { planId: string; version: number }>();
  for (const r of rows)
    if (!current.has(r.schoolId)) current.set(r.schoolId, { planId: r.planId, version: r.versionNumber });
  return rows
    .filter((r) => {
      const c = current.get(r.schoolId)!;
      return c.planId === r.planId && c.version === r.versionNumber;
    })
    .map((r) => ({ schoolId: r.schoolId, courseId: r.courseId, places: r.places, costPence: r.costPence }));
}

/** The trust's pooled demand, plan purchases and savings, from one read. */
export async function trustDemand(ctx: TrustContext, now = new Date()) {
  const [{ schools }, courses, purchases] = await Promise.all([
    trustFacts(ctx, now),
    listCourses(ctx),
    withScope(scopeOf(ctx), (tx) => currentPurchases(tx, ctx.trustId)),
  ]);
  return buildDemand(
    schools,
    courses.map((c) => ({
      id: c.id,
      title: c.title,
      provider: c.provider,
      tier: c.tier,
      costModel: c.costModel,
      costPence: c.costPence,
      sessionCapacity: c.sessionCapacity,
      competencies: c.outcomes.map((o) => o.competencyCode),
    })),
    purchases,
  );
}

export type OfferView = {
  id: string;
  courseId: string;
  courseTitle: string;
  provider: string;
  tier: Tier;
  dates: string;
  startsOn: string;
  term: "autumn" | "spring" | "summer";
  places: number;
  placesBooked: number;
  pricePerPlacePence: number;
  closesOn: string;
  open: boolean;
  /** "YYYY-MM-DD" when the trust withdrew it (its bookings are released), else null */
  withdrawnOn: string | null;
  /** places booked per school, by school name (counts; a booking names no one) */
  bookings: { schoolId: string; schoolName: string; places: number }[];
};

const OFFERS_SHOWN = 200;

async function offersIn(
  tx: Tx,
  where: { trustId: string; withdrawnAt?: null },
  now: Date,
  schoolId?: string,
): Promise<OfferView[]> {
  const rows = await tx.trustOffer.findMany({
    where,
    include: {
      course: { select: { title: true, provider: true, tier: true } },
      bookings: {
        where: schoolId ? { schoolId } : {},
        select: { schoolId: true, places: true, school: { select: { name: true } } },
      },
    },
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
    take: OFFERS_SHOWN,
  });
  const today = londonDay(now);
  return rows.map((o) => {
    const bySchool = new Map<string, { schoolId: string; schoolName: string; places: number }>();
    for (const b of o.bookings) {
      const e = bySchool.get(b.schoolId) ?? { schoolId: b.schoolId, schoolName: b.school.name, places: 0 };
      e.places += b.places;
      bySchool.set(b.schoolId, e);
    }
    const closesOn = isoDay(o.closesOn);
    return {
      id: o.id,
      courseId: o.courseId,
      courseTitle: o.course.title,
      provider: o.course.provider,
      tier: o.course.tier as Tier,
      dates: o.dates,
      startsOn: isoDay(o.startsOn),
      term: fromDbTerm(o.term),
      places: o.places,
      placesBooked: o.placesBooked,
      pricePerPlacePence: o.pricePerPlacePence,
      closesOn,
      open: !o.withdrawnAt && isOpen({ closesOn, places: o.places, placesBooked: o.placesBooked }, today),
      withdrawnOn: o.withdrawnAt ? londonDay(o.withdrawnAt) : null,
      bookings: [...bySchool.values()].sort((a, b) => a.schoolName.localeCompare(b.schoolName, "en-GB")),
    };
  });
}

/** The trust's offers with bookings against places, per school. */
export async function trustOffers(ctx: TrustContext, now = new Date()) {
  return withScope(scopeOf(ctx), (tx) => offersIn(tx, { trustId: ctx.trustId }, now));
}

/** The offers of the school's trust, with the school's own bookings only. */
export async function schoolOffers(ctx: SchoolContext, now = new Date()): Promise<OfferView[]> {
  return withScope(scopeOf(ctx), async (tx) => {
    const school = await tx.school.findUniqueOrThrow({
      where: { id: ctx.schoolId },
      select: { trustId: true },
    });
    if (!school.trustId) return [];
    // A withdrawn offer leaves the school's catalogue; its plan page says what happened to its places.
    return offersIn(tx, { trustId: school.trustId, withdrawnAt: null }, now, ctx.schoolId);
  });
}

export async function publishOffer(ctx: TrustContext, input: z.output<typeof publishOfferSchema>) {
  return withScope(scopeOf(ctx), async (tx) => {
    // The course must be one the trust may offer: Harbour's or its own, not retired.
    const course = await tx.course.findFirst({
      where: {
        id: input.courseId,
        retiredAt: null,
        OR: [{ schoolId: null, trustId: null }, { trustId: ctx.trustId }],
      },
      select: { id: true, title: true },
    });
    if (!course)
      throw new UserError("Choose a course from the list.", "validation", {
        courseId: ["Choose a course from the list."],
      });
    if (input.closesOn < londonDay(new Date()))
      throw new UserError("The closing date has passed.", "validation", {
        closesOn: ["The closing date cannot be in the past."],
      });
    const offer = await tx.trustOffer.create({
      data: {
        trustId: ctx.trustId,
        courseId: course.id,
        dates: input.dates,
        startsOn: new Date(`${input.startsOn}T00:00:00Z`),
        term: toDbTerm(termOfDate(input.startsOn)),
        places: input.places,
        pricePerPlacePence: Math.round(input.pricePounds * 100),
        closesOn: new Date(`${input.closesOn}T00:00:00Z`),
        createdById: ctx.personId,
      },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "offer.published",
      trustId: ctx.trustId,
      targetId: offer.id,
      detail: { course: course.title, places: input.places },
    });
    return { id: offer.id };
  });
}

/** The trust's own offer, not withdrawn, locked for the change (another trust's is not found). */
async function ownOffer(tx: Tx, ctx: TrustContext, offerId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "TrustOffer" WHERE id = ${offerId} AND "trustId" = ${ctx.trustId} FOR UPDATE`;
  if (!row) throw notFound();
  const offer = await tx.trustOffer.findUniqueOrThrow({
    where: { id: row.id },
    include: { course: { select: { title: true } } },
  });
  if (offer.withdrawnAt) throw new UserError("This offer has been withdrawn already.", "conflict");
  return offer;
}

/**
 * Changes an offer's places, price or dates, keeping its bookings whole: never fewer places than
 * are booked, and while any are booked the first session stays in the term the plans booked. A new
 * price is for bookings from now on; plans already made keep the cost they were made with.
 */
export async function changeOffer(ctx: TrustContext, input: z.output<typeof changeOfferSchema>) {
  return withScope(scopeOf(ctx), async (tx) => {
    const offer = await ownOffer(tx, ctx, input.offerId);
    const term = termOfDate(input.startsOn);
    if (input.places < offer.placesBooked) {
      const message = `${offer.placesBooked} places are booked, so offer at least ${offer.placesBooked}.`;
      throw new UserError(message, "validation", { places: [message] });
    }
    if (offer.placesBooked > 0 && toDbTerm(term) !== offer.term) {
      const message = `Schools have booked places in the ${fromDbTerm(offer.term)} term, so the first session must stay in that term. Withdraw the offer to move it.`;
      throw new UserError(message, "validation", { startsOn: [message] });
    }
    if (input.closesOn < londonDay(new Date()) && input.closesOn !== isoDay(offer.closesOn))
      throw new UserError("The closing date has passed.", "validation", {
        closesOn: ["The closing date cannot be in the past."],
      });
    const data = {
      dates: input.dates,
      startsOn: new Date(`${input.startsOn}T00:00:00Z`),
      term: toDbTerm(term),
      places: input.places,
      pricePerPlacePence: Math.round(input.pricePounds * 100),
      closesOn: new Date(`${input.closesOn}T00:00:00Z`),
    };
    await tx.trustOffer.update({ where: { id: offer.id }, data });
    await audit(tx, {
      actorId: ctx.personId,
      action: "offer.changed",
      trustId: ctx.trustId,
      targetId: offer.id,
      detail: {
        course: offer.course.title,
        places: [offer.places, data.places],
        pricePerPlacePence: [offer.pricePerPlacePence, data.pricePerPlacePence],
        startsOn: [isoDay(offer.startsOn), input.startsOn],
        closesOn: [isoDay(offer.closesOn), input.closesOn],
      },
    });
    return { id: offer.id };
  });
}

/**
 * Withdraws an offer: nothing more is booked on it (the booking trigger refuses a withdrawn offer),
 * its places are released, and each school whose plan booked it sees so on that plan's page.
 */
export async function withdrawOffer(ctx: TrustContext, input: { offerId: string }, now = new Date()) {
  return withScope(scopeOf(ctx), async (tx) => {
    const offer = await ownOffer(tx, ctx, input.offerId);
    await tx.trustOffer.update({
      where: { id: offer.id },
      data: { withdrawnAt: now, withdrawnById: ctx.personId },
    });
    const schools = await tx.offerBooking.groupBy({
      by: ["schoolId"],
      where: { offerId: offer.id },
      _sum: { places: true },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "offer.withdrawn",
      trustId: ctx.trustId,
      targetId: offer.id,
      detail: { course: offer.course.title, placesReleased: offer.placesBooked, schools: schools.length },
    });
    return { id: offer.id };
  });
}

/** The open offers of the school's trust, in the planner's terms (inside the caller's transaction). */
export async function openOffersFor(tx: Tx, ctx: SchoolContext, now: Date): Promise<OpenOffer[]> {
  const school = await tx.school.findUniqueOrThrow({
    where: { id: ctx.schoolId },
    select: { trustId: true },
  });
  if (!school.trustId) return [];
  const today = londonDay(now);
  const rows = await tx.trustOffer.findMany({
    where: {
      trustId: school.trustId,
      withdrawnAt: null,
      closesOn: { gte: new Date(`${today}T00:00:00Z`) },
      course: { retiredAt: null },
    },
    include: { course: { include: { outcomes: true } } },
    orderBy: { id: "asc" },
    take: OFFERS_SHOWN,
  });
  return rows
    .map((o) => ({
      id: o.id,
      course: {
        id: o.courseId,
        tier: o.course.tier as Tier,
        format: o.course.format,
        hoursPerParticipant: o.course.hoursPerParticipant,
        costModel: o.course.costModel,
        costPence: o.course.costPence,
        sessionCapacity: o.course.sessionCapacity,
        outcomes: o.course.outcomes.map((x) => ({ competencyCode: x.competencyCode, level: x.level })),
      },
      term: fromDbTerm(o.term),
      places: o.places,
      placesBooked: o.placesBooked,
      pricePerPlacePence: o.pricePerPlacePence,
      closesOn: isoDay(o.closesOn),
    }))
    .filter((o) => isOpen(o, today));
}

/**
 * Books the places a generated plan's items take on offers, in the plan's own transaction. The
 * database counts them against the offer's places (a trigger and a CHECK): when another school took
 * the last places first, the whole plan is refused and nothing is saved.
 */
export async function bookOffers(
  tx: Tx,
  ctx: SchoolContext,
  school: { trustId: string | null },
  bookings: { offerId: string; planItemId: string; places: number }[],
  why: "generated" | "edited" = "generated",
) {
  if (bookings.length === 0) return;
  if (!school.trustId) throw notFound();
  for (const b of bookings) {
    try {
      // A savepoint-free insert: a failure aborts the transaction, and the caller's plan with it.
      await tx.offerBooking.create({
        data: {
          offerId: b.offerId,
          trustId: school.trustId,
          schoolId: ctx.schoolId,
          planItemId: b.planItemId,
          places: b.places,
          createdById: ctx.personId,
        },
      });
    } catch (error) {
      if (isCheckViolation(error))
        throw new UserError(
          why === "generated"
            ? "Another school booked the last places on a trust offer while your plan was being made. Generate the plan again to use what is left."
            : "Your trust's offer has no place left for another person; nothing was changed.",
          "conflict",
        );
      if (isWithdrawn(error))
        throw new UserError(
          "Your trust withdrew one of its offers just now. Generate the plan again without it.",
          "conflict",
        );
      throw error;
    }
    await audit(tx, {
      actorId: ctx.personId,
      action: why === "generated" ? "offer.booked" : "offer.booking-moved",
      schoolId: ctx.schoolId,
      targetId: b.offerId,
      detail: { places: b.places },
    });
  }
}

/**
 * A hand edit writes a new version (lib/plans/edit.ts); the bookings of the version it copied move to
 * the copies of their items, for the people now on them. A booking dropped by the edit gives its
 * places back; one on a withdrawn offer is not carried (the item stays, as an ordinary booking).
 * Delete then insert, so the database counts the places again and refuses more than the offer has.
 */
export async function moveBookings(
  tx: Tx,
  ctx: SchoolContext,
  fromVersionId: string,
  items: { booking?: { offerId: string; withdrawnAt: Date | null } | null; attendees: { count: number }[] }[],
  itemIds: string[],
) {
  const moving = items.flatMap((item, i) =>
    item.booking && !item.booking.withdrawnAt
      ? [
          {
            offerId: item.booking.offerId,
            planItemId: itemIds[i]!,
            places: item.attendees.reduce((n, a) => n + a.count, 0),
          },
        ]
      : [],
  );
  const { count } = await tx.offerBooking.deleteMany({
    where: { schoolId: ctx.schoolId, planItem: { planVersionId: fromVersionId } },
  });
  if (count === 0) return;
  const school = await tx.school.findUniqueOrThrow({
    where: { id: ctx.schoolId },
    select: { trustId: true },
  });
  await bookOffers(
    tx,
    ctx,
    school,
    moving.filter((b) => b.places > 0),
    "edited",
  );
}

function isWithdrawn(error: unknown): boolean {
  const text = String((error as { message?: unknown })?.message ?? error);
  return text.includes("not found for this booking") || text.includes("23503");
}

function isCheckViolation(error: unknown): boolean {
  const text = String((error as { message?: unknown })?.message ?? error);
  return text.includes("TrustOffer_places") || text.includes("23514");
}
