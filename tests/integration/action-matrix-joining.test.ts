// The authorisation matrix for schools joining: a trust adds a school, the head decides, an operator
// decides a school request. Every action x every role x own and another school or trust.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { makeMember, makePerson, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";
import { makeRegisterSchool } from "./support/register-fixtures";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addSchool } = await import("@/app/trusts/[trustId]/schools/actions");
const { decideTrustJoin } = await import("@/app/schools/[schoolId]/actions");
const { decideSchoolRequest } = await import("@/app/operator/requests/actions");

type Actor = Role | "OPERATOR";
const ACTORS: Actor[] = [...ROLES, "OPERATOR"];

let world: {
  trust: { id: string };
  otherTrust: { id: string };
  school: { id: string };
  otherSchool: { id: string };
  people: Record<Exclude<Actor, "SIGNED_OUT">, { id: string }>;
};

beforeAll(async () => {
  const trust = await makeTrust();
  const otherTrust = await makeTrust();
  // Schools with no trust yet: the ones a trust asks to join.
  const school = await makeSchool();
  const otherSchool = await makeSchool();
  const operator = await makePerson();
  await ownerDb().operator.create({ data: { personId: operator.id } });
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
      OPERATOR: operator,
    },
  };
  await makeMember(otherSchool.id, "HEAD", "SENIOR_LEADER");
});

const expected: Record<string, Record<Actor, Outcome>> = {
  addSchool: {
    STAFF: "not-found",
    LEAD: "not-found",
    HEAD: "not-found",
    TRUST_LEADER: "ok",
    SIGNED_OUT: "signed-out",
    OPERATOR: "not-found",
  },
  decideTrustJoin: {
    STAFF: "forbidden",
    LEAD: "forbidden",
    HEAD: "ok",
    TRUST_LEADER: "not-found",
    SIGNED_OUT: "signed-out",
    OPERATOR: "not-found",
  },
  decideSchoolRequest: {
    STAFF: "not-found",
    LEAD: "not-found",
    HEAD: "not-found",
    TRUST_LEADER: "not-found",
    SIGNED_OUT: "signed-out",
    OPERATOR: "ok",
  },
};

/** A request from a new trust for the school, written as the owner, for one decision to use. */
async function pendingRequest(schoolId: string) {
  const trust = await makeTrust();
  return ownerDb().trustJoinRequest.create({
    data: { trustId: trust.id, schoolId, requestedById: world.people.TRUST_LEADER.id },
  });
}

async function schoolRequest() {
  const entry = await makeRegisterSchool({ website: null });
  return ownerDb().schoolRequest.create({
    data: {
      urn: entry.urn,
      requesterName: "Sam",
      jobRole: "SENIOR_MH_LEAD",
      email: `sam-${randomUUID()}@x.example`,
      status: "WAITING_OPERATOR",
    },
  });
}

describe.each(ACTORS)("joining actions as %s", (actor) => {
  const signIn = () => {
    session.personId = actor === "SIGNED_OUT" ? null : world.people[actor].id;
  };
  const want = (action: string, tenant: "own" | "other") =>
    tenant === "other" && actor !== "SIGNED_OUT" ? "not-found" : expected[action]![actor];

  it.each(["own", "other"] as const)("addSchool in the %s trust", async (tenant) => {
    signIn();
    const entry = await makeRegisterSchool();
    const trustId = tenant === "own" ? world.trust.id : world.otherTrust.id;
    const result = await addSchool(trustId, {
      urn: entry.urn,
      headName: "Hana Head",
      headEmail: "hana@x.example",
    });
    expect(outcomeOf(result)).toBe(want("addSchool", tenant));
  });

  it.each(["own", "other"] as const)("decideTrustJoin in the %s school", async (tenant) => {
    signIn();
    const schoolId = tenant === "own" ? world.school.id : world.otherSchool.id;
    const request = await pendingRequest(schoolId);
    const result = await decideTrustJoin(schoolId, { requestId: request.id, decision: "DECLINE" });
    expect(outcomeOf(result)).toBe(want("decideTrustJoin", tenant));
    const after = await ownerDb().trustJoinRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after.status).toBe(outcomeOf(result) === "ok" ? "DECLINED" : "PENDING");
  });

  it("decideSchoolRequest", async () => {
    signIn();
    const request = await schoolRequest();
    const result: ActionResult<unknown> = await decideSchoolRequest({
      requestId: request.id,
      decision: "REFUSE",
    });
    expect(outcomeOf(result)).toBe(expected.decideSchoolRequest![actor]);
  });
});

describe("ids from the client are checked against the resource", () => {
  it("refuses a head deciding another school's request through their own school's action", async () => {
    session.personId = world.people.HEAD.id;
    const request = await pendingRequest(world.otherSchool.id);
    const result = await decideTrustJoin(world.school.id, { requestId: request.id, decision: "ACCEPT" });
    expect(outcomeOf(result)).toBe("not-found");
    expect(
      (await ownerDb().school.findUniqueOrThrow({ where: { id: world.otherSchool.id } })).trustId,
    ).toBeNull();
  });

  it("returns the URN's refusal beside the field, from the same schema the form uses", async () => {
    session.personId = world.people.TRUST_LEADER.id;
    const result = await addSchool(world.trust.id, { urn: "12", headName: "", headEmail: "" });
    expect(!result.ok && result.fieldErrors?.urn?.[0]).toMatch(/six digits/);
  });
});
