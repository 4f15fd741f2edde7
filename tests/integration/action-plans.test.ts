// The action plan on Postgres: saving, stale and racing saves, owners, dates, submission to the trust
// and to an external validator, per-item comments, locked versions, new versions and differences.
import { describe, expect, it } from "vitest";
import {
  decidePlan,
  reviewerVersionView,
  savePlan,
  schoolPlanView,
  startNewVersion,
  submitPlan,
} from "@/lib/action-plan/queries";
import { acceptAsNewValidator, loadValidatorContext } from "@/lib/action-plan/validators";
import { claimRevision, editableVersion, LOCKED_MESSAGE, STALE_MESSAGE } from "@/lib/action-plan/store";
import { NOT_SENT_MESSAGE } from "@/lib/action-plan/workflow";
import { savePlanSchema } from "@/lib/action-plan/schemas";
import { withScope } from "@/lib/db/scope";
import { getFramework } from "@/lib/framework/queries";
import { UserError } from "@/lib/errors";
import { makeMember, makeSchool, ownerDb } from "./support/fixtures";
import { content, objective, planWorld } from "./support/action-plan-fixtures";

const today = "2026-12-03";
const actions = (versionId: string) =>
  ownerDb().actionPlanAction.findMany({ where: { versionId }, orderBy: { position: "asc" } });
const refused = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
};

