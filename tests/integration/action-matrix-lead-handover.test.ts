// The lead handover in the authorisation matrix: its two actions x every role x own and another
// school, in the style of ./action-matrix.test.ts. The session is mocked; memberships, permissions
// and row-level security are real. Appointing changes roles, so every case has a fresh school.
import { describe, expect, it, vi } from "vitest";
import { makeMember, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { appointNewLead } = await import("@/app/schools/[schoolId]/people/lead/actions");
const { confirmHandedOver } = await import("@/app/schools/[schoolId]/action-plan/actions");

/** A school with a lead (who has one handed-over action waiting), a head, staff and a trust leader. */
async function world() {
  const trust = await makeTrust();
  const school = await makeSchool({ trustId: trust.id });
  const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
  const people = {
    STAFF: await makeMember(school.id, "STAFF"),
    LEAD: lead,
    HEAD: await makeMember(school.id, "HEAD", "SENIOR_LEADER"),
    TRUST_LEADER: await makeTrustLeader(trust.id),
  };
  const handover = await ownerDb().leadHandover.create({
    data: { schoolId: school.id, toPersonId: lead.id, toName: "Lead", appointedById: people.HEAD.id },
  });
  await ownerDb().leadHandoverAction.create({
    data: {
      handoverId: handover.id,
      schoolId: school.id,
      actionKey: "a1",
      title: "Briefing",
      dueOn: new Date("2027-01-15"),
      toPersonId: lead.id,
    },
  });
  return { school, people };
}

const counts = async (schoolId: string) => ({
  handovers: await ownerDb().leadHandover.count({ where: { schoolId } }),
  confirmed: await ownerDb().leadHandoverAction.count({ where: { schoolId, confirmedAt: { not: null } } }),
  leads: await ownerDb().membership.count({ where: { schoolId, role: "LEAD" } }),
});

const APPOINT: Record<Role, Outcome> = {
  STAFF: "forbidden",
  LEAD: "forbidden",
  HEAD: "ok",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};
const CONFIRM: Record<Role, Outcome> = {
  STAFF: "forbidden",
  LEAD: "ok",
  HEAD: "forbidden",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};

describe.each(ROLES)("the lead handover as %s", (role) => {
  it.each(["own", "other"] as const)("appointNewLead in the %s school", async (tenant) => {
    const own = await world();
    const other = await world();
    session.personId = role === "SIGNED_OUT" ? null : own.people[role].id;
    const target = tenant === "own" ? own : other;
    const before = await counts(target.school.id);
    const result = await appointNewLead(target.school.id, {
      personId: target.people.STAFF.id,
      fromPersonId: target.people.LEAD.id,
    });
    const want = tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : APPOINT[role];
    expect(outcomeOf(result)).toBe(want);
    expect((await counts(target.school.id)).handovers).toBe(before.handovers + (want === "ok" ? 1 : 0));
    if (want !== "ok") expect(await counts(target.school.id)).toEqual(before);
  });

  it.each(["own", "other"] as const)("confirmHandedOver in the %s school", async (tenant) => {
    const own = await world();
    const other = await world();
    session.personId = role === "SIGNED_OUT" ? null : own.people[role].id;
    const target = tenant === "own" ? own : other;
    const before = await counts(target.school.id);
    const result = await confirmHandedOver(target.school.id, {});
    const want = tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : CONFIRM[role];
    expect(outcomeOf(result)).toBe(want);
    expect((await counts(target.school.id)).confirmed).toBe(before.confirmed + (want === "ok" ? 1 : 0));
  });
});

describe("appointNewLead input", () => {
  it("puts the message beside the field and writes nothing", async () => {
    const w = await world();
    session.personId = w.people.HEAD.id;
    const before = await counts(w.school.id);
    const empty = await appointNewLead(w.school.id, { personId: "" });
    expect(!empty.ok && empty.fieldErrors).toEqual({ personId: ["Choose who will be the new lead."] });
    const lead = await appointNewLead(w.school.id, {
      personId: w.people.LEAD.id,
      fromPersonId: w.people.LEAD.id,
    });
    expect(!lead.ok && lead.fieldErrors?.personId?.[0]).toMatch(/is already the senior mental health lead/);
    expect(await counts(w.school.id)).toEqual(before);
  });
});
