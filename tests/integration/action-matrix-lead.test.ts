// The lead's part of the authorisation matrix: every server action for rounds, the framework and job
// roles, and every download route, x every role x own and another school or trust. The session is
// mocked; memberships, permissions and row-level security are real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { makeMember, makeSchool, ownerDb } from "./support/fixtures";
import * as cases from "./support/lead-cases";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const rounds = await import("@/app/schools/[schoolId]/rounds/actions");
const framework = await import("@/app/schools/[schoolId]/framework/actions");
const jobRoles = await import("@/app/schools/[schoolId]/settings/job-roles/actions");
const trust = await import("@/app/trusts/[trustId]/framework/actions");
const roundExport = await import("@/app/schools/[schoolId]/rounds/[roundId]/export/route");
const frameworkExport = await import("@/app/schools/[schoolId]/framework/export/route");
const trustExport = await import("@/app/trusts/[trustId]/framework/export/route");

let w: Awaited<ReturnType<typeof cases.makeWorld>>;
beforeAll(async () => {
  w = await cases.makeWorld();
});

type Call = (tenantId: string) => Promise<ActionResult<unknown>>;

const schoolCases = (): Record<string, Call> => ({
  openRound: (id) => rounds.openRound(id, cases.openRoundForm()),
  extendRound: async (id) =>
    rounds.extendRound(id, {
      roundId: (await cases.freshRound(w.lead)).id,
      closesOn: cases.laterClosingDay(),
    }),
  closeRound: async (id) => rounds.closeRound(id, { roundId: (await cases.freshRound(w.lead)).id }),
  remindRound: async (id) => rounds.remindRound(id, { roundId: (await cases.freshRound(w.lead)).id }),
  setRoundReminderDays: async (id) =>
    rounds.setRoundReminderDays(id, {
      roundId: (await cases.freshRound(w.lead)).id,
      remindDaysBefore: "5",
      remindAgainDaysBefore: "1",
    }),
  importRoundResponses: async (id) => rounds.importRoundResponses(id, await cases.importableRound(w.lead)),
  adoptFramework: (id) => framework.adoptFramework(id, {}),
  addCompetency: (id) => framework.addCompetency(id, cases.newCompetencyForm()),
  rewordCompetency: (id) => framework.rewordCompetency(id, cases.rewordForm()),
  retireCompetency: async (id) => framework.retireCompetency(id, await cases.retirable(w.lead)),
  reinstateCompetency: async (id) => framework.reinstateCompetency(id, await cases.reinstatable(w.lead)),
  importFramework: async (id) => framework.importFramework(id, await cases.importableCsv(w.lead)),
  saveJobRoleTiers: (id) => jobRoles.saveJobRoleTiers(id, cases.tiersForm()),
  resetJobRoleTiers: (id) => jobRoles.resetJobRoleTiers(id, {}),
});

const trustCases = (): Record<string, Call> => ({
  adoptTrustFramework: (id) => trust.adoptTrustFramework(id, {}),
  addTrustCompetency: (id) => trust.addTrustCompetency(id, cases.newCompetencyForm()),
  rewordTrustCompetency: (id) => trust.rewordTrustCompetency(id, cases.rewordForm()),
  retireTrustCompetency: async (id) => trust.retireTrustCompetency(id, await cases.retirable(w.trustLeader)),
  reinstateTrustCompetency: async (id) =>
    trust.reinstateTrustCompetency(id, await cases.reinstatable(w.trustLeader)),
  importTrustFramework: async (id) =>
    trust.importTrustFramework(id, await cases.importableCsv(w.trustLeader)),
});

// Every school action is the lead's alone; a trust leader has no school membership at all.
const SCHOOL: Record<Role, Outcome> = {
  STAFF: "forbidden",
  LEAD: "ok",
  HEAD: "forbidden",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};
const TRUST: Record<Role, Outcome> = {
  STAFF: "not-found",
  LEAD: "not-found",
  HEAD: "not-found",
  TRUST_LEADER: "ok",
  SIGNED_OUT: "signed-out",
};

const signInAs = (role: Role) => {
  session.personId = role === "SIGNED_OUT" ? null : w.people[role].id;
};
const want = (table: Record<Role, Outcome>, role: Role, tenant: "own" | "other") =>
  tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : table[role];

describe.each(ROLES)("lead's server actions as %s", (role) => {
  it.each(["own", "other"] as const)("school actions in the %s school", async (tenant) => {
    signInAs(role);
    const schoolId = tenant === "own" ? w.schoolId : w.otherSchoolId;
    for (const [name, call] of Object.entries(schoolCases())) {
      expect(`${name}: ${outcomeOf(await call(schoolId))}`).toBe(`${name}: ${want(SCHOOL, role, tenant)}`);
    }
  });

  it.each(["own", "other"] as const)("trust framework actions in the %s trust", async (tenant) => {
    signInAs(role);
    const trustId = tenant === "own" ? w.trustId : w.otherTrustId;
    for (const [name, call] of Object.entries(trustCases())) {
      expect(`${name}: ${outcomeOf(await call(trustId))}`).toBe(`${name}: ${want(TRUST, role, tenant)}`);
    }
  });
});