describe("saving the plan", () => {
  it("saves objectives and actions, bumping the revision, and reads them back in the form's shape", async () => {
    const w = await planWorld();
    const o = objective(w.staff[0]!.id);
    const saved = await savePlan(w.lead, content(w.versionId, 0, [o]));
    expect(saved.revision).toBe(1);
    const view = await schoolPlanView(w.lead, { today });
    expect(view.view!.content).toHaveLength(1);
    expect(view.view!.content[0]!.actions[0]).toMatchObject({
      key: o.actions[0]!.key,
      ownerId: w.staff[0]!.id,
      costPounds: 250.5,
      dueOn: "2026-12-18",
    });
    expect((await actions(w.versionId))[0]!.costPence).toBe(25050);
    expect(view.view!.version.revision).toBe(1);
    // The head reads the same plan; RAG is worked out for every action.
    const asHead = await schoolPlanView(w.head, { today });
    expect(asHead.view!.content[0]!.actions[0]!.title).toBe(o.actions[0]!.title);
    expect(asHead.rag[o.actions[0]!.key]).toBeDefined();
    expect(asHead.suggestions).toEqual([]);
  });

  it("refuses a save based on an older revision, and writes nothing", async () => {
    const w = await planWorld();
    await savePlan(w.lead, content(w.versionId, 0, [objective(w.staff[0]!.id, { title: "First" })]));
    const e = await refused(
      savePlan(w.lead, content(w.versionId, 0, [objective(w.staff[1]!.id, { title: "Second" })])),
    );
    expect(e).toMatchObject({ kind: "stale", message: STALE_MESSAGE });
    const objectives = await ownerDb().actionPlanObjective.findMany({ where: { versionId: w.versionId } });
    expect(objectives.map((x) => x.title)).toEqual(["First"]);
  });

  it("lets exactly one of two racing saves win: the second waits for the first's lock, then is refused", async () => {
    const w = await planWorld();
    const scope = { personId: w.lead.personId, schoolId: w.school.id };
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let claimed!: () => void;
    const hasClaimed = new Promise<void>((r) => (claimed = r));
    // Transaction 1 claims revision 0 and holds its row lock until released.
    const first = withScope(scope, async (tx) => {
      const v = await editableVersion(tx, w.school.id, w.versionId);
      await claimRevision(tx, v, 0, w.lead.personId, new Date());
      claimed();
      await gate;
    });
    await hasClaimed;
    // Transaction 2, also based on revision 0, starts while 1 is still open.
    const second = savePlan(w.lead, content(w.versionId, 0, [objective(w.staff[0]!.id)])).then(
      () => "saved",
      (e: UserError) => e.kind,
    );
    await new Promise((r) => setTimeout(r, 300));
    release();
    await first;
    expect(await second).toBe("stale");
    expect(await ownerDb().actionPlanObjective.count({ where: { versionId: w.versionId } })).toBe(0);

    // And two whole saves fired at once: one saved, one refused, never a silent overwrite.
    const results = await Promise.all(
      [w.staff[0]!.id, w.staff[1]!.id].map((owner) =>
        savePlan(w.lead, content(w.versionId, 1, [objective(owner)])).then(
          () => "saved",
          (e: UserError) => e.kind,
        ),
      ),
    );
    expect(results.sort()).toEqual(["saved", "stale"]);
    expect(await ownerDb().actionPlanObjective.count({ where: { versionId: w.versionId } })).toBe(1);
  });

  it("refuses an owner from another school or one who has left, beside the field, and writes nothing", async () => {
    const w = await planWorld();
    const elsewhere = await makeMember((await makeSchool()).id, "STAFF");
    const e = await refused(savePlan(w.lead, content(w.versionId, 0, [objective(elsewhere.id)])));
    expect(e.kind).toBe("validation");
    expect(e.fieldErrors).toHaveProperty(["objectives.0.actions.0.ownerId"]);
    await ownerDb().membership.deleteMany({ where: { personId: w.staff[1]!.id, schoolId: w.school.id } });
    const left = await refused(savePlan(w.lead, content(w.versionId, 0, [objective(w.staff[1]!.id)])));
    expect(left.fieldErrors).toHaveProperty(["objectives.0.actions.0.ownerId"]);
    expect(await ownerDb().actionPlanAction.count({ where: { versionId: w.versionId } })).toBe(0);
    const v = await ownerDb().actionPlanVersion.findUniqueOrThrow({ where: { id: w.versionId } });
    expect(v.revision).toBe(0);
  });

  it("holds the owner and the dates in Postgres too, beneath the app", async () => {
    const w = await planWorld();
    await savePlan(w.lead, content(w.versionId, 0, [objective(w.staff[0]!.id)]));
    const [row] = await actions(w.versionId);
    const elsewhere = await makeMember((await makeSchool()).id, "STAFF");
    const scope = { personId: w.lead.personId, schoolId: w.school.id };
    await expect(
      withScope(scope, (tx) =>
        tx.actionPlanAction.update({ where: { id: row!.id }, data: { ownerId: elsewhere.id } }),
      ),
    ).rejects.toThrow(/not a member/);
    await expect(
      withScope(scope, (tx) =>
        tx.actionPlanAction.update({
          where: { id: row!.id },
          data: { dueOn: new Date("2026-08-01T00:00:00Z") },
        }),
      ),
    ).rejects.toThrow(/ActionPlanAction_dates/);
    await expect(
      withScope(scope, (tx) =>
        tx.actionPlanAction.update({ where: { id: row!.id }, data: { ragOverride: "RED" } }),
      ),
    ).rejects.toThrow(/ActionPlanAction_override_note/);
  });

  it("links only competencies of the school's framework", async () => {
    const w = await planWorld();
    const o = objective(w.staff[0]!.id);
    o.actions[0]!.competencyCodes = ["NOT-A-CODE"];
    const e = await refused(savePlan(w.lead, content(w.versionId, 0, [o])));
    expect(e.message).toMatch(/NOT-A-CODE/);
    expect(await ownerDb().actionPlanAction.count({ where: { versionId: w.versionId } })).toBe(0);
    const real = (await getFramework(w.lead)).content.competencies[0]!.code;
    o.actions[0]!.competencyCodes = [real];
    await savePlan(w.lead, content(w.versionId, 0, [o]));
    expect((await actions(w.versionId))[0]!.competencyCodes).toEqual([real]);
  });

  it("refuses a due date before the start in the schema the form shares", () => {
    const o = objective("p");
    o.actions[0]!.dueOn = "2026-08-01";
    const parsed = savePlanSchema.safeParse(content("v", 0, [o]));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path.join(".")).toBe("objectives.0.actions.0.dueOn");
  });

  it("keeps another school's plan out of reach, in the app and in Postgres", async () => {
    const a = await planWorld();
    const b = await planWorld();
    const e = await refused(savePlan(b.lead, content(a.versionId, 0, [objective(b.staff[0]!.id)])));
    expect(e.kind).toBe("not_found");
    const seen = await withScope({ personId: b.lead.personId, schoolId: b.school.id }, (tx) =>
      tx.actionPlanVersion.findMany({ where: { id: a.versionId } }),
    );
    expect(seen).toEqual([]);
    // Another trust's leader sees nothing of it either, even once submitted to its own trust.
    await savePlan(a.lead, content(a.versionId, 0, [objective(a.staff[0]!.id)]));
    await submitPlan(a.lead, { versionId: a.versionId, revision: 1, to: "trust" });
    const other = await refused(reviewerVersionView(b.trustScope, a.versionId));
    expect(other.message).toBe(NOT_SENT_MESSAGE);
  });
});

