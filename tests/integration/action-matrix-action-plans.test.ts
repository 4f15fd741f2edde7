// The action plan's part of the authorisation matrix: every action-plan action x every role (and an
// external validator) x own and another school or trust. The session is mocked; memberships,
// permissions and row-level security are real.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { makeMember, makePerson, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const school = await import("@/app/schools/[schoolId]/action-plan/actions");
const trust = await import("@/app/trusts/[trustId]/action-plans/actions");
const review = await import("@/app/review/actions");

type Actor = Role | "VALIDATOR";
type World = {
  schoolId: string;
  trustId: string;
  leadId: string;
  people: Record<Exclude<Actor, "SIGNED_OUT">, { id: string }>;
};
let own: World;
let other: World;

async function world(): Promise<World> {
  const t = await makeTrust();
  const s = await makeSchool({ trustId: t.id });
  const lead = await makeMember(s.id, "LEAD", "SENIOR_MH_LEAD");
  return {
    schoolId: s.id,
    trustId: t.id,
    leadId: lead.id,
    people: {
      STAFF: await makeMember(s.id, "STAFF"),
      LEAD: lead,
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

/** A fresh plan for the school (owner writes): version 1 in `status`, one objective with one action. */
async function freshPlan(
  w: World,
  status: "DRAFT" | "SUBMITTED" | "VALIDATED" = "DRAFT",
  to: "trust" | "validator" = "trust",
) {
  const db = ownerDb();
  await db.actionPlan.deleteMany({ where: { schoolId: w.schoolId } });
  const plan = await db.actionPlan.create({ data: { schoolId: w.schoolId, createdById: w.leadId } });
  const grant = await db.actionPlanValidator.create({
    data: {
      planId: plan.id,
      schoolId: w.schoolId,
      email: `v-${randomUUID()}@example.test`,
      name: "Validator",
      tokenHash: randomUUID(),
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedById: w.leadId,
      personId: w.people.VALIDATOR.id,
      acceptedAt: new Date(),
    },
  });
  const v = await db.actionPlanVersion.create({
    data: { planId: plan.id, schoolId: w.schoolId, number: 1, createdById: w.leadId, updatedById: w.leadId },
  });
  const objective = await db.actionPlanObjective.create({
    data: {
      versionId: v.id,
      schoolId: w.schoolId,
      key: "o1",
      principleKey: "ethos",
      title: "Objective",
      position: 0,
    },
  });
  await db.actionPlanAction.create({
    data: {
      versionId: v.id,
      schoolId: w.schoolId,
      objectiveId: objective.id,
      key: "a1",
      position: 0,
      title: "Action",
      ownerId: w.leadId,
      startOn: new Date("2026-09-01T00:00:00Z"),
      dueOn: new Date("2026-12-01T00:00:00Z"),
      successMeasure: "Done",
    },
  });
  if (status !== "DRAFT")
    await db.actionPlanVersion.update({
      where: { id: v.id },
      data: { status, submittedToTrust: to === "trust", validatorId: to === "validator" ? grant.id : null },
    });
  return { versionId: v.id };
}

const objectives = (w: World) => [
  {
    key: "o1",
    principleKey: "ethos",
    title: "Objective",
    actions: [
      {
        key: "a1",
        title: "Action",
        ownerId: w.leadId,
        startOn: "2026-09-01",
        dueOn: "2026-12-01",
        status: "NOT_STARTED",
        successMeasure: "Done",
        costPounds: 0,
      },
    ],
  },
];

type Call = (w: World) => Promise<ActionResult<unknown>>;
const SCHOOL_CASES: Record<string, Call> = {
  saveActionPlan: async (w) =>
    school.saveActionPlan(w.schoolId, { ...(await freshPlan(w)), revision: 0, objectives: objectives(w) }),
  submitActionPlan: async (w) =>
    school.submitActionPlan(w.schoolId, { ...(await freshPlan(w)), revision: 0, to: "trust" }),
  startActionPlanVersion: async (w) =>
    school.startActionPlanVersion(w.schoolId, await freshPlan(w, "VALIDATED")),
  rejectActionSuggestion: async (w) => {
    await freshPlan(w);
    return school.rejectActionSuggestion(w.schoolId, { key: `competency:${randomUUID()}` });
  },
};

const LEAD_ONLY: Record<Actor, Outcome> = {
  STAFF: "forbidden",
  LEAD: "ok",
  HEAD: "forbidden",
  TRUST_LEADER: "not-found",
  VALIDATOR: "not-found",
  SIGNED_OUT: "signed-out",
};
const ACTORS: Actor[] = [...ROLES, "VALIDATOR"];
const signInAs = (actor: Actor) => {
  session.personId = actor === "SIGNED_OUT" ? null : own.people[actor].id;
};

describe.each(ACTORS)("action-plan actions as %s", (actor) => {
  it.each(["own", "other"] as const)("in the %s school", async (tenant) => {
    signInAs(actor);
    const w = tenant === "own" ? own : other;
    for (const [name, call] of Object.entries(SCHOOL_CASES)) {
      const want = tenant === "other" && actor !== "SIGNED_OUT" ? "not-found" : LEAD_ONLY[actor];
      expect(`${name}: ${outcomeOf(await call(w))}`).toBe(`${name}: ${want}`);
    }
  });

  it.each(["own", "other"] as const)("deciding for the %s trust", async (tenant) => {
    signInAs(actor);
    const w = tenant === "own" ? own : other;
    const { versionId } = await freshPlan(w, "SUBMITTED", "trust");
    const result = await trust.decideTrustActionPlan(w.trustId, { versionId, decision: "VALIDATED" });
    const want =
      actor === "SIGNED_OUT"
        ? "signed-out"
        : actor === "TRUST_LEADER" && tenant === "own"
          ? "ok"
          : "not-found";
    expect(outcomeOf(result)).toBe(want);
    // The own trust's leader cannot decide the other trust's school's plan through their own trust either.
    if (actor === "TRUST_LEADER" && tenant === "other") {
      const across = await trust.decideTrustActionPlan(own.trustId, { versionId, decision: "VALIDATED" });
      expect(outcomeOf(across)).toBe("not-found");
    }
  });

  it.each(["own", "other"] as const)("deciding as a validator of the %s school's plan", async (tenant) => {
    signInAs(actor);
    const w = tenant === "own" ? own : other;
    const { versionId } = await freshPlan(w, "SUBMITTED", "validator");
    const result = await review.decideValidatorActionPlan({
      versionId,
      decision: "CHANGES_REQUESTED",
      note: "More detail",
    });
    const want =
      actor === "SIGNED_OUT" ? "signed-out" : actor === "VALIDATOR" && tenant === "own" ? "ok" : "not-found";
    expect(outcomeOf(result)).toBe(want);
  });
});
