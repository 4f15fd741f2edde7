// The authorisation matrix for commissioning's actions: publishing, changing and withdrawing a
// trust-wide offer.
// Every role x own and another trust; and the form's schema on the server, errors beside the fields.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { londonDay } from "@/lib/plans/terms";
import { makeMember, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { publishTrustOffer, changeTrustOffer, withdrawTrustOffer } =
  await import("@/app/trusts/[trustId]/commissioning/actions");

let world: {
  trust: { id: string };
  otherTrust: { id: string };
  courseId: string;
  people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>;
};

const day = (d: number) => londonDay(new Date(Date.now() + d * 86_400_000));
const offer = (courseId: string, over: object = {}) => ({
  courseId,
  dates: "Wednesday 4 March, 1:30 to 4:30pm",
  startsOn: day(60),
  places: "20",
  pricePounds: "35",
  closesOn: day(30),
  ...over,
});

beforeAll(async () => {
  const trust = await makeTrust();
  const otherTrust = await makeTrust();
  const school = await makeSchool({ trustId: trust.id });
  await makeTrustLeader(otherTrust.id);
  const course = await ownerDb().course.create({
    data: {
      trustId: trust.id,
      provider: "Trust hub",
      title: "Core awareness",
      summary: "For every adult in school.",
      tier: 1,
      format: "FACE_TO_FACE",
      hoursPerParticipant: 3,
      costModel: "PER_PLACE",
      costPence: 5_000,
      outcomes: { create: [{ competencyCode: "C1.01", level: 3 }] },
    },
  });
  world = {
    trust,
    otherTrust,
    courseId: course.id,
    people: {
      STAFF: await makeMember(school.id, "STAFF"),
      LEAD: await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD"),
      HEAD: await makeMember(school.id, "HEAD", "SENIOR_LEADER"),
      TRUST_LEADER: await makeTrustLeader(trust.id),
    },
  };
});

// School members have no trust membership: the trust is not found for them.
const expected: Record<Role, Outcome> = {
  STAFF: "not-found",
  LEAD: "not-found",
  HEAD: "not-found",
  TRUST_LEADER: "ok",
  SIGNED_OUT: "signed-out",
};

describe.each(ROLES)("commissioning actions as %s", (actor) => {
  it.each(["own", "other"] as const)("publishTrustOffer in the %s trust", async (tenant) => {
    session.personId = actor === "SIGNED_OUT" ? null : world.people[actor].id;
    const trustId = tenant === "own" ? world.trust.id : world.otherTrust.id;
    const want = tenant === "other" && actor !== "SIGNED_OUT" ? "not-found" : expected[actor];
    const before = await ownerDb().trustOffer.count({ where: { trustId } });
    const result = await publishTrustOffer(trustId, offer(world.courseId));
    expect(outcomeOf(result)).toBe(want);
    const after = await ownerDb().trustOffer.count({ where: { trustId } });
    expect(after - before).toBe(want === "ok" ? 1 : 0);
  });
  /** A fresh offer of the trust, as its leader would publish it, for one change. */
  const freshOffer = () =>
    ownerDb().trustOffer.create({
      data: {
        trustId: world.trust.id,
        courseId: world.courseId,
        dates: "Wednesday 4 March",
        startsOn: new Date(`${day(60)}T00:00:00Z`),
        term: "SPRING",
        places: 20,
        pricePerPlacePence: 3500,
        closesOn: new Date(`${day(30)}T00:00:00Z`),
        createdById: world.people.TRUST_LEADER.id,
      },
    });

  it.each(["own", "other"] as const)("changeTrustOffer in the %s trust", async (tenant) => {
    session.personId = actor === "SIGNED_OUT" ? null : world.people[actor].id;
    const trustId = tenant === "own" ? world.trust.id : world.otherTrust.id;
    const want = tenant === "other" && actor !== "SIGNED_OUT" ? "not-found" : expected[actor];
    const { id: offerId } = await freshOffer();
    const terms = { ...offer(world.courseId, { places: "25" }), courseId: undefined };
    const result = await changeTrustOffer(trustId, { offerId, ...terms });
    expect(outcomeOf(result)).toBe(want);
    const after = await ownerDb().trustOffer.findUniqueOrThrow({ where: { id: offerId } });
    expect(after.places).toBe(want === "ok" ? 25 : 20);
  });

  it.each(["own", "other"] as const)("withdrawTrustOffer in the %s trust", async (tenant) => {
    session.personId = actor === "SIGNED_OUT" ? null : world.people[actor].id;
    const trustId = tenant === "own" ? world.trust.id : world.otherTrust.id;
    const want = tenant === "other" && actor !== "SIGNED_OUT" ? "not-found" : expected[actor];
    const { id: offerId } = await freshOffer();
    const result = await withdrawTrustOffer(trustId, { offerId });
    expect(outcomeOf(result)).toBe(want);
    const after = await ownerDb().trustOffer.findUniqueOrThrow({ where: { id: offerId } });
    expect(after.withdrawnAt !== null).toBe(want === "ok");
  });
});

describe("the offer form's schema, on the server", () => {
  it("refuses bad values beside their fields, and saves nothing", async () => {
    session.personId = world.people.TRUST_LEADER.id;
    const before = await ownerDb().trustOffer.count({ where: { trustId: world.trust.id } });
    const result = await publishTrustOffer(
      world.trust.id,
      offer(world.courseId, { places: "0", pricePounds: "-1", closesOn: day(90), dates: "" }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fieldErrors?.places?.[0]).toMatch(/at least 1 place/);
      expect(result.fieldErrors?.pricePounds?.[0]).toMatch(/cannot be negative/);
      expect(result.fieldErrors?.dates?.[0]).toMatch(/Say when the sessions are/);
    }
    const late = await publishTrustOffer(world.trust.id, offer(world.courseId, { closesOn: day(90) }));
    expect(!late.ok && late.fieldErrors?.closesOn?.[0]).toMatch(/on or before the first session/);
    const past = await publishTrustOffer(
      world.trust.id,
      offer(world.courseId, { closesOn: day(-2), startsOn: day(-1) }),
    );
    expect(!past.ok && past.fieldErrors?.closesOn?.[0]).toMatch(/cannot be in the past/);
    const other = await ownerDb().course.create({
      data: {
        trustId: world.otherTrust.id,
        provider: "Elsewhere",
        title: "Not ours",
        summary: "Another trust's course.",
        tier: 1,
        format: "LIVE_ONLINE",
        hoursPerParticipant: 1,
        costModel: "PER_PLACE",
        costPence: 100,
      },
    });
    const theirs = await publishTrustOffer(world.trust.id, offer(other.id));
    expect(!theirs.ok && theirs.fieldErrors?.courseId?.[0]).toMatch(/Choose a course from the list/);
    expect(await ownerDb().trustOffer.count({ where: { trustId: world.trust.id } })).toBe(before);
  });
});
