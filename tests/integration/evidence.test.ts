// The evidence library (decision 0029): one item tagged across frameworks (principles, the lead's
// learning areas, action-plan actions by stable key, accreditation criteria), who sees what, delete
// that asks first, and another school's evidence or actions refused: in code and in Postgres.
import { describe, expect, it } from "vitest";
import { ensureDefaultScheme } from "@/lib/accreditation/scheme";
import { savePlan, startNewVersion } from "@/lib/action-plan/queries";
import { withScope } from "@/lib/db/scope";
import { UserError } from "@/lib/errors";
import { evidenceFor, listEvidence, openFile } from "@/lib/evidence/queries";
import { ACTION_NOT_FOUND, addLink, addNote, deleteItem, tagItem, untagItem } from "@/lib/evidence/store";
import { content, objective, planWorld } from "./support/action-plan-fixtures";
import { ownerDb } from "./support/fixtures";

async function refused(work: Promise<unknown>): Promise<UserError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

/** A school with a saved plan of one action, and a criterion of Harbour's scheme. */
async function world() {
  const w = await planWorld();
  const o = objective(w.staff[0]!.id);
  await savePlan(w.lead, content(w.versionId, 0, [o]));
  const schemeId = await ensureDefaultScheme();
  const criterion = await ownerDb().accreditationCriterion.findFirstOrThrow({
    where: { schemeId, key: "1.1" },
  });
  return { ...w, actionKey: o.actions[0]!.key, actionTitle: o.actions[0]!.title, criterion };
}

describe("tagging evidence across frameworks", () => {
  it("stores one item once and finds it from a principle, a learning area, an action and a criterion", async () => {
    const w = await world();
    const item = await addNote(w.lead, { title: "Governors' minutes", note: "Wellbeing report discussed." });
    for (const target of [
      "principle:leadership",
      "lead-area:leadership",
      `action:${w.actionKey}`,
      `criterion:${w.criterion.id}`,
    ])
      await tagItem(w.lead, { itemId: item.id, target });
    // Tagging twice changes nothing.
    await tagItem(w.lead, { itemId: item.id, target: "principle:leadership" });
    expect(await ownerDb().evidenceItem.count({ where: { schoolId: w.school.id } })).toBe(1);
    expect(await ownerDb().evidenceTag.count({ where: { itemId: item.id } })).toBe(4);

    const [listed] = await listEvidence(w.lead);
    expect(listed!.uses.map((u) => u.title)).toEqual([
      "Principle: Leadership and management",
      expect.stringMatching(/^Your learning area: /),
      `Action: ${w.actionTitle}`,
      `Accreditation criterion: 1.1 ${w.criterion.text}`,
    ]);
    for (const target of [
      { kind: "principle" as const, key: "leadership" },
      { kind: "lead-area" as const, key: "leadership" },
      { kind: "action" as const, key: w.actionKey },
      { kind: "criterion" as const, key: w.criterion.id },
    ])
      expect(
        (await evidenceFor(w.lead, target)).map((i) => i.id),
        target.kind,
      ).toEqual([item.id]);
    expect(await evidenceFor(w.lead, { kind: "principle", key: "ethos" })).toEqual([]);
    expect((await listEvidence(w.lead, "principle:ethos")).length).toBe(0);
    expect((await listEvidence(w.lead, "principle:leadership")).length).toBe(1);
  });

  it("keeps an action's evidence when the plan moves to a new version and the action is renamed", async () => {
    const w = await world();
    const item = await addLink(w.lead, { title: "Briefing slides", url: "https://example.test/slides" });
    await tagItem(w.lead, { itemId: item.id, target: `action:${w.actionKey}` });
    await ownerDb().actionPlanVersion.update({
      where: { id: w.versionId },
      data: { status: "VALIDATED", submittedToTrust: true },
    });
    const next = await startNewVersion(w.lead, { versionId: w.versionId });
    const again = objective(w.staff[0]!.id);
    again.actions[0]!.key = w.actionKey;
    again.actions[0]!.title = "Whole-staff briefing, second round";
    await savePlan(w.lead, content(next.versionId, 0, [again]));
    const found = await evidenceFor(w.lead, { kind: "action", key: w.actionKey });
    expect(found.map((i) => i.id)).toEqual([item.id]);
    expect(found[0]!.uses[0]!.title).toBe("Action: Whole-staff briefing, second round");
  });

  it("lets the head read but not change the library, hides the lead's own areas from them, and refuses staff", async () => {
    const w = await world();
    const item = await addNote(w.lead, { title: "Reflection", note: "My notes on the course." });
    await tagItem(w.lead, { itemId: item.id, target: "lead-area:leadership" });
    await tagItem(w.lead, { itemId: item.id, target: "principle:ethos" });
    const [seen] = await listEvidence(w.head);
    expect(seen!.uses.map((u) => u.target)).toEqual(["principle:ethos"]);
    expect(await evidenceFor(w.head, { kind: "lead-area", key: "leadership" })).toEqual([]);
    expect((await refused(tagItem(w.head, { itemId: item.id, target: "principle:ethos" }))).kind).toBe(
      "forbidden",
    );
    expect((await refused(listEvidence(w.staff[0]!.ctx))).kind).toBe("forbidden");
    expect(await evidenceFor(w.staff[0]!.ctx, { kind: "principle", key: "ethos" })).toEqual([]);
  });

  it("asks before deleting an item in use, naming where, then deletes it and its tags", async () => {
    const w = await world();
    const item = await addNote(w.lead, { title: "Survey summary", note: "Pupil voice survey." });
    await tagItem(w.lead, { itemId: item.id, target: "principle:student-voice" });
    await tagItem(w.lead, { itemId: item.id, target: `action:${w.actionKey}` });
    const asked = await refused(deleteItem(w.lead, { itemId: item.id, confirmed: false }));
    expect(asked.kind).toBe("conflict");
    expect(asked.message).toContain("Principle: Student voice");
    expect(asked.message).toContain(`Action: ${w.actionTitle}`);
    expect(await ownerDb().evidenceItem.count({ where: { id: item.id } })).toBe(1);
    const tag = (await listEvidence(w.lead))[0]!.uses[0]!;
    await untagItem(w.lead, { itemId: item.id, tagId: tag.tagId });
    await deleteItem(w.lead, { itemId: item.id, confirmed: true });
    expect(await ownerDb().evidenceItem.count({ where: { id: item.id } })).toBe(0);
    expect(await ownerDb().evidenceTag.count({ where: { itemId: item.id } })).toBe(0);
  });

  it("refuses an unknown target and an action not in the plan, with a clear message and nothing stored", async () => {
    const w = await world();
    const item = await addNote(w.lead, { title: "A note", note: "Text" });
    const unknown = await refused(tagItem(w.lead, { itemId: item.id, target: "principle:made-up" }));
    expect(unknown.fieldErrors?.target).toEqual(["Choose what this evidence is for."]);
    const missing = await refused(tagItem(w.lead, { itemId: item.id, target: "action:no-such-action" }));
    expect(missing.message).toBe(ACTION_NOT_FOUND);
    expect(await ownerDb().evidenceTag.count({ where: { itemId: item.id } })).toBe(0);
  });
});

