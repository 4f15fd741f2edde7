// The lead handover on Postgres (issue 9, part 6): the head appoints a new lead; roles change, the old
// lead's open actions pass to the new one (in place on a draft, from the next version on a locked
// one), the handover is recorded, shown and audited, and the old lead's own data stays theirs.
import { describe, expect, it } from "vitest";
import { decidePlan, savePlan, schoolPlanView, startNewVersion, submitPlan } from "@/lib/action-plan/queries";
import { STALE_MESSAGE } from "@/lib/action-plan/store";
import { withScope } from "@/lib/db/scope";
import { UserError } from "@/lib/errors";
import { LEAD_STATEMENT_KEYS } from "@/lib/lead-development/areas";
import { listOwnAssessments, saveOwnAssessment } from "@/lib/lead-development/queries";
import { appointLead, appointView, confirmHandover, planHandovers } from "@/lib/lead-handover/queries";
import { HEAD_MESSAGE, NOT_A_MEMBER_MESSAGE, OUTGOING_NOT_LEAD_MESSAGE } from "@/lib/lead-handover/rules";
import { homeFacts } from "@/lib/home/queries";
import { schoolCtx } from "./support/assessment-fixtures";
import { content, key, objective, planWorld } from "./support/action-plan-fixtures";
import { makeMember, makeSchool, ownerDb } from "./support/fixtures";

const today = "2026-12-03";
const refused = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
};
const roleOf = async (schoolId: string, personId: string) =>
  (await ownerDb().membership.findUniqueOrThrow({ where: { personId_schoolId: { personId, schoolId } } }))
    .role;

/** A plan whose one objective has the lead's two open actions, one done, and one of a colleague's. */
async function handoverWorld() {
  const w = await planWorld();
  const base = objective(w.lead.personId);
  const a = base.actions[0]!;
  const o = {
    ...base,
    actions: [
      { ...a, key: key(), title: "Briefing", dueOn: "2027-01-15" },
      { ...a, key: key(), title: "Drop-in", status: "IN_PROGRESS" as const, dueOn: "2027-02-01" },
      { ...a, key: key(), title: "Audit done", status: "DONE" as const },
      { ...a, key: key(), title: "Colleague's", ownerId: w.staff[1]!.id },
    ],
  };
  await savePlan(w.lead, content(w.versionId, 0, [o]));
  const next = schoolCtx(w.staff[0]!.id, w.school, "LEAD");
  const counts = async () => ({
    handovers: await ownerDb().leadHandover.count({ where: { schoolId: w.school.id } }),
    items: await ownerDb().leadHandoverAction.count({ where: { schoolId: w.school.id } }),
    audits: await ownerDb().auditEvent.count({ where: { schoolId: w.school.id, action: "lead.appointed" } }),
    roles: await ownerDb().membership.findMany({
      where: { schoolId: w.school.id },
      select: { personId: true, role: true },
      orderBy: { personId: "asc" },
    }),
    actions: await ownerDb().actionPlanAction.findMany({
      where: { schoolId: w.school.id },
      select: { key: true, ownerId: true },
      orderBy: { key: "asc" },
    }),
  });
  return { ...w, o, next, counts };
}

const owners = async (versionId: string) =>
  Object.fromEntries(
    (await ownerDb().actionPlanAction.findMany({ where: { versionId } })).map((x) => [x.title, x.ownerId]),
  );

