// The trust's side of accreditation beyond the process (decision 0034): adopting and versioning its
// own scheme, reassigning a peer reviewer (the old one loses access at once), and reading the
// evidence of a submitted self-evaluation. Real Postgres, real row-level security.
import { describe, expect, it } from "vitest";
import { criterionEvidence } from "@/lib/accreditation/evidence";
import { schemeEditSchema, type SchemeEditInput } from "@/lib/accreditation/forms";
import {
  assignedToMe,
  loadAssessorContext,
  reviewerView,
  savePeerReview,
} from "@/lib/accreditation/reviewer";
import {
  ensureDefaultScheme,
  getSchemeForSchool,
  loadScheme,
  type SchemeView,
} from "@/lib/accreditation/scheme";
import { startSelfEvaluation, submitSelfEvaluation } from "@/lib/accreditation/school";
import { loadSubmission } from "@/lib/accreditation/store";
import {
  assignReviewer,
  reassignReviewer,
  trustEvidenceFile,
  trustSubmission,
} from "@/lib/accreditation/trust";
import { publishTrustScheme, trustSchemeScreen } from "@/lib/accreditation/trust-scheme";
import { withScope } from "@/lib/db/scope";
import { UserError } from "@/lib/errors";
import { homeFacts } from "@/lib/home/queries";
import { schoolWithStaff } from "./support/assessment-fixtures";
import { makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { trustCtx } from "./support/records-fixtures";
import {
  accreditationWorld,
  asAssessor,
  startedAndRated,
  type World,
} from "./support/accreditation-fixtures";

const refused = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
};

/** The edit form's values for a scheme, as the page starts them. */
const editOf = (s: SchemeView, changeSummary = "Our words"): SchemeEditInput => ({
  fromSchemeId: s.id,
  name: s.name,
  description: s.description,
  changeSummary,
  strands: s.strands.map((st) => ({
    title: st.title,
    summary: st.summary,
    criteria: st.criteria.map((c) => ({ key: c.key, text: c.text, guidance: c.guidance })),
  })),
});
const harbourScheme = async () => {
  const id = await ensureDefaultScheme();
  return (await withScope({}, (tx) => loadScheme(tx, id)))!;
};
const trustSchemes = (trustId: string) => ownerDb().accreditationScheme.count({ where: { trustId } });

