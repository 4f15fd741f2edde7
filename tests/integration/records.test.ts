import { beforeAll, describe, expect, it } from "vitest";
import { addCourse } from "@/lib/catalogue/queries";
import { addCourseSchema } from "@/lib/catalogue/schemas";
import { UserError } from "@/lib/errors";
import { removeMembership } from "@/lib/people/queries";
import { recordFigures } from "@/lib/records/figures";
import {
  listExpiringRecords,
  listOwnRecords,
  listSchoolRecords,
  RECORDS_SHOWN,
  recordTraining,
} from "@/lib/records/queries";
import { recordTrainingSchema, type RecordTrainingInput } from "@/lib/records/schemas";
import { londonDay, londonDayAfter } from "@/lib/rounds/dates";
import type { SchoolContext } from "@/lib/tenancy/context";
import { schoolWithStaff } from "./support/assessment-fixtures";
import { ownerDb } from "./support/fixtures";
import { courseForm } from "./support/records-fixtures";

let world: Awaited<ReturnType<typeof schoolWithStaff>>;
let other: Awaited<ReturnType<typeof schoolWithStaff>>;
let yearly: string;
let never: string;

beforeAll(async () => {
  world = await schoolWithStaff(["TEACHER", "TEACHER"]);
  other = await schoolWithStaff(["TEACHER"]);
  yearly = (
    await addCourse(
      world.lead,
      addCourseSchema.parse(courseForm({ title: "Yearly refresher", refreshMonths: "12" })),
    )
  ).id;
  never = (
    await addCourse(world.lead, addCourseSchema.parse(courseForm({ title: "Once only", refreshMonths: "" })))
  ).id;
});

const today = () => londonDay(new Date());
const daysAgo = (n: number) => londonDayAfter(new Date(), -n);
const record = (ctx: SchoolContext, form: Partial<RecordTrainingInput>) =>
  recordTraining(
    ctx,
    recordTrainingSchema.parse({
      source: "CATALOGUE",
      courseId: yearly,
      completedOn: today(),
      hours: "2",
      ...form,
    }),
  );
const count = (schoolId: string) => ownerDb().trainingRecord.count({ where: { schoolId } });

describe("recording completed training", () => {
  it("computes expiry from the course's refresh interval", async () => {
    const teacher = world.staff[0]!;
    const row = await record(teacher.ctx, { completedOn: "2025-01-31" });
    expect(row).toMatchObject({
      personId: teacher.id,
      title: "Yearly refresher",
      completedOn: "2025-01-31",
      expiresOn: "2026-01-31",
    });
    const stored = await ownerDb().trainingRecord.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.expiresOn?.toISOString().slice(0, 10)).toBe("2026-01-31");
    expect(stored.recordedById).toBe(teacher.id);
    const none = await record(teacher.ctx, { courseId: never });
    expect(none.expiresOn).toBeNull();
    const external = await record(teacher.ctx, {
      source: "EXTERNAL",
      courseId: "",
      externalTitle: "Local authority briefing",
      note: "Certificate 42",
    });
    expect(external).toMatchObject({
      title: "Local authority briefing",
      courseId: null,
      expiresOn: null,
      note: "Certificate 42",
    });
    expect((await listOwnRecords(teacher.ctx)).rows.map((r) => r.id)).toEqual(
      expect.arrayContaining([row.id, none.id, external.id]),
    );
  });

  it("lists what expires in the next 60 days", async () => {
    const teacher = world.staff[1]!;
    // Completed a year ago less 30 days: expires in about 30 days.
    const soon = await record(teacher.ctx, { completedOn: daysAgo(335) });
    const later = await record(teacher.ctx, { completedOn: daysAgo(200) });
    // As the records page lists them: the school's for the lead, one's own for everyone else.
    const schoolList = (await listExpiringRecords(world.lead)).map((r) => r.id);
    expect(schoolList).toContain(soon.id);
    expect(schoolList).not.toContain(later.id);
    expect((await listExpiringRecords(teacher.ctx)).every((r) => r.personId === teacher.id)).toBe(true);
  });

  it("lets the lead record anyone's training in the school, and shows it in the school list", async () => {
    const teacher = world.staff[0]!;
    const row = await record(world.lead, { personId: teacher.id });
    expect(row.personId).toBe(teacher.id);
    expect((await ownerDb().trainingRecord.findUniqueOrThrow({ where: { id: row.id } })).recordedById).toBe(
      world.lead.personId,
    );
    expect((await listSchoolRecords(world.lead)).rows.some((r) => r.id === row.id)).toBe(true);
    await expect(listSchoolRecords(teacher.ctx)).rejects.toThrow(/permission/);
    const audit = await ownerDb().auditEvent.findFirst({
      where: { action: "training.recorded", detail: { path: ["recordId"], equals: row.id } },
    });
    expect(audit).toMatchObject({
      actorId: world.lead.personId,
      schoolId: world.school.id,
      targetId: teacher.id,
    });
  });

  it("refuses a staff member recording training for someone else, and writes nothing", async () => {
    const before = await count(world.school.id);
    await expect(record(world.staff[0]!.ctx, { personId: world.staff[1]!.id })).rejects.toThrow(/permission/);
    expect(await count(world.school.id)).toBe(before);
  });

  it("refuses another school's person, even for the lead", async () => {
    const before = await count(world.school.id);
    const error = await record(world.lead, { personId: other.staff[0]!.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).fieldErrors).toEqual({ personId: ["Choose someone in your school."] });
    expect(await count(world.school.id)).toBe(before);
    expect(await count(other.school.id)).toBe(0);
  });

  it("refuses another school's course", async () => {
    const theirs = (await addCourse(other.lead, addCourseSchema.parse(courseForm()))).id;
    await expect(record(world.lead, { courseId: theirs })).rejects.toThrow(/Choose a course/);
  });

  it("refuses a future date, a date before 2000 and bad input, writing nothing", async () => {
    const before = await count(world.school.id);
    const error = await record(world.lead, { completedOn: londonDayAfter(new Date(), 1) }).catch(
      (e: unknown) => e,
    );
    expect((error as UserError).fieldErrors).toEqual({ completedOn: ["The date cannot be in the future."] });
    const bad = recordTrainingSchema.safeParse({
      source: "CATALOGUE",
      courseId: "",
      completedOn: "1999-12-31",
      hours: "0",
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join(".")).sort()).toEqual([
      "completedOn",
      "courseId",
      "hours",
    ]);
    expect(
      recordTrainingSchema
        .safeParse({ source: "EXTERNAL", completedOn: "2025-02-30", hours: "501" })
        .error!.issues.map((i) => i.path.join("."))
        .sort(),
    ).toEqual(["completedOn", "externalTitle", "hours"]);
    expect(await count(world.school.id)).toBe(before);
  });
});

