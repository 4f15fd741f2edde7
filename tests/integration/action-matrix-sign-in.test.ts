// The sign-in settings' part of the authorisation matrix: every action x every role x own and
// another school. The session is mocked; memberships, permissions and row-level security are real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { makeMember, makePerson, makeSchool, makeTrust, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("@/app/schools/[schoolId]/settings/sign-in/actions");

let people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>;
let schoolId: string;
let otherSchoolId: string;
const domain = `matrix-${Date.now()}.sch.uk`;

beforeAll(async () => {
  const school = await makeSchool();
  schoolId = school.id;
  otherSchoolId = (await makeSchool()).id;
  const at = (who: string) => makePerson({ email: `${who}@${domain}` });
  const trust = await makeTrust();
  const trustLeader = await at("trust");
  await ownerDb().membership.create({
    data: { personId: trustLeader.id, trustId: trust.id, role: "TRUST_LEADER" },
  });
  people = {
    STAFF: await makeMember(schoolId, "STAFF", "TEACHER", await at("staff")),
    LEAD: await makeMember(schoolId, "LEAD", "SENIOR_MH_LEAD", await at("lead")),
    HEAD: await makeMember(schoolId, "HEAD", "SENIOR_LEADER", await at("head")),
    TRUST_LEADER: trustLeader,
  };
  await ownerDb().person.updateMany({
    where: { email: { endsWith: `@${domain}` } },
    data: { emailVerifiedAt: new Date() },
  });
});

// In this order, so each succeeds for the lead: link the domain, unlink it, save the settings.
const calls: Record<string, (id: string) => Promise<ActionResult<unknown>>> = {
  linkEmailDomain: (id) => actions.linkEmailDomain(id, { domain }),
  unlinkEmailDomain: (id) => actions.unlinkEmailDomain(id, { domain }),
  saveSignInProviders: (id) =>
    actions.saveSignInProviders(id, {
      microsoftTenantId: "",
      googleHostedDomain: "",
      requireProvider: false,
    }),
};

const OWN: Record<Role, Outcome> = {
  STAFF: "forbidden",
  LEAD: "ok",
  HEAD: "forbidden",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};

describe.each(ROLES)("sign-in settings actions as %s", (role) => {
  it.each(["own", "other"] as const)("in the %s school", async (tenant) => {
    session.personId = role === "SIGNED_OUT" ? null : people[role].id;
    const id = tenant === "own" ? schoolId : otherSchoolId;
    const want = tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : OWN[role];
    for (const [name, call] of Object.entries(calls)) {
      expect(`${name}: ${outcomeOf(await call(id))}`).toBe(`${name}: ${want}`);
    }
  });
});
