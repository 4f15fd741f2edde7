// The lead's own development in the authorisation matrix: its one action x every role x own and
// another school, in the style of ./action-matrix.test.ts. The session is mocked; memberships,
// permissions and row-level security are real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { LEAD_STATEMENT_KEYS } from "@/lib/lead-development/areas";
import { makeMember, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveLeadAssessment } = await import("@/app/schools/[schoolId]/my-development/actions");

let world: {
  school: { id: string };
  otherSchool: { id: string };
  people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>;
};

beforeAll(async () => {
  const trust = await makeTrust();
  const school = await makeSchool({ trustId: trust.id });
  const otherSchool = await makeSchool();
  world = {
    school,
    otherSchool,
    people: {
      STAFF: await makeMember(school.id, "STAFF"),
      LEAD: await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD"),
      HEAD: await makeMember(school.id, "HEAD", "SENIOR_LEADER"),
      TRUST_LEADER: await makeTrustLeader(trust.id),
    },
  };
  await makeMember(otherSchool.id, "LEAD", "SENIOR_MH_LEAD");
});

const allAt = (rating: string) => ({
  ratings: Object.fromEntries(LEAD_STATEMENT_KEYS.map((k) => [k, rating])),
});

// The lead's alone; a trust leader has no school membership at all.
const EXPECTED: Record<Role, Outcome> = {
  STAFF: "forbidden",
  LEAD: "ok",
  HEAD: "forbidden",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};

describe.each(ROLES)("the lead's own development as %s", (role) => {
  it.each(["own", "other"] as const)("saveLeadAssessment in the %s school", async (tenant) => {
    session.personId = role === "SIGNED_OUT" ? null : world.people[role].id;
    const schoolId = tenant === "own" ? world.school.id : world.otherSchool.id;
    const before = await ownerDb().leadSelfAssessment.count();
    const result = await saveLeadAssessment(schoolId, allAt("2"));
    const want = tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : EXPECTED[role];
    expect(outcomeOf(result)).toBe(want);
    expect(await ownerDb().leadSelfAssessment.count()).toBe(before + (want === "ok" ? 1 : 0));
  });
});

describe("saveLeadAssessment input", () => {
  it("returns field errors beside each statement from the form's own schema, and writes nothing", async () => {
    session.personId = world.people.LEAD.id;
    const before = await ownerDb().leadSelfAssessment.count();
    const { ratings } = allAt("3");
    const result = await saveLeadAssessment(world.school.id, {
      ratings: { ...ratings, "ethos-1": "5", "leadership-2": undefined },
      note: "x".repeat(2001),
    });
    expect(!result.ok && result.fieldErrors).toEqual({
      "ratings.ethos-1": ["Choose a rating from 0 (Not yet) to 4 (Leading)."],
      "ratings.leadership-2": ["Choose a rating from 0 (Not yet) to 4 (Leading)."],
      note: ["Keep the note under 2,000 characters."],
    });
    expect(await ownerDb().leadSelfAssessment.count()).toBe(before);
  });
});
