import "server-only";
// Completed training: a person records their own, the lead anyone's in the school. The person named
// is checked against the school here (never trusted from the form), and row-level security keeps
// every record inside its school underneath.
import { audit } from "../audit/record";
import { withScope } from "../db/scope";
import { UserError } from "../errors";
import { LEFT_THE_SCHOOL } from "../people/queries";
import { can } from "../permissions";
import { londonDay } from "../rounds/dates";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { completedOnProblem, expiryOf, type Day } from "./rules";
import type { RecordTrainingValues } from "./schemas";

export type RecordRow = {
  id: string;
  personId: string;
  personName: string;
  title: string;
  provider: string | null;
  courseId: string | null;
  completedOn: Day;
  expiresOn: Day | null;
  hours: number;
  note: string | null;
};

const fieldError = (field: string, message: string) => new UserError(message, "validation", { [field]: [message] });
const asDate = (day: Day) => new Date(`${day}T00:00:00.000Z`);
const asDay = (d: Date) => d.toISOString().slice(0, 10);

export async function recordTraining(ctx: SchoolContext, input: RecordTrainingValues, now = new Date()): Promise<RecordRow> {
  const personId = input.personId ?? ctx.personId;
  if (personId !== ctx.personId && !can(ctx.role, "records:manage")) {
    throw new UserError("You do not have permission to do that: you can record only your own training.", "forbidden");
  }
  const problem = completedOnProblem(input.completedOn, londonDay(now));
  if (problem) throw fieldError("completedOn", problem);
  return withScope(scopeOf(ctx), async (tx) => {
    const member = await tx.membership.findFirst({
      where: { personId, schoolId: ctx.schoolId },
      select: { person: { select: { name: true } } },
    });
    if (!member) throw fieldError("personId", "Choose someone in your school.");
    let course: { id: string; title: string; provider: string; refreshMonths: number | null } | null = null;
    if (input.source === "CATALOGUE") {
      // Row-level security limits this to courses the school can read; retired ones are refused too.
      course = await tx.course.findFirst({
        where: { id: input.courseId, retiredAt: null },
        select: { id: true, title: true, provider: true, refreshMonths: true },
      });
      if (!course) throw fieldError("courseId", "Choose a course from the catalogue.");
    }
    const expiresOn = course ? expiryOf(input.completedOn, course.refreshMonths) : null;
    const created = await tx.trainingRecord.create({
      data: {
        schoolId: ctx.schoolId,
        personId,
        courseId: course?.id ?? null,
        externalTitle: course ? null : input.externalTitle!,
        completedOn: asDate(input.completedOn),
        hours: input.hours,
        note: input.note ?? null,
        expiresOn: expiresOn ? asDate(expiresOn) : null,
        recordedById: ctx.personId,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "training.recorded",
      schoolId: ctx.schoolId,
      targetId: personId,
      detail: { recordId: created.id, courseId: course?.id ?? null, completedOn: input.completedOn },
    });
    return {
      id: created.id,
      personId,
      personName: member.person.name,
      title: course?.title ?? input.externalTitle!,
      provider: course?.provider ?? null,
      courseId: course?.id ?? null,
      completedOn: input.completedOn,
      expiresOn,
      hours: input.hours,
      note: input.note ?? null,
    };
  });
}

async function readRecords(ctx: SchoolContext, onlyPersonId?: string): Promise<RecordRow[]> {
  return withScope(scopeOf(ctx), async (tx) => {
    const rows = await tx.trainingRecord.findMany({
      where: { schoolId: ctx.schoolId, ...(onlyPersonId ? { personId: onlyPersonId } : {}) },
      include: { course: { select: { title: true, provider: true } } },
      orderBy: [{ completedOn: "desc" }, { createdAt: "desc" }],
    });
    // Names of the school's members only: row-level security hides anyone who has left, whose
    // records stay with the school.
    const people = await tx.person.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.personId))] } }, select: { id: true, name: true } });
    const nameOf = new Map(people.map((p) => [p.id, p.name]));
    return rows.map((r) => ({
      id: r.id,
      personId: r.personId,
      personName: nameOf.get(r.personId) ?? LEFT_THE_SCHOOL,
      title: r.course?.title ?? r.externalTitle ?? "Training",
      provider: r.course?.provider ?? null,
      courseId: r.courseId,
      completedOn: asDay(r.completedOn),
      expiresOn: r.expiresOn ? asDay(r.expiresOn) : null,
      hours: r.hours,
      note: r.note,
    }));
  });
}

/** The signed-in person's own records, newest first. */
export const listOwnRecords = (ctx: SchoolContext) => readRecords(ctx, ctx.personId);

/** Every record in the school: the lead and the head only. */
export async function listSchoolRecords(ctx: SchoolContext): Promise<RecordRow[]> {
  if (!can(ctx.role, "school:view")) throw new UserError("You do not have permission to do that.", "forbidden");
  return readRecords(ctx);
}

/** The people the lead may record training for (everyone in the school), by name. */
export async function recordablePeople(ctx: SchoolContext): Promise<{ id: string; name: string }[]> {
  if (!can(ctx.role, "records:manage")) return [];
  return withScope(scopeOf(ctx), async (tx) => {
    const rows = await tx.membership.findMany({
      where: { schoolId: ctx.schoolId },
      select: { person: { select: { id: true, name: true } } },
      orderBy: [{ person: { name: "asc" } }, { id: "asc" }],
    });
    return rows.map((r) => r.person);
  });
}