describe("appointing a new lead over a draft plan", () => {
  it("changes both roles, moves only the old lead's open actions in place, and records, shows and audits it", async () => {
    const w = await handoverWorld();
    const out = await appointLead(w.head, { personId: w.next.personId, fromPersonId: w.lead.personId });
    expect(out).toMatchObject({ moved: 2, inPlace: true });
    expect(await roleOf(w.school.id, w.next.personId)).toBe("LEAD");
    expect(await roleOf(w.school.id, w.lead.personId)).toBe("STAFF");
    expect(await owners(w.versionId)).toEqual({
      Briefing: w.next.personId,
      "Drop-in": w.next.personId,
      "Audit done": w.lead.personId,
      "Colleague's": w.staff[1]!.id,
    });
    const saved = await ownerDb().actionPlanAction.findFirstOrThrow({
      where: { title: "Briefing", versionId: w.versionId },
    });
    expect(saved.ownerName).not.toBe("");
    // A form the old lead opened before is refused as stale, never merged over the handover.
    // (Their session would now load them as staff; the form's revision is refused even so.)
    expect((await refused(savePlan(w.lead, content(w.versionId, 1, [w.o])))).message).toBe(STALE_MESSAGE);

    const record = await ownerDb().leadHandover.findFirstOrThrow({
      where: { schoolId: w.school.id },
      include: { actions: true },
    });
    expect(record).toMatchObject({
      fromPersonId: w.lead.personId,
      toPersonId: w.next.personId,
      appointedById: w.head.personId,
      actionsMoved: 2,
      inPlace: true,
      versionNumber: 1,
    });
    expect(record.actions.map((a) => a.title).sort()).toEqual(["Briefing", "Drop-in"]);
    const audit = await ownerDb().auditEvent.findFirstOrThrow({
      where: { schoolId: w.school.id, action: "lead.appointed" },
    });
    expect(audit).toMatchObject({ actorId: w.head.personId, targetId: w.next.personId });
    const view = await schoolPlanView(w.head, { today });
    expect(view.view!.events.map((e) => e.kind)).toContain("handover");
    expect((await planHandovers(w.head)).handovers).toHaveLength(1);
  });

  it("lists the handed-over actions for the new lead to confirm one by one or all at once, recording who and when", async () => {
    const w = await handoverWorld();
    await appointLead(w.head, { personId: w.next.personId, fromPersonId: w.lead.personId });
    const { waiting } = await planHandovers(w.next);
    expect(waiting.map((a) => a.title)).toEqual(["Briefing", "Drop-in"]);
    expect((await homeFacts(w.next)).handedOver).toBe(2);
    // Nobody else sees them as theirs, and nobody else can confirm them.
    expect((await planHandovers(w.head)).waiting).toEqual([]);
    const other = schoolCtx(w.staff[1]!.id, w.school, "LEAD");
    expect((await refused(confirmHandover(other, {}))).kind).toBe("conflict");

    const at = new Date("2026-12-03T10:00:00Z");
    expect(await confirmHandover(w.next, { itemIds: [waiting[0]!.id] }, at)).toEqual({ confirmed: 1 });
    const one = await ownerDb().leadHandoverAction.findUniqueOrThrow({ where: { id: waiting[0]!.id } });
    expect(one).toMatchObject({ confirmedById: w.next.personId, confirmedAt: at });
    expect(await confirmHandover(w.next, {})).toEqual({ confirmed: 1 });
    expect((await planHandovers(w.next)).waiting).toEqual([]);
    expect((await homeFacts(w.next)).handedOver).toBe(0);
    expect((await refused(confirmHandover(w.next, {}))).kind).toBe("conflict");
    expect(
      await ownerDb().auditEvent.count({
        where: { schoolId: w.school.id, action: "lead.handover-confirmed" },
      }),
    ).toBe(2);
  });

  it("is refused by row-level security when someone else tries to confirm the new lead's items directly", async () => {
    const w = await handoverWorld();
    await appointLead(w.head, { personId: w.next.personId, fromPersonId: w.lead.personId });
    const changed = await withScope({ personId: w.head.personId, schoolId: w.school.id }, (tx) =>
      tx.leadHandoverAction.updateMany({
        where: { schoolId: w.school.id },
        data: { confirmedAt: new Date(), confirmedById: w.head.personId },
      }),
    );
    expect(changed.count).toBe(0);
    // And a handover record is never edited or removed (no policy allows it).
    await withScope({ personId: w.head.personId, schoolId: w.school.id }, async (tx) => {
      await tx.$executeRaw`DELETE FROM "LeadHandover" WHERE "schoolId" = ${w.school.id}`.catch(() => 0);
    }).catch(() => null);
    await withScope({ personId: w.head.personId, schoolId: w.school.id }, async (tx) => {
      await tx.$executeRaw`UPDATE "LeadHandover" SET "toName" = 'x' WHERE "schoolId" = ${w.school.id}`.catch(
        () => 0,
      );
    }).catch(() => null);
    const kept = await ownerDb().leadHandover.findMany({ where: { schoolId: w.school.id } });
    expect(kept.map((h) => h.toName)).not.toContain("x");
    expect(kept).toHaveLength(1);
  });
});

describe("appointing a new lead while the plan is locked", () => {
  it("leaves the validated version exactly as reviewed, and the new owners apply once, in the next version", async () => {
    const w = await handoverWorld();
    await submitPlan(w.lead, { versionId: w.versionId, revision: 1, to: "trust" });
    await decidePlan(
      { personId: w.leader.id, scope: w.trustScope },
      { versionId: w.versionId, decision: "VALIDATED", note: "", comments: [] },
    );
    const before = await owners(w.versionId);
    const out = await appointLead(w.head, { personId: w.next.personId, fromPersonId: w.lead.personId });
    expect(out).toMatchObject({ moved: 2, inPlace: false });
    expect(await owners(w.versionId)).toEqual(before);
    expect((await planHandovers(w.next)).waiting).toHaveLength(2);

    const v2 = await startNewVersion(w.next, { versionId: w.versionId });
    const v2Id = (
      await ownerDb().actionPlanVersion.findFirstOrThrow({ where: { planId: w.planId, number: v2.number } })
    ).id;
    expect(await owners(v2Id)).toEqual({ ...before, Briefing: w.next.personId, "Drop-in": w.next.personId });
    // The new lead gives one back to the old lead (a member of staff now); a later version keeps that.
    const c2 = (await schoolPlanView(w.next, { today })).view!.content;
    const back = c2.map((o) => ({
      ...o,
      actions: o.actions.map((a) => (a.title === "Briefing" ? { ...a, ownerId: w.lead.personId } : a)),
    }));
    await savePlan(w.next, content(v2Id, 0, back));
    await submitPlan(w.next, { versionId: v2Id, revision: 1, to: "trust" });
    await decidePlan(
      { personId: w.leader.id, scope: w.trustScope },
      { versionId: v2Id, decision: "VALIDATED", note: "", comments: [] },
    );
    const v3 = await startNewVersion(w.next, { versionId: v2Id });
    const v3Id = (
      await ownerDb().actionPlanVersion.findFirstOrThrow({ where: { planId: w.planId, number: v3.number } })
    ).id;
    expect((await owners(v3Id)).Briefing).toBe(w.lead.personId);
  });
});

