// The plans' part of the authorisation matrix: every gap and plan action and download route x every
// role x own and another school. The session is mocked; memberships, permissions and RLS are real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { adoptFramework } from "@/lib/framework/queries";
import { openTestRound, schoolCtx } from "./support/assessment-fixtures";
import { makeMember, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { ensureCatalogue } from "./support/plan-fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const plans = await import("@/app/schools/[schoolId]/plans/actions");
const gapExport = await import("@/app/schools/[schoolId]/rounds/[roundId]/gaps/export/route");
const planExport = await import("@/app/schools/[schoolId]/plans/[planId]/export/route");

type School = { schoolId: string; roundId: string; leadId: string; memberId: string; courseId: string };
let w: { people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>; own: School; other: School };

async function schoolWorld(
  trustId: string,
): Promise<School & { people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }> }> {
  const school = await makeSchool({ trustId });
  const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
  const all = {
    STAFF: await makeMember(school.id, "STAFF"),
    LEAD: lead,
    HEAD: await makeMember(school.id, "HEAD", "SENIOR_LEADER"),
    TRUST_LEADER: await makeTrustLeader(trustId),
  };
  const ctx = schoolCtx(lead.id, school, "LEAD");
  await adoptFramework(ctx);
  const round = await openTestRound(ctx);
  const course = await ownerDb().course.findFirstOrThrow({
    where: { schoolId: null, trustId: null, costModel: "PER_PLACE" },
  });
  return {
    schoolId: school.id,
    roundId: round.id,
    leadId: lead.id,
    memberId: all.STAFF.id,
    courseId: course.id,
    people: all,
  };
}

beforeAll(async () => {
  await ensureCatalogue();
  const own = await schoolWorld((await makeTrust()).id);
  // The other school has its own people: ours are members of the own school (or its trust) only.
  const other = await schoolWorld((await makeTrust()).id);
  w = { people: own.people, own, other };
}, 120_000);

/** A plan written as the owner (fast): one booking with one attendee, newest version in `status`. */
async function planIn(s: School, status: "DRAFT" | "APPROVED" = "DRAFT") {
  const totals = {
    costPence: 5000,
    budgetPence: 100000,
    maxHoursPerPerson: 2,
    hoursLimit: 6,
    sessionsUsed: 0,
    sessionsLimit: 1,
    peopleTrained: 1,
    pointsClosed: 0,
    valueClosed: 0,
  };
  const summary = {
    mode: "NAMED",
    reason: null,
    optimalityNote: "",
    totals,
    need: { before: { points: 0, weighted: 0 }, remaining: { points: 0, weighted: 0 } },
    unmet: [],
    weights: { 1: 100, 2: 10, 3: 1 },
    edited: false,
  };
  const plan = await ownerDb().trainingPlan.create({
    data: { schoolId: s.schoolId, roundId: s.roundId, title: "Matrix plan", createdById: s.leadId },
  });
  const version = await ownerDb().planVersion.create({
    data: {
      planId: plan.id,
      schoolId: s.schoolId,
      number: 1,
      status,
      limits: {},
      method: "exact",
      summary,
      createdById: s.leadId,
    },
  });
  const item = await ownerDb().planItem.create({
    data: {
      planVersionId: version.id,
      schoolId: s.schoolId,
      courseId: s.courseId,
      term: "AUTUMN",
      costPence: 5000,
      hours: 2,
      why: "Matrix",
      closes: { closes: [] },
      attendees: { create: [{ schoolId: s.schoolId, personId: s.memberId }] },
    },
    include: { attendees: true },
  });
  return { planId: plan.id, versionId: version.id, itemId: item.id, attendeeId: item.attendees[0]!.id };
}

type Call = (schoolId: string, s: School) => Promise<ActionResult<unknown>>;
const CASES: Record<string, Call> = {
  generatePlan: (id, s) =>
    plans.generatePlan(id, {
      roundId: s.roundId,
      budgetPounds: 100,
      hoursPerPersonPerYear: 6,
      inSchoolSessions: 1,
    }),
  removePlanItem: async (id, s) => plans.removePlanItem(id, await planIn(s)),
  movePlanItem: async (id, s) => plans.movePlanItem(id, { ...(await planIn(s)), term: "summer" }),
  removePlanAttendee: async (id, s) => plans.removePlanAttendee(id, await planIn(s)),
  addPlanAttendee: async (id, s) => plans.addPlanAttendee(id, { ...(await planIn(s)), personId: s.leadId }),
  addPlanItem: async (id, s) =>
    plans.addPlanItem(id, {
      planId: (await planIn(s)).planId,
      courseId: s.courseId,
      term: "spring",
      personIds: [s.memberId],
    }),
  revisePlan: async (id, s) => plans.revisePlan(id, { planId: (await planIn(s, "APPROVED")).planId }),
  approvePlan: async (id, s) => plans.approvePlan(id, await planIn(s)),
};

