// Commissioning through data access against a real Postgres: pooled demand equals the per-school
// figures it comes from; a school's plan generator books a trust offer; two bookings racing for the
// last place cannot both win (the database decides); and trust A sees and books nothing of trust B.
import { beforeAll, describe, expect, it } from "vitest";
import {
  changeOffer,
  publishOffer,
  schoolOffers,
  trustDemand,
  trustOffers,
  withdrawOffer,
} from "@/lib/commissioning/queries";
import { termOfDate } from "@/lib/commissioning/offers";
import { changeOfferSchema, publishOfferSchema } from "@/lib/commissioning/schemas";
import { withScope } from "@/lib/db/scope";
import { adoptFramework, getFramework } from "@/lib/framework/queries";
import { gapReport } from "@/lib/gaps/queries";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { moveItem, removeAttendee, removeItem } from "@/lib/plans/edit";
import { generatePlan } from "@/lib/plans/generate";
import { getPlanView } from "@/lib/plans/queries";
import { londonDay } from "@/lib/plans/terms";
import { generatePlanSchema } from "@/lib/plans/schemas";
import type { SchoolContext, TrustContext } from "@/lib/tenancy/context";
import { DAY, openTestRound, schoolWithStaff } from "./support/assessment-fixtures";
import { makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { closeYesterday, ensureCatalogue, submitRated } from "./support/plan-fixtures";

beforeAll(ensureCatalogue, 60_000);

// 8 Core staff, 5 Enhanced, 1 Specialist: bands "Core" and "Enhanced and Specialist".
const ROLES: JobRole[] = [
  ...Array<JobRole>(8).fill("TEACHER"),
  ...Array<JobRole>(5).fill("FORM_TUTOR"),
  "SENCO",
];
const day = (offsetDays: number) => londonDay(new Date(Date.now() + offsetDays * DAY));

async function leaderOf(trust: { id: string; name: string }): Promise<TrustContext> {
  const leader = await makeTrustLeader(trust.id);
  return {
    kind: "trust",
    personId: leader.id,
    trustId: trust.id,
    trustName: trust.name,
    role: "TRUST_LEADER",
  };
}

async function competenciesOf(lead: SchoolContext) {
  await adoptFramework(lead);
  const { content } = await getFramework(lead);
  return content.competencies
    .filter((c) => !c.retired)
    .map((c) => ({ code: c.code, domainCode: c.domainCode, tier: c.tier }));
}

/** A trust course that brings every Core competency to Leading: what every teacher here needs. */
async function coreCourse(trustId: string, codes: string[], costPence = 50_000) {
  return ownerDb().course.create({
    data: {
      trustId,
      provider: "Trust training hub",
      title: `Core mental health awareness ${trustId.slice(-4)}`,
      summary: "A day for every adult in school.",
      tier: 1,
      format: "FACE_TO_FACE",
      hoursPerParticipant: 3,
      costModel: "PER_PLACE",
      costPence,
      outcomes: { create: codes.map((competencyCode) => ({ competencyCode, level: 4 })) },
    },
  });
}

const offerInput = (courseId: string, places: number, pricePounds = 1) =>
  publishOfferSchema.parse({
    courseId,
    dates: "Tuesday 3 March, 9am to 12pm",
    startsOn: day(90),
    places,
    pricePounds,
    closesOn: day(30),
  });

const planLimits = (roundId: string) =>
  generatePlanSchema.parse({ roundId, budgetPounds: 3000, hoursPerPersonPerYear: 8, inSchoolSessions: 0 });

/** A school of the trust with a NAMED open round everyone has answered, every Core rating low. */
async function plannedSchool(trustId: string) {
  const w = await schoolWithStaff(["TEACHER", "TEACHER", "TEACHER"], { trustId });
  const competencies = await competenciesOf(w.lead);
  const round = await openTestRound(w.lead, { mode: "NAMED" });
  await submitRated(round, w.school.id, w.staff, competencies, () => 0);
  return { ...w, round, competencies };
}

async function bookingRow(lead: SchoolContext, offerId: string, places: number) {
  // A plan item to hang the booking on, written as the owner (what generatePlan writes).
  const plan = await ownerDb().trainingPlan.create({
    data: {
      schoolId: lead.schoolId,
      roundId: (await openTestRound(lead, { title: `R ${Math.random()}` })).id,
      title: "Plan",
      createdById: lead.personId,
    },
  });
  const offer = await ownerDb().trustOffer.findUniqueOrThrow({ where: { id: offerId } });
  const version = await ownerDb().planVersion.create({
    data: {
      planId: plan.id,
      schoolId: lead.schoolId,
      number: 1,
      limits: {},
      method: "exact",
      summary: {},
      createdById: lead.personId,
    },
  });
  const item = await ownerDb().planItem.create({
    data: {
      planVersionId: version.id,
      schoolId: lead.schoolId,
      courseId: offer.courseId,
      term: offer.term,
      costPence: 0,
      hours: 1,
      why: "",
      closes: {},
    },
  });
  return {
    offerId,
    trustId: offer.trustId,
    schoolId: lead.schoolId,
    planItemId: item.id,
    places,
    createdById: lead.personId,
  };
}

describe("pooled demand", () => {
  it("equals the per-school figures it comes from, and counts what current plans buy", async () => {
    const trust = await makeTrust();
    const ctx = await leaderOf(trust);
    const schools = [];
    for (let i = 0; i < 2; i++) {
      const w = await schoolWithStaff(ROLES, { trustId: trust.id });
      const competencies = await competenciesOf(w.lead);
      const round = await openTestRound(w.lead, { mode: "CONFIDENTIAL", title: `Round ${i}` });
      await submitRated(round, w.school.id, w.staff, competencies, (p, c) => (p * (i + 2) + c * 3) % 5);
      await closeYesterday(round.id);
      schools.push({ ...w, round, competencies });
    }
    const demand = await trustDemand(ctx);
    expect(demand.schoolsWithFigures).toBe(2);
    expect(demand.competencies.length).toBeGreaterThan(0);
    for (const w of schools) {
      const pub = (await gapReport(w.lead, w.round.id)).publication!;
      for (const c of demand.competencies) {
        const mine = c.schools.find((s) => s.schoolId === w.school.id)!;
        const row = pub.rows.find((r) => r.code === c.code)!;
        // The trust shows exactly the school's own published figure, or withholds it as the school does.
        if (mine.withheld) expect(row.withheld).toBe(true);
        else expect(mine.people).toBe(row.withGap);
      }
    }
    for (const c of demand.competencies)
      expect(c.total).toBe(c.schools.reduce((n, s) => n + (s.people ?? 0), 0));
    // Course demand: at least the most staff needing any one competency it covers, and the sums add up.
    const course = demand.courses[0]!;
    for (const s of course.schools.filter((x) => x.people !== null)) {
      const most = Math.max(
        ...demand.competencies
          .filter((c) => course.course.competencies.includes(c.code))
          .map((c) => c.schools.find((x) => x.schoolId === s.schoolId)?.people ?? 0),
      );
      expect(s.people).toBe(most);
    }
    expect(course.savingPence).toBe(course.aloneCostPence - course.togetherCostPence);
    expect(course.savingPence).toBeGreaterThanOrEqual(0);

    // A plan at one school shows up, as places, once it is made (newest version of the newest plan).
    const w = schools[0]!;
    const out = await generatePlan(w.lead, planLimits(w.round.id));
    const items = await ownerDb().planItem.findMany({
      where: { planVersionId: out.versionId },
      include: { attendees: true },
    });
    const after = await trustDemand(ctx);
    for (const c of after.courses) {
      const mine = c.schools.find((s) => s.schoolId === w.school.id)!;
      const places = items
        .filter((i) => i.courseId === c.course.id)
        .reduce((n, i) => n + i.attendees.reduce((m, a) => m + a.count, 0), 0);
      if (mine.planned.withheld) expect(places).toBeLessThan(5);
      else expect(mine.planned.places).toBe(places);
    }
  }, 180_000);
});

describe("trust offers", () => {
  it("are used by a school's plan generator, which books places in the plan's own transaction", async () => {
    const trust = await makeTrust();
    const ctx = await leaderOf(trust);
    const w = await plannedSchool(trust.id);
    const core = w.competencies.filter((c) => c.tier === 1).map((c) => c.code);
    const course = await coreCourse(trust.id, core);
    const { id: offerId } = await publishOffer(ctx, offerInput(course.id, 2));

    const seen = await schoolOffers(w.lead);
    expect(seen.map((o) => o.id)).toEqual([offerId]);

    const out = await generatePlan(w.lead, planLimits(w.round.id));
    const bookings = await ownerDb().offerBooking.findMany({ where: { offerId } });
    expect(bookings.reduce((n, b) => n + b.places, 0)).toBe(2);
    const item = await ownerDb().planItem.findUniqueOrThrow({
      where: { id: bookings[0]!.planItemId },
      include: { attendees: true, planVersion: true },
    });
    expect(item.planVersion.id).toBe(out.versionId);
    expect(item.courseId).toBe(course.id);
    expect(item.term).toBe("SPRING");
    expect(item.costPence).toBe(2 * 100);

    const offers = await trustOffers(ctx);
    expect(offers[0]).toMatchObject({ placesBooked: 2, places: 2, open: false });
    expect(offers[0]!.bookings).toEqual([{ schoolId: w.school.id, schoolName: w.school.name, places: 2 }]);

    // Full now: the next plan cannot book it, and books nothing on it.
    const again = await generatePlan(w.lead, planLimits(w.round.id));
    const more = await ownerDb().offerBooking.count({
      where: { offerId, planItem: { planVersionId: again.versionId } },
    });
    expect(more).toBe(0);
  }, 180_000);

  it("never take more bookings than places: two schools racing for the last place, one wins", async () => {
    const trust = await makeTrust();
    const ctx = await leaderOf(trust);
    const a = await schoolWithStaff(["TEACHER"], { trustId: trust.id });
    const b = await schoolWithStaff(["TEACHER"], { trustId: trust.id });
    await competenciesOf(a.lead);
    await competenciesOf(b.lead);
    const course = await coreCourse(trust.id, ["C1.01"]);
    const { id: offerId } = await publishOffer(ctx, offerInput(course.id, 1));
    const rowA = await bookingRow(a.lead, offerId, 1);
    const rowB = await bookingRow(b.lead, offerId, 1);

    // A books and holds its transaction open until B is waiting on the offer's row lock.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let aBooked!: () => void;
    const aIn = new Promise<void>((r) => (aBooked = r));
    const first = withScope({ personId: a.lead.personId, schoolId: a.school.id }, async (tx) => {
      await tx.offerBooking.create({ data: rowA });
      aBooked();
      await held;
    });
    await aIn;
    const second = withScope({ personId: b.lead.personId, schoolId: b.school.id }, (tx) =>
      tx.offerBooking.create({ data: rowB }),
    );
    // (Bounded: a failure to block would be a failure of the test, not a hang.)
    let blocked = false;
    for (let i = 0; i < 500 && !blocked; i++) {
      const waiting = await ownerDb().$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM pg_stat_activity
         WHERE wait_event_type = 'Lock' AND query LIKE '%OfferBooking%'`;
      blocked = Number(waiting[0]!.n) > 0;
      if (!blocked) await new Promise((r) => setTimeout(r, 20));
    }
    expect(blocked).toBe(true);
    release();
    const [one, two] = await Promise.allSettled([first, second]);
    expect(one.status).toBe("fulfilled");
    expect(two.status).toBe("rejected");
    expect(String((two as PromiseRejectedResult).reason)).toMatch(/TrustOffer_places|23514|check/i);
    const offer = await ownerDb().trustOffer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer.placesBooked).toBe(1);
    expect(await ownerDb().offerBooking.count({ where: { offerId } })).toBe(1);
  }, 120_000);

  it("are the trust's own: a school cannot change one or its count, and trust B sees and books nothing of A's", async () => {
    const trustA = await makeTrust();
    const trustB = await makeTrust();
    const ctxA = await leaderOf(trustA);
    const ctxB = await leaderOf(trustB);
    const inA = await schoolWithStaff(["TEACHER"], { trustId: trustA.id });
    const inB = await schoolWithStaff(["TEACHER"], { trustId: trustB.id });
    await competenciesOf(inA.lead);
    await competenciesOf(inB.lead);
    const course = await coreCourse(trustA.id, ["C1.01"]);
    const { id: offerId } = await publishOffer(ctxA, offerInput(course.id, 5));
    const rowA = await bookingRow(inA.lead, offerId, 2);
    await withScope({ personId: inA.lead.personId, schoolId: inA.school.id }, (tx) =>
      tx.offerBooking.create({ data: rowA }),
    );

    expect(await trustOffers(ctxB)).toEqual([]);
    expect(await schoolOffers(inB.lead)).toEqual([]);
    expect((await trustDemand(ctxB)).schoolsWithFigures).toBe(0);
    // Trust B's leader cannot read A's offers or bookings, nor publish A's course.
    const seenByB = await withScope({ personId: ctxB.personId, trustId: trustB.id }, async (tx) => ({
      offers: await tx.trustOffer.count(),
      bookings: await tx.offerBooking.count(),
      purchases: await tx.planPurchase.count(),
    }));
    expect(seenByB).toEqual({ offers: 0, bookings: 0, purchases: 0 });
    await expect(publishOffer(ctxB, offerInput(course.id, 5))).rejects.toMatchObject({ kind: "validation" });
    // A school of trust B cannot book on A's offer, even naming it.
    const rowB = await bookingRow(inB.lead, offerId, 1);
    await expect(
      withScope({ personId: inB.lead.personId, schoolId: inB.school.id }, (tx) =>
        tx.offerBooking.create({ data: rowB }),
      ),
    ).rejects.toThrow();
    // A school of trust A sees the offer but may change neither its terms nor its count.
    const scopeA = { personId: inA.lead.personId, schoolId: inA.school.id };
    await expect(
      withScope(
        scopeA,
        (tx) => tx.$executeRaw`UPDATE "TrustOffer" SET "pricePerPlacePence" = 0 WHERE id = ${offerId}`,
      ),
    ).rejects.toThrow(/booking changes only|only the trust/);
    await expect(
      withScope(
        scopeA,
        (tx) => tx.$executeRaw`UPDATE "TrustOffer" SET "placesBooked" = 0 WHERE id = ${offerId}`,
      ),
    ).rejects.toThrow(/places booked change only with bookings/);
    // The trust sees counts per school, never who.
    const offers = await trustOffers(ctxA);
    expect(offers[0]!.bookings).toEqual([
      { schoolId: inA.school.id, schoolName: inA.school.name, places: 2 },
    ]);
    expect(offers[0]!.placesBooked).toBe(2);
  }, 120_000);
});

describe("changing and withdrawing an offer, and plan edits", () => {
  const change = (offerId: string, over: Record<string, unknown> = {}) =>
    changeOfferSchema.parse({
      offerId,
      dates: "Tuesday 10 March, 1pm to 4pm",
      startsOn: day(90),
      places: 5,
      pricePounds: 2,
      closesOn: day(30),
      ...over,
    });
  const bookedOn = async (offerId: string) =>
    (await ownerDb().offerBooking.findMany({ where: { offerId }, include: { planItem: true } })).map((b) => ({
      places: b.places,
      versionId: b.planItem.planVersionId,
    }));

  it("a hand edit moves the booking to the new version: fewer people give places back, removing it gives all back", async () => {
    const trust = await makeTrust();
    const ctx = await leaderOf(trust);
    const w = await plannedSchool(trust.id);
    const core = w.competencies.filter((c) => c.tier === 1).map((c) => c.code);
    const course = await coreCourse(trust.id, core);
    const { id: offerId } = await publishOffer(ctx, offerInput(course.id, 3));
    const out = await generatePlan(w.lead, planLimits(w.round.id));
    expect(await bookedOn(offerId)).toEqual([{ places: 3, versionId: out.versionId }]);

    const view = await getPlanView(w.lead, out.planId);
    const item = view.items.find((i) => i.courseId === course.id)!;
    expect(item.booking).toMatchObject({ offerId, withdrawnAt: null });
    // An offer runs in its own term: its booking cannot move to another.
    await expect(
      moveItem(w.lead, { planId: out.planId, itemId: item.id, term: "summer" }),
    ).rejects.toMatchObject({ kind: "conflict" });

    const v2 = await removeAttendee(w.lead, { planId: out.planId, attendeeId: item.attendees[0]!.id });
    expect(await bookedOn(offerId)).toEqual([{ places: 2, versionId: v2.versionId }]);
    expect((await trustOffers(ctx))[0]).toMatchObject({ placesBooked: 2, open: true });

    const again = await getPlanView(w.lead, out.planId);
    const moved = again.items.find((i) => i.courseId === course.id)!;
    await removeItem(w.lead, { planId: out.planId, itemId: moved.id });
    expect(await bookedOn(offerId)).toEqual([]);
    expect((await trustOffers(ctx))[0]).toMatchObject({ placesBooked: 0 });
  }, 180_000);

  it("the trust leader changes places, price and dates, never below the places booked nor out of the booked term; audited", async () => {
    const trust = await makeTrust();
    const ctx = await leaderOf(trust);
    const w = await schoolWithStaff(["TEACHER"], { trustId: trust.id });
    await competenciesOf(w.lead);
    const course = await coreCourse(trust.id, ["C1.01"]);
    const { id: offerId } = await publishOffer(ctx, offerInput(course.id, 5));
    const row = await bookingRow(w.lead, offerId, 3);
    await withScope({ personId: w.lead.personId, schoolId: w.school.id }, (tx) =>
      tx.offerBooking.create({ data: row }),
    );

    await expect(changeOffer(ctx, change(offerId, { places: 2 }))).rejects.toMatchObject({
      kind: "validation",
      fieldErrors: { places: [expect.stringMatching(/3 places are booked/)] },
    });
    const otherTerm = [120, 150, 180, 210].map(day).find((d) => termOfDate(d) !== termOfDate(day(90)))!;
    await expect(
      changeOffer(ctx, change(offerId, { startsOn: otherTerm, closesOn: day(30) })),
    ).rejects.toMatchObject({
      kind: "validation",
      fieldErrors: { startsOn: [expect.stringMatching(/term/)] },
    });

    await changeOffer(ctx, change(offerId, { places: 3 }));
    const offer = await ownerDb().trustOffer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer).toMatchObject({
      places: 3,
      placesBooked: 3,
      pricePerPlacePence: 200,
      dates: "Tuesday 10 March, 1pm to 4pm",
    });
    expect(await ownerDb().auditEvent.count({ where: { targetId: offerId, action: "offer.changed" } })).toBe(
      1,
    );

    // Another trust's leader cannot change or withdraw it.
    const other = await leaderOf(await makeTrust());
    await expect(changeOffer(other, change(offerId))).rejects.toMatchObject({ kind: "not_found" });
    await expect(withdrawOffer(other, { offerId })).rejects.toMatchObject({ kind: "not_found" });
  }, 120_000);

  it("withdrawing releases the bookings, leaves the schools' catalogue, tells the school on its plan page, and is audited", async () => {
    const trust = await makeTrust();
    const ctx = await leaderOf(trust);
    const w = await plannedSchool(trust.id);
    const core = w.competencies.filter((c) => c.tier === 1).map((c) => c.code);
    const course = await coreCourse(trust.id, core);
    const { id: offerId } = await publishOffer(ctx, offerInput(course.id, 3));
    const out = await generatePlan(w.lead, planLimits(w.round.id));

    await withdrawOffer(ctx, { offerId });
    const [offer] = await trustOffers(ctx);
    expect(offer).toMatchObject({ id: offerId, open: false, withdrawnOn: expect.any(String) });
    expect(await schoolOffers(w.lead)).toEqual([]);
    expect(
      await ownerDb().auditEvent.count({ where: { targetId: offerId, action: "offer.withdrawn" } }),
    ).toBe(1);
    await expect(withdrawOffer(ctx, { offerId })).rejects.toMatchObject({ kind: "conflict" });
    await expect(changeOffer(ctx, change(offerId))).rejects.toMatchObject({ kind: "conflict" });

    const view = await getPlanView(w.lead, out.planId);
    const item = view.items.find((i) => i.courseId === course.id)!;
    expect(item.booking).toMatchObject({ offerId, withdrawnAt: expect.any(Date) });
    // The next plan cannot book it.
    const again = await generatePlan(w.lead, planLimits(w.round.id));
    expect(
      await ownerDb().offerBooking.count({
        where: { offerId, planItem: { planVersionId: again.versionId } },
      }),
    ).toBe(0);
  }, 180_000);
});
