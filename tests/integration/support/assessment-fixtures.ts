// Schools with staff, rounds and answers for the framework, round and assessment tests.
import { startOrResume, saveAnswers } from "@/lib/assessment/queries";
import type { JobRole, MembershipRole } from "@/lib/generated/prisma/enums";
import { openRound } from "@/lib/rounds/queries";
import type { OpenRoundInput } from "@/lib/rounds/rules";
import type { SchoolContext } from "@/lib/tenancy/context";
import { makeMember, makeSchool, ownerDb } from "./fixtures";

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

export function schoolCtx(
  personId: string,
  school: { id: string; name: string },
  role: MembershipRole = "STAFF",
): SchoolContext {
  return { kind: "school", personId, schoolId: school.id, schoolName: school.name, role, trustId: null };
}

export type StaffMember = { id: string; email: string; jobRole: JobRole; ctx: SchoolContext };

/** A school with a lead (tier 3) and staff in the given job roles. */
export async function schoolWithStaff(
  jobRoles: JobRole[] = ["TEACHER", "TEACHER", "FORM_TUTOR"],
  opts: { trustId?: string } = {},
) {
  const school = await makeSchool({ trustId: opts.trustId });
  const leadPerson = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
  const lead = schoolCtx(leadPerson.id, school, "LEAD");
  const staff: StaffMember[] = [];
  for (const jobRole of jobRoles) {
    const p = await makeMember(school.id, "STAFF", jobRole);
    const { email } = await ownerDb().person.findUniqueOrThrow({
      where: { id: p.id },
      select: { email: true },
    });
    staff.push({ id: p.id, email, jobRole, ctx: schoolCtx(p.id, school) });
  }
  return { school, lead, staff };
}

/** A round open from an hour ago for a week, unless told otherwise. */
export async function openTestRound(
  lead: SchoolContext,
  overrides: Partial<OpenRoundInput> = {},
  now = new Date(),
) {
  return openRound(
    lead,
    {
      title: "Autumn self-assessment",
      opensAt: new Date(now.getTime() - HOUR),
      closesAt: new Date(now.getTime() + 7 * DAY),
      mode: "NAMED",
      audience: "ALL_STAFF",
      jobRoles: [],
      ...overrides,
    },
    now,
  );
}

/** Answers every in-scope competency with `rating` (default 3) and returns the page's view. */
export async function answerEverything(ctx: SchoolContext, roundId: string, rating = 3) {
  const view = await startOrResume(ctx, roundId);
  const codes = view.steps.flatMap((s) => (s.kind === "domain" ? s.competencies.map((c) => c.code) : []));
  await saveAnswers(ctx, {
    roundId,
    frameworkVersionId: view.frameworkVersionId,
    answers: codes.map((competencyCode) => ({ competencyCode, rating })),
  });
  return { view, codes };
}
