// The calendar-address actions in the authorisation matrix: each action x every role (and an external
// validator) x own and another school. The session is mocked; memberships, permissions and
// row-level security are real. Whoever may see the action plan may have their own address.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeMember, makePerson, makeSchool, makeTrust, makeTrustLeader } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const school = await import("@/app/schools/[schoolId]/action-plan/actions");

type Actor = Role | "VALIDATOR";
type World = { schoolId: string; people: Record<Exclude<Actor, "SIGNED_OUT">, { id: string }> };
let own: World;
let other: World;

async function world(): Promise<World> {
  const t = await makeTrust();
  const s = await makeSchool({ trustId: t.id });
  return {
    schoolId: s.id,
    people: {
      STAFF: await makeMember(s.id, "STAFF"),
      LEAD: await makeMember(s.id, "LEAD", "SENIOR_MH_LEAD"),
      HEAD: await makeMember(s.id, "HEAD", "SENIOR_LEADER"),
      TRUST_LEADER: await makeTrustLeader(t.id),
      VALIDATOR: await makePerson(),
    },
  };
}

beforeAll(async () => {
  own = await world();
  other = await world();
}, 60_000);

const CASES = {
  makeActionPlanFeed: (w: World) => school.makeActionPlanFeed(w.schoolId, {}),
  stopActionPlanFeed: (w: World) => school.stopActionPlanFeed(w.schoolId, {}),
};

const VIEWERS: Record<Actor, Outcome> = {
  STAFF: "forbidden",
  LEAD: "ok",
  HEAD: "ok",
  TRUST_LEADER: "not-found",
  VALIDATOR: "not-found",
  SIGNED_OUT: "signed-out",
};

describe.each([...ROLES, "VALIDATOR"] as Actor[])("calendar-address actions as %s", (actor) => {
  it.each(["own", "other"] as const)("in the %s school", async (tenant) => {
    session.personId = actor === "SIGNED_OUT" ? null : own.people[actor].id;
    const w = tenant === "own" ? own : other;
    for (const [name, call] of Object.entries(CASES)) {
      const want = tenant === "other" && actor !== "SIGNED_OUT" ? "not-found" : VIEWERS[actor];
      expect(`${name}: ${outcomeOf(await call(w))}`).toBe(`${name}: ${want}`);
    }
  });
});

describe("input", () => {
  it("takes no fields: the person and the school come from the session and the URL", async () => {
    session.personId = own.people.LEAD.id;
    const result = await school.makeActionPlanFeed(own.schoolId, { personId: own.people.HEAD.id } as never);
    expect(result).toMatchObject({ ok: false, code: "invalid" });
  });
});
