import { beforeAll, describe, expect, it } from "vitest";
import { addCourse } from "@/lib/catalogue/queries";
import { addCourseSchema } from "@/lib/catalogue/schemas";
import { recordTraining } from "@/lib/records/queries";
import { remindExpiring } from "@/lib/records/reminders";
import { recordTrainingSchema } from "@/lib/records/schemas";
import { londonDayAfter } from "@/lib/rounds/dates";
import { schoolWithStaff } from "./support/assessment-fixtures";
import { ownerDb } from "./support/fixtures";
import { courseForm } from "./support/records-fixtures";

let world: Awaited<ReturnType<typeof schoolWithStaff>>;
let soonId: string;
let laterId: string;

beforeAll(async () => {
  world = await schoolWithStaff(["TEACHER", "TEACHER"]);
  const yearly = (
    await addCourse(
      world.lead,
      addCourseSchema.parse(courseForm({ title: "Yearly refresher", refreshMonths: "12" })),
    )
  ).id;
  const done = (daysAgo: number, staff: number) =>
    recordTraining(
      world.staff[staff]!.ctx,
      recordTrainingSchema.parse({
        source: "CATALOGUE",
        courseId: yearly,
        completedOn: londonDayAfter(new Date(), -daysAgo),
        hours: "2",
      }),
    );
  soonId = (await done(340, 0)).id; // expires in about 25 days
  laterId = (await done(100, 1)).id; // expires in about 265 days
});

describe("reminders for training that expires soon", () => {
  it("notifies only the people whose training expires within 60 days, once a week at most", async () => {
    expect(await remindExpiring(world.lead)).toEqual({ notified: 1, emailed: 0 });
    const notices = await ownerDb().notification.findMany({ where: { schoolId: world.school.id } });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      personId: world.staff[0]!.id,
      trainingRecordId: soonId,
      roundId: null,
      readAt: null,
    });
    expect(notices[0]!.message).toMatch(/Yearly refresher" expires on/);
    expect(notices.some((n) => n.trainingRecordId === laterId)).toBe(false);

    expect(await remindExpiring(world.lead)).toEqual({ notified: 0, emailed: 0 });
    const eightDaysOn = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    expect((await remindExpiring(world.lead, eightDaysOn)).notified).toBe(1);
  });

  it("is the lead's to send: staff and heads are refused, and nothing is written", async () => {
    const before = await ownerDb().notification.count({ where: { schoolId: world.school.id } });
    await expect(remindExpiring(world.staff[0]!.ctx)).rejects.toThrow(/permission/);
    expect(await ownerDb().notification.count({ where: { schoolId: world.school.id } })).toBe(before);
  });
});
