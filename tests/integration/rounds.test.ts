import { describe, expect, it } from "vitest";
import { startOrResume, submitResponse } from "@/lib/assessment/queries";
import { withScope } from "@/lib/db/scope";
import { addCompetency } from "@/lib/framework/queries";
import {
  getRoundProgress,
  listMyNotifications,
  markNotificationRead,
  sendReminders,
} from "@/lib/rounds/progress";
import { closeRound, extendRound, getRound, listMyRounds, listRounds } from "@/lib/rounds/queries";
import { answerEverything, DAY, HOUR, openTestRound, schoolWithStaff } from "./support/assessment-fixtures";
import { ownerDb } from "./support/fixtures";

describe("round lifecycle", () => {
  it("opens, extends, closes early, and shows the right status at each point", async () => {
    const now = new Date();
    const { lead } = await schoolWithStaff([]);
    const round = await openTestRound(lead, {}, now);
    expect(round).toMatchObject({ status: "OPEN", mode: "NAMED", frameworkVersionNumber: 1 });
    expect((await getRound(lead, round.id, new Date(now.getTime() + 8 * DAY))).status).toBe("CLOSED");

    const later = new Date(now.getTime() + 14 * DAY);
    expect(await extendRound(lead, round.id, later, now)).toMatchObject({ status: "OPEN", closesAt: later });
    await expect(extendRound(lead, round.id, new Date(now.getTime() + DAY), now)).rejects.toThrow(
      /later than the current one/,
    );

    expect((await closeRound(lead, round.id, now)).status).toBe("CLOSED");
    await expect(closeRound(lead, round.id, now)).rejects.toThrow(/already closed/);
    await expect(extendRound(lead, round.id, new Date(now.getTime() + 30 * DAY), now)).rejects.toThrow(
      /closed early/,
    );
    const actions = await ownerDb().auditEvent.findMany({
      where: { targetId: round.id },
      orderBy: { at: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["round.opened", "round.extended", "round.closed"]);
  });

  it("is scheduled before it opens, and no one can start it yet", async () => {
    const now = new Date();
    const { lead, staff } = await schoolWithStaff(["TEACHER"]);
    const round = await openTestRound(
      lead,
      { opensAt: new Date(now.getTime() + DAY), closesAt: new Date(now.getTime() + 5 * DAY) },
      now,
    );
    expect(round.status).toBe("SCHEDULED");
    await expect(startOrResume(staff[0]!.ctx, round.id, now)).rejects.toThrow(/This round opens on/);
  });

  it("refuses bad dates and staff who try to open one", async () => {
    const now = new Date();
    const { lead, staff } = await schoolWithStaff(["TEACHER"]);
    await expect(
      openTestRound(
        lead,
        { closesAt: new Date(now.getTime() - HOUR), opensAt: new Date(now.getTime() - DAY) },
        now,
      ),
    ).rejects.toThrow(/already passed/);
    await expect(openTestRound(staff[0]!.ctx)).rejects.toMatchObject({ kind: "forbidden" });
    await expect(openTestRound(lead, { frameworkVersionId: "not-a-version" })).rejects.toThrow(
      /version of your school's framework/,
    );
    expect(await ownerDb().round.count({ where: { schoolId: lead.schoolId } })).toBe(0);
  });

  it("keeps the version it opened with after the framework changes", async () => {
    const { lead } = await schoolWithStaff([]);
    const round = await openTestRound(lead);
    await addCompetency(lead, {
      domainCode: "D1",
      tier: 1,
      statement: "A competency added after the round opened.",
    });
    const again = await getRound(lead, round.id);
    expect(again.frameworkVersionId).toBe(round.frameworkVersionId);
    const next = await openTestRound(lead, { title: "Spring" });
    expect(next.frameworkVersionNumber).toBe(2);
    expect((await listRounds(lead)).map((r) => r.frameworkVersionNumber).sort()).toEqual([1, 2]);
  });
});

describe("who is asked", () => {
  it("asks only the chosen job roles", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER", "FORM_TUTOR"]);
    const round = await openTestRound(lead, { audience: "JOB_ROLES", jobRoles: ["FORM_TUTOR"] });
    await expect(startOrResume(staff[0]!.ctx, round.id)).rejects.toThrow(/does not ask you/);
    const tutor = await startOrResume(staff[1]!.ctx, round.id);
    expect(tutor.requiredTier).toBe(2);
    expect(await listMyRounds(staff[0]!.ctx)).toEqual([]);
    expect((await listMyRounds(staff[1]!.ctx)).map((r) => [r.id, r.myStatus])).toEqual([
      [round.id, "IN_PROGRESS"],
    ]);
  });
});

describe("progress and reminders", () => {
  it("lists who has not started or finished in a NAMED round", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER", "TEACHER", "FORM_TUTOR"]);
    const round = await openTestRound(lead);
    await startOrResume(staff[0]!.ctx, round.id);
    const { view } = await answerEverything(staff[1]!.ctx, round.id);
    await submitResponse(staff[1]!.ctx, {
      roundId: round.id,
      frameworkVersionId: view.frameworkVersionId,
      submitKey: "key-12345678",
    });
    const p = await getRoundProgress(lead, round.id);
    expect(p.progress.overall).toMatchObject({ asked: 4, submitted: 1, inProgress: 1 });
    // A NAMED round's progress is shown in full, by job role.
    expect(p.progress.groups.map((g) => [g.key, g.asked, g.submitted])).toEqual([
      ["FORM_TUTOR", 1, 0],
      ["SENIOR_MH_LEAD", 1, 0],
      ["TEACHER", 2, 1],
    ]);
    expect(p.notFinished!.map((x) => x.personId)).toEqual([staff[0]!.id]);
    expect(p.notStarted!.map((x) => x.personId).sort()).toEqual([lead.personId, staff[2]!.id].sort());
    await expect(getRoundProgress(staff[0]!.ctx, round.id)).rejects.toMatchObject({ kind: "forbidden" });
  });

  it("shows no names, and no group until k people in it have submitted, in a CONFIDENTIAL round", async () => {
    const { lead } = await schoolWithStaff([
      "TEACHER",
      "TEACHER",
      "TEACHER",
      "TEACHER",
      "TEACHER",
      "FORM_TUTOR",
    ]);
    const round = await openTestRound(lead, { mode: "CONFIDENTIAL" });
    const p = await getRoundProgress(lead, round.id);
    expect(p.notStarted).toBeNull();
    expect(p.notFinished).toBeNull();
    // No one has submitted: everyone is one group, and only the whole school's figures are shown.
    expect(p.progress.groups).toEqual([]);
    expect(p.progress.bands.map((g) => [g.label, g.asked, g.submitted])).toEqual([["All staff", 7, 0]]);
    expect(p.figuresWithheld).toMatch(/once it has closed/);
  });

  it("reminds those who have not submitted, in the app when there is no SMTP, once per ten minutes", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER", "TEACHER"]);
    const round = await openTestRound(lead);
    const { view } = await answerEverything(staff[0]!.ctx, round.id);
    await submitResponse(staff[0]!.ctx, {
      roundId: round.id,
      frameworkVersionId: view.frameworkVersionId,
      submitKey: "key-abcdefgh",
    });
    expect(await sendReminders(lead, round.id)).toEqual({ notified: 2, emailed: 0 });
    await expect(sendReminders(lead, round.id)).rejects.toThrow(/in the last ten minutes/);
    expect(await listMyNotifications(staff[0]!.ctx)).toEqual([]);
    const mine = await listMyNotifications(staff[1]!.ctx);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.message).toMatch(/Please complete "Autumn self-assessment" by/);
    await markNotificationRead(staff[1]!.ctx, mine[0]!.id);
    expect(await listMyNotifications(staff[1]!.ctx)).toEqual([]);
  });

  it("sends no reminders for a closed round", async () => {
    const { lead } = await schoolWithStaff(["TEACHER"]);
    const round = await openTestRound(lead);
    await closeRound(lead, round.id);
    await expect(sendReminders(lead, round.id)).rejects.toThrow(/while the round is open/);
  });
});

describe("tenancy", () => {
  it("never shows or changes another school's rounds", async () => {
    const a = await schoolWithStaff(["TEACHER"]);
    const b = await schoolWithStaff(["TEACHER"]);
    const round = await openTestRound(a.lead);
    await expect(getRound(b.lead, round.id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(closeRound(b.lead, round.id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(startOrResume(b.staff[0]!.ctx, round.id)).rejects.toMatchObject({ kind: "not_found" });
    expect(await listRounds(b.lead)).toEqual([]);
    const underneath = await withScope({ schoolId: b.school.id }, async (tx) => ({
      seen: await tx.round.count({ where: { id: round.id } }),
      closed: (await tx.round.updateMany({ where: { id: round.id }, data: { closedAt: new Date() } })).count,
    }));
    expect(underneath).toEqual({ seen: 0, closed: 0 });
    expect((await ownerDb().round.findUniqueOrThrow({ where: { id: round.id } })).closedAt).toBeNull();
  });
});
