// The server-action part of the authorisation matrix: every action x every role x own and another
// school or trust. Pages are covered the same way in tests/e2e/authorization.spec.ts.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { makeMember, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { invitePerson, importPeople, changePerson, removePerson } =
  await import("@/app/schools/[schoolId]/people/actions");
const { inviteSchoolLeader } = await import("@/app/trusts/[trustId]/actions");

let world: {
  trust: { id: string };
  otherTrust: { id: string };
  school: { id: string };
  otherSchool: { id: string };
  people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>;
  target: { membershipId: string };
  otherTarget: { membershipId: string };
};

beforeAll(async () => {
  const trust = await makeTrust();
  const otherTrust = await makeTrust();
  const school = await makeSchool({ trustId: trust.id });
  const otherSchool = await makeSchool({ trustId: otherTrust.id });
  const people = {
    STAFF: await makeMember(school.id, "STAFF"),
    LEAD: await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD"),
    HEAD: await makeMember(school.id, "HEAD", "SENIOR_LEADER"),
    TRUST_LEADER: await makeTrustLeader(trust.id),
  };
  await makeMember(school.id, "LEAD", "DSL"); // a second lead, so role changes are allowed
  await makeMember(otherSchool.id, "LEAD", "SENIOR_MH_LEAD");
  const membershipOf = async (schoolId: string) => {
    const p = await makeMember(schoolId, "STAFF", "CATERING");
    return { membershipId: (await ownerDb().membership.findFirstOrThrow({ where: { personId: p.id } })).id };
  };
  world = {
    trust,
    otherTrust,
    school,
    otherSchool,
    people,
    target: await membershipOf(school.id),
    otherTarget: await membershipOf(otherSchool.id),
  };
});

let n = 0;
const fresh = () => `matrix-${Date.now()}-${n++}@example.test`;

type Case = {
  action: string;
  tenant: "own" | "other";
  call: (tenantId: string) => Promise<ActionResult<unknown>>;
};

const schoolCases = (tenant: "own" | "other"): Case[] => [
  {
    action: "invitePerson",
    tenant,
    call: (id) => invitePerson(id, { email: fresh(), role: "STAFF", jobRole: "TEACHER" }),
  },
  {
    action: "importPeople",
    tenant,
    call: (id) => importPeople(id, { csv: `email,name,job_role\n${fresh()},Row Person,TEACHER` }),
  },
  {
    action: "changePerson",
    tenant,
    call: (id) =>
      changePerson(id, { membershipId: world.target.membershipId, role: "STAFF", jobRole: "CATERING" }),
  },
  { action: "removePerson", tenant, call: (id) => removePerson(id, { membershipId: "no-such-membership" }) },
];

const expected: Record<string, Record<Role, Outcome>> = {
  invitePerson: {
    STAFF: "forbidden",
    LEAD: "ok",
    HEAD: "forbidden",
    TRUST_LEADER: "not-found",
    SIGNED_OUT: "signed-out",
  },
  importPeople: {
    STAFF: "forbidden",
    LEAD: "ok",
    HEAD: "forbidden",
    TRUST_LEADER: "not-found",
    SIGNED_OUT: "signed-out",
  },
  changePerson: {
    STAFF: "forbidden",
    LEAD: "ok",
    HEAD: "forbidden",
    TRUST_LEADER: "not-found",
    SIGNED_OUT: "signed-out",
  },
  // Allowed, but the membership id is not in the school: the lead's outcome is "not found" by design.
  removePerson: {
    STAFF: "forbidden",
    LEAD: "not-found",
    HEAD: "forbidden",
    TRUST_LEADER: "not-found",
    SIGNED_OUT: "signed-out",
  },
  inviteSchoolLeader: {
    STAFF: "not-found",
    LEAD: "not-found",
    HEAD: "not-found",
    TRUST_LEADER: "ok",
    SIGNED_OUT: "signed-out",
  },
};

describe.each(ROLES)("server actions as %s", (role) => {
  const signIn = () => {
    session.personId = role === "SIGNED_OUT" ? null : world.people[role].id;
  };

  it.each(["own", "other"] as const)("school actions in the %s school", async (tenant) => {
    signIn();
    for (const c of schoolCases(tenant)) {
      const schoolId = tenant === "own" ? world.school.id : world.otherSchool.id;
      const want = tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : expected[c.action]![role];
      expect(`${c.action}: ${outcomeOf(await c.call(schoolId))}`).toBe(`${c.action}: ${want}`);
    }
  });

  it.each(["own", "other"] as const)("trust actions in the %s trust", async (tenant) => {
    signIn();
    const trustId = tenant === "own" ? world.trust.id : world.otherTrust.id;
    const result = await inviteSchoolLeader(trustId, {
      schoolId: world.school.id,
      email: fresh(),
      role: "LEAD",
      jobRole: "SENIOR_MH_LEAD",
    });
    const want =
      tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : expected.inviteSchoolLeader![role];
    expect(outcomeOf(result)).toBe(want);
  });
});

describe("tenant ids from the client are checked against the resource", () => {
  it("refuses a trust leader inviting into a school outside the trust", async () => {
    session.personId = world.people.TRUST_LEADER.id;
    const result = await inviteSchoolLeader(world.trust.id, {
      schoolId: world.otherSchool.id,
      email: fresh(),
      role: "HEAD",
      jobRole: "SENIOR_LEADER",
    });
    expect(outcomeOf(result)).toBe("not-found");
    expect(await ownerDb().invitation.count({ where: { schoolId: world.otherSchool.id } })).toBe(0);
  });

  it("refuses a lead changing a membership of another school through their own school's action", async () => {
    session.personId = world.people.LEAD.id;
    const result = await changePerson(world.school.id, {
      membershipId: world.otherTarget.membershipId,
      role: "LEAD",
      jobRole: "TEACHER",
    });
    expect(outcomeOf(result)).toBe("not-found");
    expect(
      await ownerDb().membership.findUnique({ where: { id: world.otherTarget.membershipId } }),
    ).toMatchObject({ role: "STAFF" });
  });

  it("stops a removed lead at once: the next action re-reads the membership", async () => {
    const school = await makeSchool();
    const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
    session.personId = lead.id;
    expect(
      outcomeOf(await invitePerson(school.id, { email: fresh(), role: "STAFF", jobRole: "TEACHER" })),
    ).toBe("ok");
    await ownerDb().membership.updateMany({ where: { personId: lead.id }, data: { role: "STAFF" } });
    expect(
      outcomeOf(await invitePerson(school.id, { email: fresh(), role: "STAFF", jobRole: "TEACHER" })),
    ).toBe("forbidden");
    await ownerDb().membership.deleteMany({ where: { personId: lead.id } });
    expect(
      outcomeOf(await invitePerson(school.id, { email: fresh(), role: "STAFF", jobRole: "TEACHER" })),
    ).toBe("not-found");
  });

  it("returns field errors from the same schema the form uses", async () => {
    session.personId = world.people.LEAD.id;
    const result = await invitePerson(world.school.id, {
      email: "not-an-email",
      role: "STAFF",
      jobRole: "ASTRONAUT",
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors).toEqual({
      email: ["Enter a valid email address."],
      jobRole: ["Choose a job role."],
    });
  });
});
