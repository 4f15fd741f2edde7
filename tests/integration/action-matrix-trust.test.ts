// The authorisation matrix for the trust overview's action: setting the trust's coverage targets.
// Every role x own and another trust.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeMember, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { setTrustTargets } = await import("@/app/trusts/[trustId]/actions");

let world: {
  trust: { id: string };
  otherTrust: { id: string };
  people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>;
};

beforeAll(async () => {
  const trust = await makeTrust();
  const otherTrust = await makeTrust();
  const school = await makeSchool({ trustId: trust.id });
  await makeTrustLeader(otherTrust.id);
  world = {
    trust,
    otherTrust,
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

describe.each(ROLES)("trust actions as %s", (actor) => {
  it.each(["own", "other"] as const)("setTrustTargets in the %s trust", async (tenant) => {
    session.personId = actor === "SIGNED_OUT" ? null : world.people[actor].id;
    const trustId = tenant === "own" ? world.trust.id : world.otherTrust.id;
    const want = tenant === "other" && actor !== "SIGNED_OUT" ? "not-found" : expected[actor];
    const result = await setTrustTargets(trustId, { corePercent: 90, enhancedPercent: 15 });
    expect(outcomeOf(result)).toBe(want);
    const stored = await ownerDb().trustTargets.findUnique({ where: { trustId } });
    if (want === "ok") expect(stored).toMatchObject({ corePercent: 90, enhancedPercent: 15 });
    if (tenant === "other") expect(stored).toBeNull();
  });
});

describe("the targets form's schema, on the server", () => {
  it("refuses a target outside 0-100 beside its field, and saves nothing", async () => {
    session.personId = world.people.TRUST_LEADER.id;
    const result = await setTrustTargets(world.trust.id, {
      corePercent: 101,
      enhancedPercent: "ten",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fieldErrors?.corePercent?.[0]).toMatch(/cannot be above 100%/);
      expect(result.fieldErrors?.enhancedPercent?.[0]).toMatch(/number from 0 to 100/);
    }
  });
});