describe("figures for the lead", () => {
  it("gives coverage by in-date training beside self-assessed coverage, withholding small groups", async () => {
    const figures = await recordFigures(world.lead);
    expect(figures.k).toBe(5);
    expect(figures.coverage.map((r) => r.tier)).toEqual([1, 2, 3]);
    // Three people in the school: every tier rests on fewer than 5 and is withheld.
    expect(figures.coverage.every((r) => r.trained.withheld && r.trained.share === null)).toBe(true);
    expect(figures.coverage.every((r) => r.selfAssessed === null)).toBe(true);
    expect(figures.impact.rounds).toBeNull();
    await expect(recordFigures(world.staff[0]!.ctx)).rejects.toThrow(/permission/);
  });
});

describe("someone who has left the school", () => {
  it("keeps their training in the school's list, unnamed, and the figures still load", async () => {
    const s = await schoolWithStaff(["TEACHER", "TEACHER"]);
    const course = (await addCourse(s.lead, addCourseSchema.parse(courseForm({ title: "Left behind" })))).id;
    const leaver = s.staff[1]!;
    const kept = await record(leaver.ctx, { courseId: course });
    const membership = await ownerDb().membership.findFirstOrThrow({
      where: { personId: leaver.id, schoolId: s.school.id },
    });
    await removeMembership(s.lead, { membershipId: membership.id });
    const list = (await listSchoolRecords(s.lead)).rows;
    expect(list.find((r) => r.id === kept.id)).toMatchObject({
      personName: "(left the school)",
      title: "Left behind",
    });
    await expect(recordFigures(s.lead)).resolves.toMatchObject({ k: 5 });
  });
});

describe("a school with many records", () => {
  it("lists the newest ones up to the limit with the full count, and still finds everything expiring soon", async () => {
    const s = await schoolWithStaff(["TEACHER"]);
    const course = (
      await addCourse(s.lead, addCourseSchema.parse(courseForm({ title: "Yearly", refreshMonths: "12" })))
    ).id;
    const person = s.staff[0]!;
    const common = {
      schoolId: s.school.id,
      personId: person.id,
      courseId: course,
      hours: 1,
      recordedById: person.id,
    };
    const old = (n: number) => new Date(Date.UTC(2010, 0, 1 + n));
    // More records than a page shows, all long expired, then one expiring within 60 days: the oldest-looking list
    // must not hide it.
    await ownerDb().trainingRecord.createMany({
      data: Array.from({ length: RECORDS_SHOWN + 5 }, (_, n) => ({
        ...common,
        completedOn: old(n),
        expiresOn: old(n + 365),
      })),
    });
    const soon = await record(person.ctx, { courseId: course, completedOn: daysAgo(340) });
    const school = await listSchoolRecords(s.lead);
    expect(school.rows).toHaveLength(RECORDS_SHOWN);
    expect(school.total).toBe(RECORDS_SHOWN + 6);
    expect(school.rows[0]!.id).toBe(soon.id); // newest first
    const own = await listOwnRecords(person.ctx);
    expect(own.rows).toHaveLength(RECORDS_SHOWN);
    expect(own.total).toBe(RECORDS_SHOWN + 6);
    expect((await listExpiringRecords(s.lead)).map((r) => r.id)).toEqual([soon.id]);
    expect((await listExpiringRecords(person.ctx)).map((r) => r.id)).toEqual([soon.id]);
  });
});