// Downloads: 200 with an attachment, 404 for anyone else (as pages), sign-in for the signed out.
type Status = 200 | 303 | 404;
const ROUTE_SCHOOL: Record<Role, Status> = {
  STAFF: 404,
  LEAD: 200,
  HEAD: 200,
  TRUST_LEADER: 404,
  SIGNED_OUT: 303,
};
const ROUTE_TRUST: Record<Role, Status> = {
  STAFF: 404,
  LEAD: 404,
  HEAD: 404,
  TRUST_LEADER: 200,
  SIGNED_OUT: 303,
};
const get = (path: string) => new Request(`http://harbour.test${path}`);

const routes = (tenant: "own" | "other") => {
  const schoolId = tenant === "own" ? w.schoolId : w.otherSchoolId;
  const roundId = tenant === "own" ? w.roundId : w.otherRoundId;
  const trustId = tenant === "own" ? w.trustId : w.otherTrustId;
  return [
    {
      name: "round export",
      table: ROUTE_SCHOOL,
      run: () => roundExport.GET(get(`/x/export`), { params: Promise.resolve({ schoolId, roundId }) }),
    },
    {
      name: "framework export",
      table: ROUTE_SCHOOL,
      run: () => frameworkExport.GET(get(`/x/export?format=csv`), { params: Promise.resolve({ schoolId }) }),
    },
    {
      name: "trust framework export",
      table: ROUTE_TRUST,
      run: () => trustExport.GET(get(`/x/export?format=json`), { params: Promise.resolve({ trustId }) }),
    },
  ];
};

describe.each(ROLES)("download routes as %s", (role) => {
  it.each(["own", "other"] as const)("in the %s school or trust", async (tenant) => {
    signInAs(role);
    for (const route of routes(tenant)) {
      const response = await route.run();
      const expected = tenant === "other" && role !== "SIGNED_OUT" ? 404 : route.table[role];
      expect(`${route.name}: ${response.status}`).toBe(`${route.name}: ${expected}`);
      if (expected === 200)
        expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[\w.-]+"$/);
      if (expected === 303) expect(response.headers.get("location")).toBe("/sign-in");
    }
  });
});

describe("tenant ids from the client are checked against the resource", () => {
  it("treats another school's round, named through one's own school, as not found", async () => {
    signInAs("LEAD");
    for (const result of [
      await rounds.closeRound(w.schoolId, { roundId: w.otherRoundId }),
      await rounds.remindRound(w.schoolId, { roundId: w.otherRoundId }),
      await rounds.extendRound(w.schoolId, { roundId: w.otherRoundId, closesOn: cases.laterClosingDay() }),
    ]) {
      expect(outcomeOf(result)).toBe("not-found");
    }
    expect(await ownerDb().round.findUniqueOrThrow({ where: { id: w.otherRoundId } })).toMatchObject({
      closedAt: null,
      remindedAt: null,
    });
    const response = await roundExport.GET(get("/x"), {
      params: Promise.resolve({ schoolId: w.schoolId, roundId: w.otherRoundId }),
    });
    expect(response.status).toBe(404);
  });

  it("returns field errors from the same schema the form uses", async () => {
    signInAs("LEAD");
    const result = await rounds.openRound(w.schoolId, {
      ...cases.openRoundForm(),
      title: "x",
      closesOn: "2020-01-01",
      audience: "JOB_ROLES",
      jobRoles: [],
    });
    expect(!result.ok && result.fieldErrors).toEqual({
      title: ["Give the round a title of at least 3 characters."],
      closesOn: ["The closing date must not be before the opening date."],
      jobRoles: ["Choose at least one job role, or ask all staff."],
    });
    const bad = await frameworkExport.GET(get("/x?format=xml"), {
      params: Promise.resolve({ schoolId: w.schoolId }),
    });
    expect(bad.status).toBe(400);
  });

  it("asks a school to adopt a framework before its first round", async () => {
    const school = await makeSchool();
    session.personId = (await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD")).id;
    const result = await rounds.openRound(school.id, cases.openRoundForm());
    expect(result).toEqual({
      ok: false,
      code: "conflict",
      message: "Adopt a framework for your school before opening a round.",
    });
    expect(await ownerDb().round.count({ where: { schoolId: school.id } })).toBe(0);
  });

  it("lists every bad row of a response import and writes nothing", async () => {
    signInAs("LEAD");
    const { roundId, csv } = await cases.importableRound(w.lead);
    const result = await rounds.importRoundResponses(w.schoolId, {
      roundId,
      csv: `${csv}\nnobody@else.test,C1.01,9`,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors?.file).toHaveLength(2);
    expect(await ownerDb().response.count({ where: { roundId } })).toBe(0);
  });
});
