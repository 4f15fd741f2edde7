// Saving and versioning training plans on Postgres: generate, edit, approve, refuse what is not
// allowed (nothing written), and keep person ids out of CONFIDENTIAL plans.
import { beforeAll, describe, expect, it } from "vitest";
import { planCsv, planDownload, planIcal, PLAN_CSV_HEADER } from "@/lib/plans/exports";
import { ENGLAND_TERMS, isSessionDay, termDatesSchema } from "@/lib/plans/calendar";
import { loadTermDates, saveTermDates } from "@/lib/plans/term-dates";
import { BUSY_MESSAGE, solverPool } from "@/lib/plans/solver-pool";
import { getConfig } from "@/lib/config";
import { planInput, SCHOOL_MIX, staff } from "../../scripts/planner-fixtures";
import {
  addAttendee,
  addItem,
  approveVersion,
  APPROVED_MESSAGE,
  generatePlan,
  getPlanView,
  moveItem,
  myPlanItems,
  removeAttendee,
  removeItem,
  reviseApproved,
} from "@/lib/plans/queries";
import { generatePlanSchema } from "@/lib/plans/schemas";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { schoolCtx } from "./support/assessment-fixtures";
import { makeMember, makeSchool, ownerDb } from "./support/fixtures";
import { closeYesterday, ensureCatalogue, schoolWithRound, submitRated } from "./support/plan-fixtures";

const ROLES: JobRole[] = [
  "TEACHER",
  "TEACHER",
  "TEACHER",
  "TEACHING_ASSISTANT",
  "FORM_TUTOR",
  "FORM_TUTOR",
  "SENCO",
];
const limits = (roundId: string, over: object = {}) =>
  generatePlanSchema.parse({
    roundId,
    budgetPounds: 3000,
    hoursPerPersonPerYear: 8,
    inSchoolSessions: 2,
    ...over,
  });
const versions = (planId: string) =>
  ownerDb().planVersion.findMany({ where: { planId }, orderBy: { number: "asc" } });

beforeAll(ensureCatalogue, 60_000);

async function namedPlan() {
  const w = await schoolWithRound(ROLES);
  await submitRated(w.round, w.school.id, w.staff, w.competencies);
  const head = schoolCtx((await makeMember(w.school.id, "HEAD", "SENIOR_LEADER")).id, w.school, "HEAD");
  const out = await generatePlan(w.lead, limits(w.round.id));
  return { ...w, head, ...out };
}

