import "server-only";
// Completed training: a person records their own, the lead anyone's in the school. The person named
// is checked against the school here (never trusted from the form), and row-level security keeps
// every record inside its school underneath.
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import type { Prisma } from "../generated/prisma/client";
import { UserError } from "../errors";
import { LEFT_THE_SCHOOL } from "../people/queries";
import { can } from "../permissions";
import { londonDay } from "../rounds/dates";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { addDays, completedOnProblem, EXPIRY_WINDOW_DAYS, expiryOf, type Day } from "./rules";
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

const fieldError = (field: string, message: string) =>
  new UserError(message, "validation", { [field]: [message] });
const asDate = (day: Day) => new Date(`${day}T00:00:00.000Z`);
const asDay = (d: Date) => d.toISOString().slice(0, 10);

export async function recordTraining(
  ctx: SchoolContext,
  input: RecordTrainingValues,
  now = new Date(),
): Promise<RecordRow> {
  const personId = input.personId ?? ctx.personId;
  if (personId !== ctx.personId && !can(ctx.role, "records:manage")) {
    throw new UserError(
      "You do not have permission to do that: you can record only your own training.",
      "forbidden",
    );
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

/** How many records a list shows, newest first; the page says when there are more. */
export const RECORDS_SHOWN = 200;
/** Expiring records are bounded by the 60-day window already; this only guards against the absurd. */
const EXPIRING_SHOWN = 1000;

export type RecordList = { rows: RecordRow[]; total: number };

async function readRecords(
  tx: Tx,
  where: Prisma.TrainingRecordWhereInput,
  opts: { take: number; orderBy: Prisma.TrainingRecordOrderByWithRelationInput[] },
): Promise<RecordRow[]> {
  const rows = await tx.trainingRecord.findMany({
    where,
    include: { course: { select: { title: true, provider: true } } },
    orderBy: opts.orderBy,
    take: opts.take,
  });
  // Names of the school's members only: row-level security hides anyone who has left, whose
  // records stay with the school.
  const people = await tx.person.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.personId))] } },
    select: { id: true, name: true },
  });
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
}

const NEWEST_FIRST: Prisma.TrainingRecordOrderByWithRelationInput[] = [
  { completedOn: "desc" },
  { createdAt: "desc" },
  { id: "asc" },
];

async function listRecords(ctx: SchoolContext, onlyPersonId?: string): Promise<RecordList> {
  const where = { schoolId: ctx.schoolId, ...(onlyPersonId ? { personId: onlyPersonId } : {}) };
  return withScope(scopeOf(ctx), async (tx) => ({
    rows: await readRecords(tx, where, { take: RECORDS_SHOWN, orderBy: NEWEST_FIRST }),
    total: await tx.trainingRecord.count({ where }),
  }));
}

/** The signed-in person's own records, newest first, up to RECORDS_SHOWN, with their count. */
export const listOwnRecords = (ctx: SchoolContext) => listRecords(ctx, ctx.personId);

/** The school's records (the lead and the head only), newest first, up to RECORDS_SHOWN, with their count. */
export async function listSchoolRecords(ctx: SchoolContext): Promise<RecordList> {
  if (!can(ctx.role, "school:view"))
    throw new UserError("You do not have permission to do that.", "forbidden");
  return listRecords(ctx);
}

/**
 * In date today and expiring within the window (rules.expiringWithin, in SQL so a long history
 * cannot push them out of a bounded list), soonest first: the school's for the lead and the head,
 * one's own for anyone else, or one's own when asked.
 */
export async function listExpiringRecords(
  ctx: SchoolContext,
  opts: { own?: boolean } = {},
  now = new Date(),
): Promise<RecordRow[]> {
  const today = londonDay(now);
  const whose = opts.own || !can(ctx.role, "school:view") ? { personId: ctx.personId } : {};
  const where = {
    schoolId: ctx.schoolId,
    ...whose,
    completedOn: { lte: asDate(today) },
    expiresOn: { gte: asDate(today), lte: asDate(addDays(today, EXPIRY_WINDOW_DAYS)) },
  };
  return withScope(scopeOf(ctx), (tx) =>
    readRecords(tx, where, { take: EXPIRING_SHOWN, orderBy: [{ expiresOn: "asc" }, { id: "asc" }] }),
  );
}

/** A school larger than this is past anything Harbour is built for (the roster limit is 2,000 a file). */
const RECORDABLE_PEOPLE_SHOWN = 5000;

/** The people the lead may record training for (everyone in the school), by name. */
export async function recordablePeople(ctx: SchoolContext): Promise<{ id: string; name: string }[]> {
  if (!can(ctx.role, "records:manage")) return [];
  return withScope(scopeOf(ctx), async (tx) => {
    // Everyone in the school for the form's list: bounded by the roster limit's order of size.
    const rows = await tx.membership.findMany({
      where: { schoolId: ctx.schoolId },
      select: { person: { select: { id: true, name: true } } },
      orderBy: [{ person: { name: "asc" } }, { id: "asc" }],
      take: RECORDABLE_PEOPLE_SHOWN,
    });
    return rows.map((r) => r.person);
  });
}
