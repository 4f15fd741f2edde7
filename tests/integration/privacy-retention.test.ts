// Per-school retention (decision 0041): the job deletes the individual responses of rounds that
// ended longer ago than the school keeps them, and the figures (rollups, summary) stay as they were,
// also after later membership changes. The setting is the lead's or head's, audited and validated.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { answerEverything, openTestRound, schoolWithStaff } from "./support/assessment-fixtures";
import { makeMember, ownerDb } from "./support/fixtures";
import { submitResponse } from "@/lib/assessment/queries";
import { getRetention, runRetention, setRetention } from "@/lib/privacy/retention-queries";
import { jobNamed, runJob } from "@/lib/jobs";
import type { SchoolContext } from "@/lib/tenancy/context";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { saveRetention } = await import("@/app/schools/[schoolId]/settings/retention/actions");

const YEAR = 365 * 24 * 3600 * 1000;

async function submitAll(staff: { ctx: SchoolContext }[], roundId: string) {
  for (const [i, s] of staff.entries()) {
    const { view } = await answerEverything(s.ctx, roundId, i % 5);
    await submitResponse(s.ctx, {
      roundId,
      frameworkVersionId: view.frameworkVersionId,
      submitKey: randomUUID(),
    });
  }
}

async function figures(roundId: string) {
  const db = ownerDb();
  const [competencies, tiers, summary] = await Promise.all([
    db.roundCompetencyRollup.findMany({ where: { roundId }, orderBy: { competencyCode: "asc" } }),
    db.roundTierRollup.findMany({ where: { roundId }, orderBy: { tier: "asc" } }),
    db.roundSummary.findUnique({ where: { roundId } }),
  ]);
  return { competencies, tiers, summary };
}

let world: Awaited<ReturnType<typeof schoolWithStaff>> & { oldRound: string; newRound: string };

beforeAll(async () => {
  const base = await schoolWithStaff([
    "TEACHER",
    "TEACHER",
    "FORM_TUTOR",
    "TEACHING_ASSISTANT",
    "SENCO",
    "ELSA",
  ]);
  const oldRound = (await openTestRound(base.lead, { title: "Long ago" })).id;
  const newRound = (await openTestRound(base.lead, { title: "Last term" })).id;
  await submitAll(base.staff, oldRound);
  await submitAll(base.staff.slice(0, 3), newRound);
  // The first round ended four years ago; the second last month.
  await ownerDb().round.update({
    where: { id: oldRound },
    data: { closedAt: new Date(Date.now() - 4 * YEAR) },
  });
  await ownerDb().round.update({
    where: { id: newRound },
    data: { closedAt: new Date(Date.now() - YEAR / 12) },
  });
  world = { ...base, oldRound, newRound };
});

describe("the retention job", () => {
  it("deletes the old round's responses and answers, keeps every figure, and leaves the recent round alone", async () => {
    const db = ownerDb();
    const before = await figures(world.oldRound);
    expect(before.summary?.submitted).toBe(6);
    expect(before.competencies.reduce((n, c) => n + c.inScope, 0)).toBeGreaterThan(0);
    const recentAnswers = await db.answer.count({ where: { response: { roundId: world.newRound } } });
    expect(recentAnswers).toBeGreaterThan(0);

    const deleted = await runRetention([world.school.id], new Date());
    expect(deleted).toBe(6);
    expect(await db.response.count({ where: { roundId: world.oldRound } })).toBe(0);
    expect(
      await db.answer.count({ where: { schoolId: world.school.id, response: { roundId: world.oldRound } } }),
    ).toBe(0);
    expect(await figures(world.oldRound)).toEqual(before);
    expect(await db.answer.count({ where: { response: { roundId: world.newRound } } })).toBe(recentAnswers);
    const round = await db.round.findUniqueOrThrow({ where: { id: world.oldRound } });
    expect(round.responsesDeletedAt).not.toBeNull();
    const events = await db.auditEvent.findMany({
      where: { schoolId: world.school.id, action: "retention.responses-deleted" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.targetId).toBe(world.oldRound);
    expect(events[0]!.detail).toMatchObject({ responses: 6, years: 3 });

    // A later join is counted in open rounds' summaries, never in the frozen one's.
    await makeMember(world.school.id, "STAFF", "TEACHER");
    expect(await figures(world.oldRound)).toEqual(before);
    // Running again deletes nothing more.
    expect(await runRetention([world.school.id], new Date())).toBe(0);
  });

  it("runs from the job list and records the run", async () => {
    const job = jobNamed("retention");
    expect(job).toBeDefined();
    const result = await runJob(job!);
    expect(result.emailed).toBe(0);
    expect(await ownerDb().jobRun.count({ where: { job: "retention", ok: true } })).toBeGreaterThan(0);
  });

  it("follows the school's own years: at one year, last month's round is kept and an 18-month-old one goes", async () => {
    const { lead, staff, school } = await schoolWithStaff(["TEACHER", "TEACHER"]);
    const r = (await openTestRound(lead, { title: "Eighteen months ago" })).id;
    await submitAll(staff, r);
    await ownerDb().round.update({ where: { id: r }, data: { closedAt: new Date(Date.now() - 1.5 * YEAR) } });
    expect(await runRetention([school.id], new Date())).toBe(0);
    await setRetention(lead, 1);
    expect(await runRetention([school.id], new Date())).toBe(2);
    const view = await getRetention(lead);
    expect(view.years).toBe(1);
    expect(view.deleted.map((d) => d.roundId)).toEqual([r]);
  });
});

describe("the setting", () => {
  it("is saved by the lead and the head, audited with the change, and refused outside 1-10 years with nothing written", async () => {
    const { school, lead } = await schoolWithStaff(["TEACHER"]);
    const head = await makeMember(school.id, "HEAD", "SENIOR_LEADER");
    session.personId = lead.personId;
    const saved = await saveRetention(school.id, { years: "5" });
    expect(saved).toEqual({ ok: true, data: { years: 5 } });
    session.personId = head.id;
    expect(await saveRetention(school.id, { years: 7 })).toEqual({ ok: true, data: { years: 7 } });
    for (const bad of ["0", "11", "2.5", "", "three", null, -1]) {
      const out = await saveRetention(school.id, { years: bad });
      expect(out.ok).toBe(false);
      if (!out.ok) {
        expect(out.code).toBe("invalid");
        expect(out.fieldErrors?.years?.[0]).toMatch(/year/);
      }
    }
    const row = await ownerDb().school.findUniqueOrThrow({ where: { id: school.id } });
    expect(row.retentionYears).toBe(7);
    const events = await ownerDb().auditEvent.findMany({
      where: { schoolId: school.id, action: "retention.changed" },
      orderBy: { at: "asc" },
    });
    expect(events.map((e) => e.detail)).toEqual([
      { from: 3, to: 5 },
      { from: 5, to: 7 },
    ]);
  });

  it("is refused to staff, and the database refuses a value outside 1-10 years", async () => {
    const { school, staff } = await schoolWithStaff(["TEACHER"]);
    session.personId = staff[0]!.id;
    const out = await saveRetention(school.id, { years: 4 });
    expect(out).toMatchObject({ ok: false, code: "forbidden" });
    await expect(
      ownerDb().school.update({ where: { id: school.id }, data: { retentionYears: 0 } }),
    ).rejects.toThrow();
  });
});