describe("evidence across schools", () => {
  it("treats another school's item as not found, for tagging, untagging, deleting and downloading", async () => {
    const a = await world();
    const b = await world();
    const theirs = await addNote(a.lead, { title: "A's minutes", note: "Private to A." });
    const tag = await tagItem(a.lead, { itemId: theirs.id, target: "principle:ethos" });
    // One at a time: started together, a refusal could arrive before anything awaits it.
    for (const work of [
      () => tagItem(b.lead, { itemId: theirs.id, target: "principle:ethos" }),
      () => untagItem(b.lead, { itemId: theirs.id, tagId: tag.id }),
      () => deleteItem(b.lead, { itemId: theirs.id, confirmed: true }),
      () => openFile(b.lead, theirs.id),
    ])
      expect((await refused(work())).kind).toBe("not_found");
    expect(await listEvidence(b.lead)).toEqual([]);
    expect(await ownerDb().evidenceTag.count({ where: { itemId: theirs.id } })).toBe(1);
  });

  it("refuses tagging to another school's action, in code and in Postgres", async () => {
    const a = await world();
    const b = await world();
    const mine = await addNote(b.lead, { title: "B's note", note: "Text" });
    const e = await refused(tagItem(b.lead, { itemId: mine.id, target: `action:${a.actionKey}` }));
    expect(e.message).toBe(ACTION_NOT_FOUND);
    const scopeB = { personId: b.lead.personId, schoolId: b.school.id };
    // Underneath the app: B naming A's plan, or A's item, is refused by the database.
    const base = { schoolId: b.school.id, createdById: b.lead.personId };
    await expect(
      withScope(scopeB, (tx) =>
        tx.evidenceTag.create({
          data: { ...base, itemId: mine.id, kind: "ACTION", actionPlanId: a.planId, actionKey: a.actionKey },
        }),
      ),
    ).rejects.toThrow();
    const theirs = await addNote(a.lead, { title: "A's", note: "Text" });
    await expect(
      withScope(scopeB, (tx) =>
        tx.evidenceTag.create({
          data: { ...base, itemId: theirs.id, kind: "PRINCIPLE", principleKey: "ethos" },
        }),
      ),
    ).rejects.toThrow();
    // A tag whose columns disagree with its kind is refused too.
    await expect(
      withScope(scopeB, (tx) =>
        tx.evidenceTag.create({ data: { ...base, itemId: mine.id, kind: "ACTION", principleKey: "ethos" } }),
      ),
    ).rejects.toThrow();
    expect(await ownerDb().evidenceTag.count({ where: { itemId: { in: [mine.id, theirs.id] } } })).toBe(0);
  });
});
