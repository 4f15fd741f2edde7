// The privacy actions in the authorisation matrix (decision 0041), in the style of
// ./action-matrix.test.ts: every role, own and another school. Erasure is one's own: any signed-in
// person reaches it, and the typed address decides (here a wrong one, so nobody is erased).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeMember, makeSchool, makeTrust, makeTrustLeader } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveRetention } = await import("@/app/schools/[schoolId]/settings/retention/actions");
const { eraseAccount } = await import("@/app/account/data/actions");

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

const expected: Record<Role, Outcome> = {
  STAFF: "forbidden",
  LEAD: "ok",
  HEAD: "ok",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};

describe.each(ROLES)("privacy actions as %s", (role) => {
  const signIn = () => {
    session.personId = role === "SIGNED_OUT" ? null : world.people[role].id;
  };

  it.each(["own", "other"] as const)("saveRetention in the %s school", async (tenant) => {
    signIn();
    const schoolId = tenant === "own" ? world.school.id : world.otherSchool.id;
    const want = tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : expected[role];
    expect(outcomeOf(await saveRetention(schoolId, { years: 4 }))).toBe(want);
  });

  it("eraseAccount reaches every signed-in person, and the address decides", async () => {
    signIn();
    const out = await eraseAccount({ email: "not-their-address@example.test" });
    if (role === "SIGNED_OUT") expect(outcomeOf(out)).toBe("signed-out");
    else expect(out).toMatchObject({ ok: false, code: "invalid" });
  });
});