describe("a trust's own accreditation scheme", () => {
  it("adopts Harbour's as a copy with its own words, and its schools self-evaluate against it", async () => {
    const w = await accreditationWorld();
    const base = await harbourScheme();
    const screen = await trustSchemeScreen(w.leader, undefined);
    expect(screen.own).toBe(false);
    expect(screen.start.id).toBe(base.id);

    const edit = editOf(base, "Adopted with our trust's words");
    edit.name = "Northern Lights Trust mental health award";
    edit.strands[0]!.title = "Training, and looking after staff";
    edit.strands[0]!.criteria[0]!.text = "Every adult has in-date Core training, as for safeguarding.";
    const removed = edit.strands[1]!.criteria.pop()!;
    edit.strands[2]!.criteria.push({ key: "", text: "Pupils can name a trusted adult.", guidance: "" });
    const out = await publishTrustScheme(w.leader, edit);
    expect(out.version).toBe(1);

    const mine = await getSchemeForSchool({ personId: w.a.lead.personId, schoolId: w.a.school.id });
    expect(mine).toMatchObject({ id: out.schemeId, trustId: w.trust.id, version: 1, name: edit.name });
    expect(mine.strands[0]!.title).toBe("Training, and looking after staff");
    // A carried-over criterion keeps its key and what Harbour measures for it.
    expect(mine.strands[0]!.criteria[0]).toMatchObject({ key: "1.1", measure: "CORE_TRAINING_IN_DATE" });
    expect(mine.strands[1]!.criteria.map((c) => c.key)).not.toContain(removed.key);
    // A new criterion takes the strand's next unused number.
    const strand3 = base.strands[2]!.criteria.map((c) => Number(c.key.split(".")[1]));
    expect(mine.strands[2]!.criteria.at(-1)).toMatchObject({
      key: `3.${Math.max(...strand3) + 1}`,
      text: "Pupils can name a trusted adult.",
      measure: null,
    });
    // Harbour's own scheme is untouched, and a school in another trust still works to it.
    expect((await harbourScheme()).strands[0]!.title).toBe(base.strands[0]!.title);
    const elsewhere = await schoolWithStaff([], { trustId: (await makeTrust()).id });
    expect(
      (await getSchemeForSchool({ personId: elsewhere.lead.personId, schoolId: elsewhere.school.id })).id,
    ).toBe(base.id);

    // The school's new self-evaluation is pinned to the trust's version 1 ...
    const { submissionId } = await startSelfEvaluation(w.a.lead);
    const pinned = await ownerDb().accreditationSubmission.findUniqueOrThrow({ where: { id: submissionId } });
    expect(pinned.schemeId).toBe(out.schemeId);
    // ... and keeps it when the trust publishes version 2; a school starting afterwards gets version 2.
    const v1 = (await withScope({ trustId: w.trust.id }, (tx) => loadScheme(tx, out.schemeId)))!;
    const next = editOf(v1, "Clearer strand 4");
    next.strands[3]!.title = "Working with parents and carers";
    const v2 = await publishTrustScheme(w.leader, next);
    expect(v2.version).toBe(2);
    expect(
      (await ownerDb().accreditationSubmission.findUniqueOrThrow({ where: { id: submissionId } })).schemeId,
    ).toBe(out.schemeId);
    const { submissionId: later } = await startSelfEvaluation(w.b.lead);
    const view = await withScope({ personId: w.b.lead.personId, schoolId: w.b.school.id }, (tx) =>
      loadSubmission(tx, later),
    );
    expect(view!.scheme).toMatchObject({ id: v2.schemeId, version: 2 });
    expect(view!.scheme.strands[3]!.title).toBe("Working with parents and carers");

    const listed = await trustSchemeScreen(w.leader, undefined);
    expect(listed.versions.map((v) => [v.version, v.changeSummary])).toEqual([
      [2, "Clearer strand 4"],
      [1, "Adopted with our trust's words"],
    ]);
    // Asked to, the editor starts again from Harbour's scheme.
    expect((await trustSchemeScreen(w.leader, "harbour")).start.id).toBe(base.id);
    const audits = await ownerDb().auditEvent.findMany({
      where: { trustId: w.trust.id, action: "accreditation.scheme-published" },
    });
    expect(audits).toHaveLength(2);
  });

  it("refuses bad edits beside the field, and writes nothing", async () => {
    const w = await accreditationWorld();
    const base = await harbourScheme();
    const tooFew = editOf(base);
    tooFew.strands[0]!.criteria = tooFew.strands[0]!.criteria.slice(0, 2);
    const tooMany = editOf(base);
    while (tooMany.strands[1]!.criteria.length < 7)
      tooMany.strands[1]!.criteria.push({ key: "", text: "More", guidance: "" });
    const blank = editOf(base);
    blank.strands[2]!.criteria[0]!.text = "   ";
    blank.changeSummary = "";
    for (const [edit, path, words] of [
      [tooFew, "strands.0.criteria", "at least 3"],
      [tooMany, "strands.1.criteria", "at most 6"],
      [blank, "strands.2.criteria.0.text", "Write the criterion"],
      [blank, "changeSummary", "Say in a line"],
    ] as const) {
      const parsed = schemeEditSchema.safeParse(edit);
      expect(parsed.success).toBe(false);
      const issue = parsed.error!.issues.find((i) => i.path.join(".") === path);
      expect(issue?.message).toContain(words);
    }

    // A criterion moved in from another strand by its key, or a strand dropped: refused by the server.
    const moved = editOf(base);
    moved.strands[0]!.criteria[1]!.key = base.strands[1]!.criteria[0]!.key;
    const e1 = await refused(publishTrustScheme(w.leader, moved));
    expect(e1.fieldErrors?.["strands.0.criteria.1.text"]?.[0]).toMatch(/does not belong to this strand/);
    const dropped = editOf(base);
    dropped.strands.pop();
    const e2 = await refused(publishTrustScheme(w.leader, dropped));
    expect(e2.fieldErrors?.strands?.[0]).toMatch(/keeps its 6 strands/);

    // Another trust's scheme as the starting point: not found.
    const other = await makeTrust();
    const otherLeader = trustCtx((await makeTrustLeader(other.id)).id, other);
    const theirs = await publishTrustScheme(otherLeader, editOf(base));
    const e3 = await refused(
      publishTrustScheme(w.leader, { ...editOf(base), fromSchemeId: theirs.schemeId }),
    );
    expect(e3.kind).toBe("not_found");
    expect(await trustSchemes(w.trust.id)).toBe(0);

    // From an old version once a newer one exists: stale. Publishing the same words again: refused.
    const v1 = await publishTrustScheme(w.leader, editOf(base));
    const v1View = (await withScope({ trustId: w.trust.id }, (tx) => loadScheme(tx, v1.schemeId)))!;
    const same = await refused(publishTrustScheme(w.leader, editOf(v1View)));
    expect(same.fieldErrors?.changeSummary?.[0]).toMatch(/Nothing has changed/);
    const changed = editOf(v1View);
    changed.strands[0]!.summary = "Changed.";
    await publishTrustScheme(w.leader, changed);
    const stale = await refused(publishTrustScheme(w.leader, changed));
    expect(stale.kind).toBe("stale");
    expect(await trustSchemes(w.trust.id)).toBe(2);
  });

  it("is written only by its own trust, under row-level security", async () => {
    const w = await accreditationWorld();
    const other = await makeTrust();
    await expect(
      withScope({ trustId: other.id }, (tx) =>
        tx.accreditationScheme.create({
          data: { trustId: w.trust.id, version: 1, name: "Forged", changeSummary: "x", levels: [] },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    // A school (even the trust's own) cannot write its trust's scheme either.
    await expect(
      withScope({ personId: w.a.lead.personId, schoolId: w.a.school.id }, (tx) =>
        tx.accreditationScheme.create({
          data: { trustId: w.trust.id, version: 1, name: "Forged", changeSummary: "x", levels: [] },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await trustSchemes(w.trust.id)).toBe(0);
  });
});

async function inReview(w: World) {
  const id = await startedAndRated(w);
  await submitSelfEvaluation(w.a.lead, id);
  await assignReviewer(w.leader, { submissionId: id, reviewerId: w.b.lead.personId });
  return id;
}

describe("reassigning the peer reviewer", () => {
  it("moves the review to another lead: the old reviewer loses access at once", async () => {
    const w = await accreditationWorld();
    const id = await inReview(w);
    const c = await schoolWithStaff([], { trustId: w.trust.id });
    const old = w.b.lead.personId;
    // The old reviewer has started rating.
    await savePeerReview(asAssessor(old), {
      submissionId: id,
      ratings: [{ criterionId: w.criteria[0]!.id, rating: "MET", comment: "Seen." }],
      note: "Half done",
      send: false,
    });
    expect((await trustSubmission(w.leader, id)).reviewers.map((r) => r.personId)).toContain(c.lead.personId);
    await reassignReviewer(w.leader, { submissionId: id, reviewerId: c.lead.personId });

    const row = await ownerDb().accreditationSubmission.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "IN_REVIEW", reviewerId: c.lead.personId, reviewNote: null });
    expect(row.reviewerSchoolName).toBe(c.school.name);
    // The old reviewer's unsent ratings are gone, so nothing of theirs is kept under another name.
    expect(await ownerDb().accreditationPeerRating.count({ where: { submissionId: id } })).toBe(0);

    // The old reviewer: no assessor context, no list, no page, no rows, no evidence, no writes.
    expect(await loadAssessorContext(old)).toBeNull();
    expect(await assignedToMe(old)).toEqual([]);
    await refused(reviewerView(old, id));
    const seen = await withScope({ personId: old }, async (tx) => ({
      submissions: await tx.accreditationSubmission.count({ where: { id } }),
      self: await tx.accreditationSelfRating.count({ where: { submissionId: id } }),
      evidence: await tx.evidenceItem.count({ where: { schoolId: w.a.school.id } }),
    }));
    expect(seen).toEqual({ submissions: 0, self: 0, evidence: 0 });
    const e = await refused(
      savePeerReview(asAssessor(old), {
        submissionId: id,
        ratings: [{ criterionId: w.criteria[0]!.id, rating: "EXCEEDS", comment: "" }],
        note: "",
        send: false,
      }),
    );
    expect(e.kind).toBe("not_found");

    // The new reviewer sees it and can rate.
    expect((await reviewerView(c.lead.personId, id)).id).toBe(id);
    await savePeerReview(asAssessor(c.lead.personId), {
      submissionId: id,
      ratings: [{ criterionId: w.criteria[0]!.id, rating: "EXCEEDS", comment: "Strong." }],
      note: "",
      send: false,
    });
    const audit = await ownerDb().auditEvent.findFirstOrThrow({
      where: { targetId: id, action: "accreditation.reviewer-reassigned" },
    });
    expect(audit.detail).toMatchObject({ from: old, to: c.lead.personId });
  });

  it("refuses the same reviewer, someone unsuitable, and a review that is not under way", async () => {
    const w = await accreditationWorld();
    const id = await startedAndRated(w);
    await submitSelfEvaluation(w.a.lead, id);
    const notYet = await refused(
      reassignReviewer(w.leader, { submissionId: id, reviewerId: w.b.lead.personId }),
    );
    expect(notYet.kind).toBe("conflict");
    await assignReviewer(w.leader, { submissionId: id, reviewerId: w.b.lead.personId });
    const same = await refused(
      reassignReviewer(w.leader, { submissionId: id, reviewerId: w.b.lead.personId }),
    );
    expect(same.fieldErrors?.reviewerId?.[0]).toMatch(/already the peer reviewer/);
    const own = await refused(
      reassignReviewer(w.leader, { submissionId: id, reviewerId: w.a.lead.personId }),
    );
    expect(own.fieldErrors?.reviewerId?.[0]).toMatch(/another school/);
    const outsider = await schoolWithStaff([], { trustId: (await makeTrust()).id });
    await refused(reassignReviewer(w.leader, { submissionId: id, reviewerId: outsider.lead.personId }));
    // Another trust's leader cannot reassign it.
    const other = await makeTrust();
    const otherLeader = trustCtx((await makeTrustLeader(other.id)).id, other);
    const across = await refused(
      reassignReviewer(otherLeader, { submissionId: id, reviewerId: outsider.lead.personId }),
    );
    expect(across.kind).toBe("not_found");
    // Underneath: the database refuses a reviewer outside the trust, even from the trust's own scope.
    await expect(
      withScope({ personId: w.leader.personId, trustId: w.trust.id }, (tx) =>
        tx.accreditationSubmission.update({ where: { id }, data: { reviewerId: outsider.lead.personId } }),
      ),
    ).rejects.toThrow(/another school in the trust/);
    expect((await ownerDb().accreditationSubmission.findUniqueOrThrow({ where: { id } })).reviewerId).toBe(
      w.b.lead.personId,
    );
    // Once the review is sent, the reviewer can no longer change.
    await savePeerReview(asAssessor(w.b.lead.personId), {
      submissionId: id,
      ratings: w.criteria.map((c) => ({ criterionId: c.id, rating: "MET" as const, comment: "" })),
      note: "",
      send: true,
    });
    const c = await schoolWithStaff([], { trustId: w.trust.id });
    const done = await refused(reassignReviewer(w.leader, { submissionId: id, reviewerId: c.lead.personId }));
    expect(done.kind).toBe("conflict");
  });
});

describe("the trust reading a submitted self-evaluation's evidence", () => {
  it("sees only what is tagged to that submission's criteria, once submitted, read-only", async () => {
    const w = await accreditationWorld();
    const id = await startedAndRated(w);
    const db = ownerDb();
    const item = (title: string, kind: "NOTE" | "FILE") =>
      db.evidenceItem.create({
        data: {
          schoolId: w.a.school.id,
          kind,
          title,
          note: kind === "NOTE" ? "Minutes." : null,
          ...(kind === "FILE"
            ? { fileKey: `k-${id}-${title}`, fileName: "plan.pdf", fileType: "application/pdf", fileSize: 9 }
            : {}),
          createdById: w.a.lead.personId,
        },
      });
    const file = await item("Wellbeing plan", "FILE");
    const untagged = await item("Case notes", "FILE");
    await db.evidenceTag.create({
      data: {
        schoolId: w.a.school.id,
        itemId: file.id,
        kind: "CRITERION",
        criterionId: w.criteria[1]!.id,
        createdById: w.a.lead.personId,
      },
    });
    const trustScope = { personId: w.leader.personId, trustId: w.trust.id };
    const count = () =>
      withScope(trustScope, (tx) => tx.evidenceItem.count({ where: { schoolId: w.a.school.id } }));
    // A draft's evidence stays with the school.
    expect(await count()).toBe(0);
    await refused(trustEvidenceFile(w.leader, id, file.id));

    await submitSelfEvaluation(w.a.lead, id);
    expect(await count()).toBe(1);
    const { view } = await trustSubmission(w.leader, id);
    const links = await criterionEvidence(trustScope, view, (i) => `/t/${i}`);
    expect(links.get(w.criteria[1]!.id)!.map((l) => l.href)).toEqual([`/t/${file.id}`]);
    expect((await trustEvidenceFile(w.leader, id, file.id)).fileName).toBe("plan.pdf");
    expect((await refused(trustEvidenceFile(w.leader, id, untagged.id))).kind).toBe("not_found");

    // Read-only: the trust cannot change or delete it.
    const changed = await withScope(trustScope, async (tx) => ({
      updated: (await tx.evidenceItem.updateMany({ where: { id: file.id }, data: { title: "X" } })).count,
      deleted: (await tx.evidenceTag.deleteMany({ where: { itemId: file.id } })).count,
    }));
    expect(changed).toEqual({ updated: 0, deleted: 0 });

    // Another trust's leader, through their own trust or this one's ids: nothing.
    const other = await makeTrust();
    const otherLeader = trustCtx((await makeTrustLeader(other.id)).id, other);
    expect((await refused(trustEvidenceFile(otherLeader, id, file.id))).kind).toBe("not_found");
    expect(
      await withScope({ personId: otherLeader.personId, trustId: other.id }, (tx) =>
        tx.evidenceItem.count({ where: { schoolId: w.a.school.id } }),
      ),
    ).toBe(0);
    // Another school of the same trust sees none of it.
    expect(
      await withScope({ personId: w.b.lead.personId, schoolId: w.b.school.id }, (tx) =>
        tx.evidenceItem.count({ where: { schoolId: w.a.school.id } }),
      ),
    ).toBe(0);
  });
});

describe("the accreditation on the school's home", () => {
  it("gives the lead's home the self-evaluation's progress", async () => {
    const w = await accreditationWorld();
    expect((await homeFacts(w.a.lead)).accreditation).toBeNull();
    const { submissionId } = await startSelfEvaluation(w.a.lead);
    const facts = await homeFacts(w.a.lead);
    expect(facts.accreditation).toMatchObject({
      id: submissionId,
      status: "DRAFT",
      rated: 0,
      criteria: w.criteria.length,
    });
  });
});
