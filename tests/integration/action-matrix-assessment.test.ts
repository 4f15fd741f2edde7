// The self-assessment's server actions in the authorisation matrix: every action x every role x own
// and another school, plus the checks that matter most for staff: no one can write into anyone
// else's response or dismiss anyone else's reminder, and refusals say why.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { inScopeCompetencies } from "@/lib/assessment/rules";
import { DEFAULT_FRAMEWORK } from "@/lib/framework/default-framework";
import { contentFromData } from "@/lib/framework/versioning";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { requiredTier } from "@/lib/tiers";
import { openTestRound, schoolCtx } from "./support/assessment-fixtures";
import { makeMember, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveMyAnswers, saveMyTraining, submitMyAssessment } =
  await import("@/app/schools/[schoolId]/assessments/[roundId]/actions");
const { dismissNotice } = await import("@/app/schools/[schoolId]/actions");

const JOB: Record<Exclude<Role, "SIGNED_OUT" | "TRUST_LEADER">, JobRole> = {
  STAFF: "TEACHER",
  LEAD: "SENIOR_MH_LEAD",
  HEAD: "SENIOR_LEADER",
};

let world: {
  school: { id: string; name: string };
  otherSchool: { id: string };
  people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>;
  round: { id: string; frameworkVersionId: string };
};

beforeAll(async () => {
  const trust = await makeTrust();
  const school = await makeSchool({ trustId: trust.id });
  const otherSchool = await makeSchool({ trustId: (await makeTrust()).id });
  const people = {
    STAFF: await makeMember(school.id, "STAFF", JOB.STAFF),
    LEAD: await makeMember(school.id, "LEAD", JOB.LEAD),
    HEAD: await makeMember(school.id, "HEAD", JOB.HEAD),
    TRUST_LEADER: await makeTrustLeader(trust.id),
  };
  await makeMember(otherSchool.id, "LEAD", "SENIOR_MH_LEAD");
  const round = await openTestRound(schoolCtx(people.LEAD.id, school, "LEAD"));
  world = { school, otherSchool, people, round };
});

const content = contentFromData(DEFAULT_FRAMEWORK);
const codesFor = (jobRole: JobRole) =>
  inScopeCompetencies(content.competencies, requiredTier(jobRole)).map((c) => c.code);
const base = () => ({ roundId: world.round.id, frameworkVersionId: world.round.frameworkVersionId });

type Case = { action: string; call: (schoolId: string, role: Role) => Promise<ActionResult<unknown>> };
const CASES: Case[] = [
  {
    action: "saveMyAnswers",
    call: (id) =>
      saveMyAnswers(id, { ...base(), answers: [{ competencyCode: "C1.01", rating: 2 }], currentStep: 1 }),
  },
  {
    action: "saveMyTraining",
    call: (id) =>
      saveMyTraining(id, {
        ...base(),
        barriers: ["TIME"],
        preferredFormats: ["IN_SCHOOL"],
        overallConfidence: 3,
      }),
  },
  {
    // Answers everything in scope first (when allowed), so the submit itself is what is tested.
    action: "submitMyAssessment",
    call: async (id, role) => {
      const codes = codesFor(role in JOB ? JOB[role as keyof typeof JOB] : "TEACHER");
      await saveMyAnswers(id, {
        ...base(),
        answers: codes.map((competencyCode) => ({ competencyCode, rating: 3 })),
      });
      return submitMyAssessment(id, { ...base(), submitKey: `matrix-${role}-key` });
    },
  },
  { action: "dismissNotice", call: (id) => dismissNotice(id, { notificationId: "no-such-notice" }) },
];

// Every school role takes part in its own school's rounds; a trust leader has no school membership.
const OWN: Record<Role, Outcome> = {
  STAFF: "ok",
  LEAD: "ok",
  HEAD: "ok",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};

describe.each(ROLES)("assessment actions as %s", (role) => {
  it.each(["own", "other"] as const)("in the %s school", async (tenant) => {
    session.personId = role === "SIGNED_OUT" ? null : world.people[role].id;
    const schoolId = tenant === "own" ? world.school.id : world.otherSchool.id;
    for (const c of CASES) {
      const want = tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : OWN[role];
      expect(`${c.action}: ${outcomeOf(await c.call(schoolId, role))}`).toBe(`${c.action}: ${want}`);
    }
  });
});