describe("generating a plan", () => {
  it("saves version 1 as a DRAFT with items, attendees from the school, and totals within the limits", async () => {
    const w = await namedPlan();
    const [v1] = await versions(w.planId);
    expect(v1).toMatchObject({ number: 1, status: "DRAFT", schoolId: w.school.id });
    const view = await getPlanView(w.lead, w.planId);
    expect(view.items.length).toBeGreaterThan(0);
    expect(view.version.summary.totals.costPence).toBeLessThanOrEqual(300_000);
    expect(view.version.summary.totals.maxHoursPerPerson).toBeLessThanOrEqual(8);
    const staffIds = new Set(w.staff.map((s) => s.id));
    for (const item of view.items)
      for (const a of item.attendees) expect(staffIds.has(a.personId!)).toBe(true);
    expect(view.items.every((i) => i.why.length > 0)).toBe(true);

    const csv = planCsv(view);
    expect(csv.split("\r\n")[0]).toBe(PLAN_CSV_HEADER);
    expect(csv.trim().split("\r\n")).toHaveLength(view.items.length + 1);
    const ics = planIcal(view, new Date("2026-11-22T12:00:00Z"), ENGLAND_TERMS);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const live = view.items.filter((i) => i.course.format !== "ONLINE_SELF_PACED");
    expect((ics.match(/BEGIN:VEVENT/g) ?? []).length).toBeGreaterThanOrEqual(live.length);
  });

  it("exports the calendar on the school's term dates: never past, a bank holiday or 1 January; text escaped", async () => {
    const w = await namedPlan();
    // The lead sets spring to start on Monday 4 January; 1 January 2027 is a Friday and a bank holiday.
    await saveTermDates(w.lead, termDatesSchema.parse({ ...ENGLAND_TERMS, spring: { month: 1, day: 1 } }));
    const view = await getPlanView(w.lead, w.planId);
    const live = view.items.find((i) => i.course.format === "IN_SCHOOL") ?? view.items[0]!;
    const edited = {
      ...view,
      items: view.items.map((i) =>
        i === live
          ? {
              ...i,
              term: "SPRING" as const,
              course: { ...i.course, format: "IN_SCHOOL", title: "Calm\rrooms, together; now" },
            }
          : i,
      ),
    };
    const now = new Date("2026-12-30T09:00:00Z");
    const ics = planIcal(edited, now, await loadTermDates(w.lead));
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/\r/); // a lone \r never reaches the file
    expect(ics).toContain("Calm\\nrooms\\, together\\; now");
    const days = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map(
      (m) => `${m[1]!.slice(0, 4)}-${m[1]!.slice(4, 6)}-${m[1]!.slice(6)}`,
    );
    expect(days.length).toBeGreaterThan(0);
    for (const d of days) {
      expect(d >= "2026-12-30").toBe(true);
      expect(isSessionDay(d)).toBe(true);
    }
    expect(days).toContain("2027-01-04"); // spring's first school day: not 1 January
    // The download itself reads the school's dates.
    const download = await planDownload(w.lead, w.planId, "ics", now);
    expect(download.text).toMatch(/^BEGIN:VCALENDAR/);
  });

  it("includes staff who did not respond in whole-staff sessions when the lead asks", async () => {
    const w = await schoolWithRound(ROLES);
    // Four answer; three (and the lead) do not.
    await submitRated(w.round, w.school.id, w.staff.slice(0, 4), w.competencies);
    const out = await generatePlan(
      w.lead,
      limits(w.round.id, { inSchoolSessions: 3, includeNonRespondents: true }),
    );
    const view = await getPlanView(w.lead, out.planId);
    const absent = [...w.staff.slice(4).map((s) => s.id), w.lead.personId];
    const counted = view.version.summary.nonRespondents!;
    expect(counted.added + counted.left).toBe(absent.length);
    const booked = view.items.flatMap((i) => i.attendees.map((a) => a.personId));
    expect(absent.filter((id) => booked.includes(id))).toHaveLength(counted.added);
    expect(view.version.summary.totals.costPence).toBeLessThanOrEqual(300_000);
    expect(view.explanation.join(" ")).toContain("did not respond");
    // Without asking, no one who did not respond is booked.
    const plain = await getPlanView(
      w.lead,
      (await generatePlan(w.lead, limits(w.round.id, { inSchoolSessions: 3 }))).planId,
    );
    expect(plain.items.flatMap((i) => i.attendees).some((a) => absent.includes(a.personId!))).toBe(false);
  }, 120_000);

  it("answers busy at once when every planner thread and queue place is taken, and saves nothing", async () => {
    const w = await schoolWithRound(ROLES);
    await submitRated(w.round, w.school.id, w.staff, w.competencies);
    const { concurrency, queue } = getConfig().planner;
    const slow = planInput(
      staff(SCHOOL_MIX, 3).slice(0, 60),
      { budgetPence: 300_000, hoursPerPersonPerYear: 6, inSchoolSessions: 3 },
      false,
    );
    const filling = Array.from({ length: concurrency + queue }, () => solverPool().solve(slow));
    const t = Date.now();
    await expect(generatePlan(w.lead, limits(w.round.id))).rejects.toMatchObject({
      kind: "busy",
      message: BUSY_MESSAGE,
    });
    expect(Date.now() - t).toBeLessThan(5_000); // refused at once, not after the queue drains
    expect(await ownerDb().trainingPlan.count({ where: { schoolId: w.school.id } })).toBe(0);
    await Promise.all(filling);
    // Once the threads are free, the same request succeeds.
    expect((await generatePlan(w.lead, limits(w.round.id))).items).toBeGreaterThan(0);
  }, 300_000);

  it("gives an empty plan that says why when no one has submitted", async () => {
    const w = await schoolWithRound(["TEACHER", "TEACHER"]);
    const out = await generatePlan(w.lead, limits(w.round.id));
    expect(out.items).toBe(0);
    const view = await getPlanView(w.lead, out.planId);
    expect(view.items).toEqual([]);
    expect(view.version.summary.reason).toMatch(/No one has submitted/);
  });

  it("stores no person id in a CONFIDENTIAL plan: attendees are group counts", async () => {
    const w = await schoolWithRound(ROLES, { mode: "CONFIDENTIAL" });
    await submitRated(w.round, w.school.id, w.staff, w.competencies);
    await closeYesterday(w.round.id); // a confidential round's figures (and plans) wait for the close
    const out = await generatePlan(w.lead, limits(w.round.id));
    const items = await ownerDb().planItem.findMany({
      where: { planVersionId: out.versionId },
      include: { attendees: true },
    });
    expect(items.length).toBeGreaterThan(0);
    const attendees = items.flatMap((i) => i.attendees);
    expect(attendees.every((a) => a.personId === null && a.groupKey !== null && a.count >= 1)).toBe(true);
    const version = await ownerDb().planVersion.findUniqueOrThrow({ where: { id: out.versionId } });
    const stored = JSON.stringify({ items, version });
    for (const s of w.staff) expect(stored).not.toContain(s.id);
  }, 120_000); // a loaded machine makes HiGHS slow; the answer is the same (limited by work, not time)

  it("refuses bad limits with messages beside the fields", () => {
    const result = generatePlanSchema.safeParse({
      roundId: "",
      budgetPounds: -5,
      hoursPerPersonPerYear: 1000,
      inSchoolSessions: 1.5,
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["roundId", "budgetPounds", "hoursPerPersonPerYear", "inSchoolSessions"]),
    );
  });
});

