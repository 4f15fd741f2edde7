// The authorisation matrix for the trust overview's actions: setting the trust's coverage targets,
// and saving and deleting a group of its schools. Every role x own and another trust.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeMember, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { deleteGroup, saveGroup, setTrustTargets } = await import("@/app/trusts/[trustId]/actions");

let world: {
  trust: { id: string };
  otherTrust: { id: string };
  school: { id: string };
  otherSchool: { id: string };
  people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>;
};

beforeAll(async () => {
  const trust = await makeTrust();
  const otherTrust = await makeTrust();
  const school = await makeSchool({ trustId: trust.id });
  const otherSchool = await makeSchool({ trustId: otherTrust.id });
  await makeTrustLeader(otherTrust.id);
  world = {
    trust,
    otherTrust,
    school,
    otherSchool,
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

describe.each(ROLES)("group actions as %s", (actor) => {
  it.each(["own", "other"] as const)("saveGroup and deleteGroup in the %s trust", async (tenant) => {
    session.personId = actor === "SIGNED_OUT" ? null : world.people[actor].id;
    const trustId = tenant === "own" ? world.trust.id : world.otherTrust.id;
    const schoolId = tenant === "own" ? world.school.id : world.otherSchool.id;
    const want = tenant === "other" && actor !== "SIGNED_OUT" ? "not-found" : expected[actor];
    const name = `Hub ${actor} ${tenant}`;
    const saved = await saveGroup(trustId, { name, schoolIds: [schoolId] });
    expect(outcomeOf(saved)).toBe(want);
    const stored = await ownerDb().trustGroup.findFirst({ where: { trustId, name } });
    expect(stored !== null).toBe(want === "ok");
    // Deleting: a group made by the owner, so every role has one to try.
    const group = await ownerDb().trustGroup.create({
      data: { trustId, name: `${name} to delete`, createdById: world.people.TRUST_LEADER.id },
    });
    const deleted = await deleteGroup(trustId, { groupId: group.id });
    expect(outcomeOf(deleted)).toBe(want);
    expect((await ownerDb().trustGroup.findUnique({ where: { id: group.id } })) === null).toBe(want === "ok");
  });
});

describe("the group form's schema, on the server", () => {
  it("refuses a group with no name or no school beside its fields, and saves nothing", async () => {
    session.personId = world.people.TRUST_LEADER.id;
    const result = await saveGroup(world.trust.id, { name: "  ", schoolIds: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fieldErrors?.name?.[0]).toMatch(/Give the group a name/);
      expect(result.fieldErrors?.schoolIds?.[0]).toMatch(/at least one school/);
    }
    expect(await ownerDb().trustGroup.count({ where: { trustId: world.trust.id, name: "" } })).toBe(0);
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