const LEAD_ONLY: Record<Role, Outcome> = {
  STAFF: "forbidden",
  LEAD: "ok",
  HEAD: "forbidden",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};
const HEAD_ONLY: Record<Role, Outcome> = {
  STAFF: "forbidden",
  LEAD: "forbidden",
  HEAD: "ok",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};
const expected = (action: string) => (action === "approvePlan" ? HEAD_ONLY : LEAD_ONLY);

const signInAs = (role: Role) => {
  session.personId = role === "SIGNED_OUT" ? null : w.people[role].id;
};

describe.each(ROLES)("plan actions as %s", (role) => {
  it.each(["own", "other"] as const)("in the %s school", async (tenant) => {
    signInAs(role);
    const s = tenant === "own" ? w.own : w.other;
    for (const [name, call] of Object.entries(CASES)) {
      const want = tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : expected(name)[role];
      expect(`${name}: ${outcomeOf(await call(s.schoolId, s))}`).toBe(`${name}: ${want}`);
    }
  });
});

type Status = 200 | 303 | 404;
const LEADERS: Record<Role, Status> = {
  STAFF: 404,
  LEAD: 200,
  HEAD: 200,
  TRUST_LEADER: 404,
  SIGNED_OUT: 303,
};
const get = (path: string) => new Request(`http://harbour.test${path}`);

describe.each(ROLES)("gap and plan downloads as %s", (role) => {
  it.each(["own", "other"] as const)("in the %s school", async (tenant) => {
    const s = tenant === "own" ? w.own : w.other;
    const { planId } = await planIn(s);
    signInAs(role);
    const routes = [
      {
        name: "gap export",
        run: () =>
          gapExport.GET(get("/x"), { params: Promise.resolve({ schoolId: s.schoolId, roundId: s.roundId }) }),
      },
      {
        name: "plan csv",
        run: () =>
          planExport.GET(get("/x?format=csv"), { params: Promise.resolve({ schoolId: s.schoolId, planId }) }),
      },
      {
        name: "plan ics",
        run: () =>
          planExport.GET(get("/x?format=ics"), { params: Promise.resolve({ schoolId: s.schoolId, planId }) }),
      },
    ];
    for (const route of routes) {
      const response = await route.run();
      const want = tenant === "other" && role !== "SIGNED_OUT" ? 404 : LEADERS[role];
      expect(`${route.name}: ${response.status}`).toBe(`${route.name}: ${want}`);
      if (want === 200)
        expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[\w.-]+"$/);
      if (want === 303) expect(response.headers.get("location")).toBe("/sign-in");
    }
  });
});

describe("ids from the client are checked against the school", () => {
  it("treats another school's plan, named through one's own school, as not found and writes nothing", async () => {
    signInAs("LEAD");
    const theirs = await planIn(w.other);
    expect(outcomeOf(await plans.removePlanItem(w.own.schoolId, theirs))).toBe("not-found");
    expect(
      outcomeOf(
        await plans.generatePlan(w.own.schoolId, {
          roundId: w.other.roundId,
          budgetPounds: 10,
          hoursPerPersonPerYear: 1,
          inSchoolSessions: 0,
        }),
      ),
    ).toBe("not-found");
    expect(await ownerDb().planVersion.count({ where: { planId: theirs.planId } })).toBe(1);
    const response = await planExport.GET(get("/x?format=csv"), {
      params: Promise.resolve({ schoolId: w.own.schoolId, planId: theirs.planId }),
    });
    expect(response.status).toBe(404);
    const gaps = await gapExport.GET(get("/x"), {
      params: Promise.resolve({ schoolId: w.own.schoolId, roundId: w.other.roundId }),
    });
    expect(gaps.status).toBe(404);
  });

  it("returns field errors from the same schema the form uses", async () => {
    signInAs("LEAD");
    const result = await plans.generatePlan(w.own.schoolId, {
      roundId: w.own.roundId,
      budgetPounds: -1,
      hoursPerPersonPerYear: 6,
      inSchoolSessions: 1,
    });
    expect(!result.ok && result.fieldErrors).toEqual({ budgetPounds: ["The budget cannot be negative."] });
    const editApproved = await plans.removePlanItem(w.own.schoolId, await planIn(w.own, "APPROVED"));
    expect(editApproved).toEqual({
      ok: false,
      code: "conflict",
      message: "This plan is approved; make a new version to change it.",
    });
  });
});