describe("editing and approving", () => {
  it("makes a new version for each edit, and the head approves the newest DRAFT", async () => {
    const w = await namedPlan();
    const first = await getPlanView(w.lead, w.planId);
    const target = first.items[0]!;
    await removeItem(w.lead, { planId: w.planId, itemId: target.id });
    let view = await getPlanView(w.lead, w.planId);
    expect(view.version.number).toBe(2);
    expect(view.items).toHaveLength(first.items.length - 1);
    expect(view.version.summary.totals.costPence).toBe(
      first.version.summary.totals.costPence - target.costPence,
    );
    expect(await ownerDb().planItem.count({ where: { planVersionId: first.version.id } })).toBe(
      first.items.length,
    );

    // Booking the removed course again for one of its people credits them with the same gaps.
    const person = target.closes[0]!.unitId;
    await addItem(w.lead, {
      planId: w.planId,
      courseId: target.courseId,
      term: "autumn",
      personIds: [person],
    });
    const back = (await getPlanView(w.lead, w.planId)).items.find((i) => i.byHand)!;
    expect(back.closes).toEqual(target.closes.filter((c) => c.unitId === person));
    await removeItem(w.lead, { planId: w.planId, itemId: back.id });
    view = await getPlanView(w.lead, w.planId);

    const course = view.courses[0]!;
    await addItem(w.lead, {
      planId: w.planId,
      courseId: course.id,
      term: "summer",
      personIds: [w.staff[0]!.id],
    });
    view = await getPlanView(w.lead, w.planId);
    const added = view.items.find((i) => i.byHand)!;
    expect(added.term).toBe("SUMMER");
    await moveItem(w.lead, { planId: w.planId, itemId: added.id, term: "spring" });
    view = await getPlanView(w.lead, w.planId);
    const moved = view.items.find((i) => i.byHand)!;
    expect(moved.term).toBe("SPRING");
    await addAttendee(w.lead, { planId: w.planId, itemId: moved.id, personId: w.staff[1]!.id });
    view = await getPlanView(w.lead, w.planId);
    const withTwo = view.items.find((i) => i.byHand)!;
    expect(withTwo.attendees).toHaveLength(2);
    expect(withTwo.why).toMatch(/^Added by hand by the lead\..*(2 places at|for 2 people at)/);
    await removeAttendee(w.lead, { planId: w.planId, attendeeId: withTwo.attendees[1]!.id });
    view = await getPlanView(w.lead, w.planId);
    // The reason is worked out again after the edit: one place now, not two (it went stale before).
    expect(view.items.find((i) => i.byHand)!.why).toMatch(
      /^Added by hand by the lead\..*(1 place at|for 1 person at)/,
    );
    expect(view.version.number).toBe(8);
    expect(view.version.summary.edited).toBe(true);

    await approveVersion(w.head, { planId: w.planId, versionId: view.version.id });
    expect((await getPlanView(w.head, w.planId)).version.status).toBe("APPROVED");
    const mine = await myPlanItems(w.staff[0]!.ctx);
    expect(mine.some((m) => m.course.id === course.id && m.status === "APPROVED")).toBe(true);

    // Every version and the approval are in the audit log, with who did it.
    const events = await ownerDb().auditEvent.findMany({
      where: { targetId: w.planId },
      orderBy: { at: "asc" },
    });
    expect(events.filter((e) => e.action === "plan.version-created")).toHaveLength(8);
    expect(events.at(-1)).toMatchObject({
      action: "plan.approved",
      actorId: w.head.personId,
      detail: { version: 8 },
    });
  });

  it("refuses to edit an approved version until the lead asks for a new draft", async () => {
    const w = await namedPlan();
    const view = await getPlanView(w.lead, w.planId);
    await approveVersion(w.head, { planId: w.planId, versionId: view.version.id });
    await expect(removeItem(w.lead, { planId: w.planId, itemId: view.items[0]!.id })).rejects.toThrow(
      APPROVED_MESSAGE,
    );
    await expect(
      approveVersion(w.head, { planId: w.planId, versionId: view.version.id }),
    ).rejects.toMatchObject({ kind: "conflict" });
    expect(await versions(w.planId)).toHaveLength(1);

    const draft = await reviseApproved(w.lead, { planId: w.planId });
    expect(draft.number).toBe(2);
    const again = await getPlanView(w.lead, w.planId);
    expect(again.version.status).toBe("DRAFT");
    expect(again.items).toHaveLength(view.items.length);
  });

  it("refuses an attendee from another school and writes nothing", async () => {
    const w = await namedPlan();
    const view = await getPlanView(w.lead, w.planId);
    const stranger = await makeMember((await makeSchool()).id, "STAFF", "TEACHER");
    await expect(
      addAttendee(w.lead, { planId: w.planId, itemId: view.items[0]!.id, personId: stranger.id }),
    ).rejects.toThrow("Only members of this school can attend its training.");
    await expect(
      addItem(w.lead, {
        planId: w.planId,
        courseId: view.courses[0]!.id,
        term: "autumn",
        personIds: [stranger.id],
      }),
    ).rejects.toMatchObject({
      kind: "validation",
      fieldErrors: { personIds: ["Only members of this school can attend its training."] },
    });
    expect(await versions(w.planId)).toHaveLength(1);
  });

  it("keeps plans to their school and their roles", async () => {
    const w = await namedPlan();
    const other = await schoolWithRound(["TEACHER"]);
    await expect(getPlanView(other.lead, w.planId)).rejects.toMatchObject({ kind: "not_found" });
    await expect(removeItem(other.lead, { planId: w.planId, itemId: "x" })).rejects.toMatchObject({
      kind: "not_found",
    });
    await expect(getPlanView(w.staff[0]!.ctx, w.planId)).rejects.toMatchObject({ kind: "forbidden" });
    await expect(removeItem(w.head, { planId: w.planId, itemId: "x" })).rejects.toMatchObject({
      kind: "forbidden",
    });
    const v = await getPlanView(w.lead, w.planId);
    await expect(approveVersion(w.lead, { planId: w.planId, versionId: v.version.id })).rejects.toMatchObject(
      { kind: "forbidden" },
    );
  });

  it("keeps term dates to their school: another school reads its own (or England's), staff may not save", async () => {
    const a = await schoolWithRound(["TEACHER"]);
    const b = await schoolWithRound(["TEACHER"]);
    await saveTermDates(a.lead, termDatesSchema.parse({ ...ENGLAND_TERMS, autumn: { month: 9, day: 7 } }));
    expect(await loadTermDates(a.lead)).toMatchObject({ custom: true, autumn: { month: 9, day: 7 } });
    expect(await loadTermDates(b.lead)).toEqual({ ...ENGLAND_TERMS, custom: false });
    await expect(saveTermDates(a.staff[0]!.ctx, termDatesSchema.parse(ENGLAND_TERMS))).rejects.toMatchObject({
      kind: "forbidden",
    });
    expect(await ownerDb().schoolTermDates.count({ where: { schoolId: b.school.id } })).toBe(0);
  });
});
