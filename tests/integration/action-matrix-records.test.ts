// The catalogue and training-record actions in the authorisation matrix: every action x every role x
// own and another school or trust, in the style of ./action-matrix.test.ts.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { makeMember, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { courseForm } from "./support/records-fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addSchoolCourse, retireSchoolCourse } = await import("@/app/schools/[schoolId]/catalogue/actions");
const { addTrustCourse, retireTrustCourse } = await import("@/app/trusts/[trustId]/catalogue/actions");
const { recordCompletedTraining, remindExpiringTraining } =
  await import("@/app/schools/[schoolId]/records/actions");

let world: {
  trust: { id: string };
  otherTrust: { id: string };
  school: { id: string };
  otherSchool: { id: string };
  people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>;
  colleague: { id: string };
};

beforeAll(async () => {
  const trust = await makeTrust();
  const otherTrust = await makeTrust();
  const school = await makeSchool({ trustId: trust.id });
  const otherSchool = await makeSchool({ trustId: otherTrust.id });
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
    colleague: await makeMember(school.id, "STAFF", "TEACHING_ASSISTANT"),
  };
  await makeMember(otherSchool.id, "LEAD", "SENIOR_MH_LEAD");
});

/** A live course owned by the school or trust, written as the owner, so each retire call has one. */
async function ownedCourse(owner: { schoolId?: string; trustId?: string }) {
  const c = await ownerDb().course.create({
    data: {
      ...owner,
      provider: "Matrix",
      title: "Matrix course",
      summary: "Made for the authorisation matrix.",
      tier: 1,
      format: "IN_SCHOOL",
      hoursPerParticipant: 1,
      costModel: "PER_PLACE",
      costPence: 100,
      outcomes: { create: [{ competencyCode: "C1.01", level: 3 }] },
    },
  });
  return c.id;
}

const training = (personId?: string) => ({
  personId: personId ?? "",
  source: "EXTERNAL",
  externalTitle: "Matrix briefing",
  completedOn: "2025-06-01",
  hours: "1",
});

type Case = { action: string; call: (tenantId: string) => Promise<ActionResult<unknown>> };

const schoolCases = (): Case[] => [
  { action: "addSchoolCourse", call: (id) => addSchoolCourse(id, courseForm()) },
  {
    action: "retireSchoolCourse",
    call: async (id) => retireSchoolCourse(id, { courseId: await ownedCourse({ schoolId: id }) }),
  },
  { action: "recordOwnTraining", call: (id) => recordCompletedTraining(id, training()) },
  {
    action: "recordColleagueTraining",
    call: (id) => recordCompletedTraining(id, training(world.colleague.id)),
  },
  { action: "remindExpiringTraining", call: (id) => remindExpiringTraining(id, {}) },
];
const trustCases = (): Case[] => [
  { action: "addTrustCourse", call: (id) => addTrustCourse(id, courseForm()) },
  {
    action: "retireTrustCourse",
    call: async (id) => retireTrustCourse(id, { courseId: await ownedCourse({ trustId: id }) }),
  },
];

const lead = (ok: Outcome): Record<Role, Outcome> => ({
  STAFF: "forbidden",
  LEAD: ok,
  HEAD: "forbidden",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
});
const trustOnly: Record<Role, Outcome> = {
  STAFF: "not-found",
  LEAD: "not-found",
  HEAD: "not-found",
  TRUST_LEADER: "ok",
  SIGNED_OUT: "signed-out",
};
const expected: Record<string, Record<Role, Outcome>> = {
  addSchoolCourse: lead("ok"),
  retireSchoolCourse: lead("ok"),
  recordOwnTraining: {
    STAFF: "ok",
    LEAD: "ok",
    HEAD: "ok",
    TRUST_LEADER: "not-found",
    SIGNED_OUT: "signed-out",
  },
  recordColleagueTraining: lead("ok"),
  remindExpiringTraining: lead("ok"),
  addTrustCourse: trustOnly,
  retireTrustCourse: trustOnly,
};

describe.each(ROLES)("catalogue and records actions as %s", (role) => {
  const signIn = () => {
    session.personId = role === "SIGNED_OUT" ? null : world.people[role].id;
  };

  it.each(["own", "other"] as const)("school actions in the %s school", async (tenant) => {
    signIn();
    const schoolId = tenant === "own" ? world.school.id : world.otherSchool.id;
    for (const c of schoolCases()) {
      const want = tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : expected[c.action]![role];
      expect(`${c.action}: ${outcomeOf(await c.call(schoolId))}`).toBe(`${c.action}: ${want}`);
    }
  });

  it.each(["own", "other"] as const)("trust actions in the %s trust", async (tenant) => {
    signIn();
    const trustId = tenant === "own" ? world.trust.id : world.otherTrust.id;
    for (const c of trustCases()) {
      const want = tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : expected[c.action]![role];
      expect(`${c.action}: ${outcomeOf(await c.call(trustId))}`).toBe(`${c.action}: ${want}`);
    }
  });
});

describe("ids from the client are checked against the tenant", () => {
  it("refuses a lead retiring another school's course through their own school", async () => {
    session.personId = world.people.LEAD.id;
    const theirs = await ownedCourse({ schoolId: world.otherSchool.id });
    expect(outcomeOf(await retireSchoolCourse(world.school.id, { courseId: theirs }))).toBe("not-found");
    expect((await ownerDb().course.findUniqueOrThrow({ where: { id: theirs } })).retiredAt).toBeNull();
  });

  it("refuses a lead recording training for another school's person, writing nothing", async () => {
    session.personId = world.people.LEAD.id;
    const stranger = await makeMember(world.otherSchool.id, "STAFF");
    const result = await recordCompletedTraining(world.school.id, training(stranger.id));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { personId: ["Choose someone in your school."] },
    });
    expect(await ownerDb().trainingRecord.count({ where: { personId: stranger.id } })).toBe(0);
  });

  it("returns field errors from the same schema the forms use", async () => {
    session.personId = world.people.LEAD.id;
    const result = await addSchoolCourse(
      world.school.id,
      courseForm({ outcomes: [], hoursPerParticipant: "0" }),
    );
    expect(!result.ok && Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "hoursPerParticipant",
      "outcomes",
    ]);
  });
});