describe("a staff member's own response only", () => {
  it("cannot save into another person's response, whatever ids the request carries", async () => {
    const school = await makeSchool();
    const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
    const round = await openTestRound(schoolCtx(lead.id, school, "LEAD"));
    const [a, b] = [await makeMember(school.id), await makeMember(school.id)];
    const input = { roundId: round.id, frameworkVersionId: round.frameworkVersionId };
    session.personId = b.id;
    expect(
      (await saveMyAnswers(school.id, { ...input, answers: [{ competencyCode: "C1.01", rating: 1 }] })).ok,
    ).toBe(true);
    const theirs = await ownerDb().response.findUniqueOrThrow({
      where: { roundId_personId: { roundId: round.id, personId: b.id } },
    });

    session.personId = a.id;
    const forged = {
      ...input,
      responseId: theirs.id,
      personId: b.id,
      answers: [{ competencyCode: "C1.01", rating: 4 }],
    };
    expect((await saveMyAnswers(school.id, forged)).ok).toBe(true);

    const answers = await ownerDb().answer.findMany({
      where: { competencyCode: "C1.01", response: { roundId: round.id } },
      include: { response: true },
    });
    expect(answers.map((x) => [x.response.personId, x.rating]).sort()).toEqual(
      [
        [a.id, 4],
        [b.id, 1],
      ].sort(),
    );
  });

  it("cannot dismiss another person's reminder", async () => {
    const school = await makeSchool();
    const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
    const round = await openTestRound(schoolCtx(lead.id, school, "LEAD"));
    const [a, b] = [await makeMember(school.id), await makeMember(school.id)];
    const notice = await ownerDb().notification.create({
      data: { schoolId: school.id, personId: b.id, roundId: round.id, message: "Please complete it." },
    });
    session.personId = a.id;
    expect((await dismissNotice(school.id, { notificationId: notice.id })).ok).toBe(true);
    expect((await ownerDb().notification.findUniqueOrThrow({ where: { id: notice.id } })).readAt).toBeNull();
    session.personId = b.id;
    expect((await dismissNotice(school.id, { notificationId: notice.id })).ok).toBe(true);
    expect(
      (await ownerDb().notification.findUniqueOrThrow({ where: { id: notice.id } })).readAt,
    ).not.toBeNull();
  });
});

describe("refusals say why and write nothing", () => {
  it("covers another school's round, a stale page, a person not asked, a bad rating and a double submit", async () => {
    const school = await makeSchool();
    const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
    const leadCtx = schoolCtx(lead.id, school, "LEAD");
    const round = await openTestRound(leadCtx);
    const onlyTutors = await openTestRound(leadCtx, { audience: "JOB_ROLES", jobRoles: ["FORM_TUTOR"] });
    const teacher = await makeMember(school.id);
    session.personId = teacher.id;
    const input = { roundId: round.id, frameworkVersionId: round.frameworkVersionId };
    const one = [{ competencyCode: "C1.01", rating: 2 }];

    const elsewhere = await saveMyAnswers(school.id, { ...input, roundId: world.round.id, answers: one });
    expect(!elsewhere.ok && elsewhere.message).toBe("That round was not found.");
    const stale = await saveMyAnswers(school.id, {
      ...input,
      frameworkVersionId: "an-older-version",
      answers: one,
    });
    expect(!stale.ok && stale.message).toMatch(/out of date/);
    const notAsked = await saveMyAnswers(school.id, { ...input, roundId: onlyTutors.id, answers: one });
    expect(!notAsked.ok && notAsked.message).toBe("This round does not ask you to take part.");
    const bad = await saveMyAnswers(school.id, {
      ...input,
      answers: [{ competencyCode: "C1.01", rating: 7 }],
    });
    expect(!bad.ok && bad.fieldErrors).toEqual({
      "answers.0.rating": ["Choose a rating from 0 (Not yet) to 4 (Leading)."],
    });
    const early = await submitMyAssessment(school.id, { ...input, submitKey: "early-submit-key" });
    expect(!early.ok && early.message).toMatch(/Please answer every question before submitting/);
    expect(await ownerDb().answer.count({ where: { response: { personId: teacher.id } } })).toBe(0);

    const codes = codesFor("TEACHER");
    await saveMyAnswers(school.id, {
      ...input,
      answers: codes.map((competencyCode) => ({ competencyCode, rating: 1 })),
    });
    const [first, again] = await Promise.all([
      submitMyAssessment(school.id, { ...input, submitKey: "same-key-twice" }),
      submitMyAssessment(school.id, { ...input, submitKey: "same-key-twice" }),
    ]);
    expect(first.ok && again.ok).toBe(true);
    expect(first.ok && first.data.results?.meetsTier).toBe(false);
    expect(await ownerDb().response.count({ where: { personId: teacher.id, status: "SUBMITTED" } })).toBe(1);
    const late = await saveMyAnswers(school.id, { ...input, answers: one });
    expect(!late.ok && late.message).toMatch(/already submitted/);
  });
});