describe("submission and validation", () => {
  it("goes to the trust, comes back with comments per item, is resubmitted as a new version, and is validated by an external validator", async () => {
    const w = await planWorld();
    const o = objective(w.staff[0]!.id);
    await savePlan(w.lead, content(w.versionId, 0, [o]));
    // Before submission the trust sees nothing.
    await refused(reviewerVersionView(w.trustScope, w.versionId));
    await submitPlan(w.lead, { versionId: w.versionId, revision: 1, to: "trust" });
    // While it is with the trust the school cannot change it.
    expect((await refused(savePlan(w.lead, content(w.versionId, 2, [o])))).kind).toBe("conflict");

    const seen = await reviewerVersionView(w.trustScope, w.versionId);
    expect(seen.content[0]!.actions[0]!.ownerName).not.toBe("");
    const actionKey = o.actions[0]!.key;
    await decidePlan(
      { personId: w.leader.id, scope: w.trustScope },
      {
        versionId: w.versionId,
        decision: "CHANGES_REQUESTED",
        note: "Nearly there",
        comments: [{ itemKey: actionKey, body: "Give this a termly milestone." }],
      },
    );
    // The version sent back keeps what the trust saw: the school starts version 2 to make changes.
    expect((await refused(savePlan(w.lead, content(w.versionId, 2, [o])))).kind).toBe("conflict");
    const v2 = await startNewVersion(w.lead, { versionId: w.versionId });
    expect(v2.number).toBe(2);
    const changed = {
      ...o,
      actions: [{ ...o.actions[0]!, title: "Termly staff briefings", ownerId: w.staff[1]!.id }],
    };
    await savePlan(w.lead, content(v2.versionId, 0, [changed]));

    const view = await schoolPlanView(w.lead, { today });
    expect(view.view!.version.number).toBe(2);
    expect(view.view!.changes).toEqual([
      expect.objectContaining({
        kind: "changed",
        itemKey: actionKey,
        fields: expect.arrayContaining([
          expect.objectContaining({ field: "What will be done", after: "Termly staff briefings" }),
        ]),
      }),
    ]);
    const earlier = await schoolPlanView(w.lead, { today, versionId: w.versionId });
    expect(earlier.view!.comments).toEqual([
      expect.objectContaining({ itemKey: actionKey, body: "Give this a termly milestone." }),
    ]);

    const sent = await submitPlan(w.lead, {
      versionId: v2.versionId,
      revision: 1,
      to: "validator",
      validatorName: "Val Idator",
      validatorEmail: "val@provider.example",
    });
    expect(sent.link?.link).toMatch(/\/validate\//);
    const token = sent.link!.link!.split("/validate/")[1]!;
    const { email } = await acceptAsNewValidator({
      token,
      name: "Val Idator",
      password: "a long enough passphrase 42",
    });
    expect(email).toBe("val@provider.example");
    const person = await ownerDb().person.findFirstOrThrow({ where: { email } });
    expect(await loadValidatorContext(person.id)).toMatchObject({ role: "VALIDATOR" });
    const validator = { personId: person.id, scope: { personId: person.id } };

    // The validator sees version 2, and nothing else: not version 1, not another school's plan.
    expect((await reviewerVersionView(validator.scope, v2.versionId)).content[0]!.actions[0]!.title).toBe(
      "Termly staff briefings",
    );
    expect((await refused(reviewerVersionView(validator.scope, w.versionId))).kind).toBe("not_found");
    const otherSchool = await planWorld();
    expect((await refused(reviewerVersionView(validator.scope, otherSchool.versionId))).message).toBe(
      NOT_SENT_MESSAGE,
    );
    // The trust no longer decides a version that went to the validator.
    expect(
      (
        await refused(
          decidePlan(
            { personId: w.leader.id, scope: w.trustScope },
            { versionId: v2.versionId, decision: "VALIDATED", note: "", comments: [] },
          ),
        )
      ).kind,
    ).toBe("not_found");

    await decidePlan(validator, {
      versionId: v2.versionId,
      decision: "VALIDATED",
      note: "Well evidenced",
      comments: [],
    });
    // Validated is locked: the app refuses, and Postgres changes nothing underneath it.
    const locked = await refused(savePlan(w.lead, content(v2.versionId, 1, [o])));
    expect(locked.message).toBe(LOCKED_MESSAGE);
    const scope = { personId: w.lead.personId, schoolId: w.school.id };
    const touched = await withScope(scope, (tx) =>
      tx.actionPlanVersion.updateMany({ where: { id: v2.versionId }, data: { status: "DRAFT" } }),
    );
    expect(touched.count).toBe(0);
    const rows = await withScope(scope, (tx) =>
      tx.actionPlanAction.updateMany({ where: { versionId: v2.versionId }, data: { title: "Sneaky" } }),
    );
    expect(rows.count).toBe(0);
    expect((await actions(v2.versionId))[0]!.title).toBe("Termly staff briefings");

    // The history says who did what, and a new version starts from the validated one.
    const history = (await schoolPlanView(w.lead, { today, versionId: v2.versionId })).view!.events.map(
      (e) => e.kind,
    );
    expect(history).toEqual(["new-version", "saved", "submitted", "validated"]);
    const v3 = await startNewVersion(w.lead, { versionId: v2.versionId });
    expect(v3.number).toBe(3);
    expect((await actions(v3.versionId))[0]!.title).toBe("Termly staff briefings");
  });

  it("copies a decided version without an owner who has left, and refuses to submit until one is chosen", async () => {
    const w = await planWorld();
    const o = objective(w.staff[0]!.id);
    await savePlan(w.lead, content(w.versionId, 0, [o]));
    await submitPlan(w.lead, { versionId: w.versionId, revision: 1, to: "trust" });
    await decidePlan(
      { personId: w.leader.id, scope: w.trustScope },
      { versionId: w.versionId, decision: "VALIDATED", note: "", comments: [] },
    );
    await ownerDb().membership.deleteMany({ where: { personId: w.staff[0]!.id, schoolId: w.school.id } });
    const next = await startNewVersion(w.lead, { versionId: w.versionId });
    const [copied] = await actions(next.versionId);
    expect(copied).toMatchObject({ ownerId: null, ownerName: expect.any(String) });
    const e = await refused(submitPlan(w.lead, { versionId: next.versionId, revision: 0, to: "trust" }));
    expect(e.message).toMatch(/Every action needs an owner/);
    // The validated version still names who owned it then.
    expect((await actions(w.versionId))[0]!.ownerId).toBe(w.staff[0]!.id);
  });

  it("refuses to submit an empty plan, or to a trust the school is not in", async () => {
    const w = await planWorld();
    expect(
      (await refused(submitPlan(w.lead, { versionId: w.versionId, revision: 0, to: "trust" }))).kind,
    ).toBe("validation");
    await ownerDb().school.update({ where: { id: w.school.id }, data: { trustId: null } });
    await savePlan(w.lead, content(w.versionId, 0, [objective(w.staff[0]!.id)]));
    const e = await refused(submitPlan(w.lead, { versionId: w.versionId, revision: 1, to: "trust" }));
    expect(e.fieldErrors).toHaveProperty("to");
    expect((await ownerDb().actionPlanVersion.findUniqueOrThrow({ where: { id: w.versionId } })).status).toBe(
      "DRAFT",
    );
  });

  it("refuses the head and staff any change", async () => {
    const w = await planWorld();
    expect((await refused(savePlan(w.head, content(w.versionId, 0, [])))).kind).toBe("forbidden");
    expect((await refused(savePlan(w.staff[0]!.ctx, content(w.versionId, 0, [])))).kind).toBe("forbidden");
  });
});