describe("the old lead's own data", () => {
  it("stays theirs: the new lead cannot read the old lead's private development, and the old lead still can", async () => {
    const w = await handoverWorld();
    const ratings = Object.fromEntries(LEAD_STATEMENT_KEYS.map((k) => [k, 1]));
    await saveOwnAssessment(w.lead, { ratings, note: "Private note" });
    await appointLead(w.head, { personId: w.next.personId, fromPersonId: w.lead.personId });
    expect(await listOwnAssessments(w.next)).toEqual([]);
    const seenByNew = await withScope({ personId: w.next.personId, schoolId: w.school.id }, (tx) =>
      tx.leadSelfAssessment.count({ where: { personId: w.lead.personId } }),
    );
    expect(seenByNew).toBe(0);
    // Still there, and still the old lead's (they read it as themselves).
    const seenByOld = await withScope({ personId: w.lead.personId, schoolId: w.school.id }, (tx) =>
      tx.leadSelfAssessment.findMany({ where: { personId: w.lead.personId } }),
    );
    expect(seenByOld.map((r) => r.note)).toEqual(["Private note"]);
    // The head's page lists no one's development either: only roles and the handover record.
    const view = await appointView(w.head);
    expect(JSON.stringify(view)).not.toContain("Private note");
  });
});

describe("bad input writes nothing", () => {
  it("refuses the current lead, a head, someone removed and someone from another school, beside the field", async () => {
    const w = await handoverWorld();
    const removed = await makeMember(w.school.id, "STAFF");
    await ownerDb().membership.delete({
      where: { personId_schoolId: { personId: removed.id, schoolId: w.school.id } },
    });
    const elsewhere = await makeMember((await makeSchool()).id, "STAFF");
    const before = await w.counts();
    const cases: [string, string | RegExp][] = [
      [w.lead.personId, /is already the senior mental health lead/],
      [w.head.personId, HEAD_MESSAGE],
      [removed.id, NOT_A_MEMBER_MESSAGE],
      [elsewhere.id, NOT_A_MEMBER_MESSAGE],
      ["no-such-person", NOT_A_MEMBER_MESSAGE],
    ];
    for (const [personId, message] of cases) {
      const e = await refused(appointLead(w.head, { personId, fromPersonId: w.lead.personId }));
      expect(e.kind).toBe("validation");
      expect(e.fieldErrors?.personId?.[0]).toMatch(message);
    }
    // An outgoing lead who is not a lead (a colleague) is refused too.
    const notLead = await refused(
      appointLead(w.head, { personId: w.next.personId, fromPersonId: w.staff[1]!.id }),
    );
    expect(notLead.fieldErrors?.fromPersonId).toEqual([OUTGOING_NOT_LEAD_MESSAGE]);
    // Only the head appoints.
    expect((await refused(appointLead(w.lead, { personId: w.next.personId }))).kind).toBe("forbidden");
    expect(await w.counts()).toEqual(before);
  });
});

describe("two appointments at once", () => {
  it("lets exactly one through: the second waits for the first, finds the old lead is staff, and writes nothing", async () => {
    const w = await handoverWorld();
    const results = await Promise.allSettled([
      appointLead(w.head, { personId: w.staff[0]!.id, fromPersonId: w.lead.personId }),
      appointLead(w.head, { personId: w.staff[1]!.id, fromPersonId: w.lead.personId }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const no = results.filter((r) => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(no).toHaveLength(1);
    expect((no[0] as PromiseRejectedResult).reason).toMatchObject({ message: OUTGOING_NOT_LEAD_MESSAGE });
    expect(await ownerDb().leadHandover.count({ where: { schoolId: w.school.id } })).toBe(1);
    const leads = await ownerDb().membership.count({ where: { schoolId: w.school.id, role: "LEAD" } });
    expect(leads).toBe(1);
  });
});
