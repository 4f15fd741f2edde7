// The accreditation process on Postgres, end to end, and every refusal: nothing is written when
// one is refused, and row-level security keeps other schools and trusts out.
import { describe, expect, it } from "vitest";
import {
  saveSelfEvaluation,
  schoolAccreditation,
  startSelfEvaluation,
  submitSelfEvaluation,
} from "@/lib/accreditation/school";
import {
  assignReviewer,
  decide,
  recordVisit,
  trustSubmission,
  trustSubmissions,
} from "@/lib/accreditation/trust";
import {
  assignedToMe,
  loadAssessorContext,
  reviewerView,
  savePeerReview,
} from "@/lib/accreditation/reviewer";
import { dueAccreditationRenewals } from "@/lib/accreditation/renewals";
import { withScope } from "@/lib/db/scope";
import { UserError } from "@/lib/errors";
import { makeMember, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { schoolCtx, schoolWithStaff } from "./support/assessment-fixtures";
import { trustCtx } from "./support/records-fixtures";
import {
  accreditationWorld,
  allRated,
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
const row = (id: string) => ownerDb().accreditationSubmission.findUniqueOrThrow({ where: { id } });

const peerRatings = (w: World, rating: "MET" | "EXCEEDS" | "WORKING_TOWARDS") =>
  w.criteria.map((c) => ({ criterionId: c.id, rating, comment: `Seen for ${c.key}.` }));

async function submitted(w: World) {
  const id = await startedAndRated(w);
  await submitSelfEvaluation(w.a.lead, id);
  return id;
}

async function reviewed(w: World, rating: "MET" | "EXCEEDS" | "WORKING_TOWARDS" = "MET") {
  const id = await submitted(w);
  await assignReviewer(w.leader, { submissionId: id, reviewerId: w.b.lead.personId });
  await savePeerReview(asAssessor(w.b.lead.personId), {
    submissionId: id,
    ratings: peerRatings(w, rating),
    note: "A thoughtful self-evaluation.",
    send: true,
  });
  return id;
}

const visit = (submissionId: string) => ({
  submissionId,
  visitedOn: "2026-11-20",
  assessors: "Sam Hart, Priya Das",
  interviewed: ["STAFF" as const, "PUPILS" as const, "GOVERNORS" as const],
  findings: "Pupils name trusted adults; staff describe supervision.",
});

describe("the accreditation process, end to end", () => {
  it("goes from self-evaluation through peer review and a visit to a decision with a renewal date", async () => {
    const w = await accreditationWorld();
    const id = await startedAndRated(w);
    // Starting again returns the one in progress.
    expect((await startSelfEvaluation(w.a.lead)).submissionId).toBe(id);
    const mine = await schoolAccreditation(w.a.lead);
    expect(mine.current!.status).toBe("DRAFT");
    expect(mine.current!.self.size).toBe(w.criteria.length);
    expect(mine.measures.ROUND_THIS_YEAR!.met).toBe(false);
    // The trust sees nothing of a draft.
    expect(await trustSubmissions(w.leader)).toEqual([]);

    await submitSelfEvaluation(w.a.lead, id, new Date("2026-11-01T10:00:00Z"));
    const afterSubmit = await row(id);
    expect(afterSubmit.status).toBe("SUBMITTED");
    expect(afterSubmit.measures).toMatchObject({ "2.2": { met: false } });

    const list = await trustSubmissions(w.leader);
    expect(list.map((r) => r.id)).toEqual([id]);
    const detail = await trustSubmission(w.leader, id);
    expect(detail.reviewers.map((r) => r.personId)).toEqual([w.b.lead.personId]);

    await assignReviewer(w.leader, { submissionId: id, reviewerId: w.b.lead.personId });
    expect(await loadAssessorContext(w.b.lead.personId)).toMatchObject({ role: "ASSESSOR" });
    expect((await assignedToMe(w.b.lead.personId)).map((r) => r.id)).toEqual([id]);
    const seen = await reviewerView(w.b.lead.personId, id);
    expect(seen.self.size).toBe(w.criteria.length);

    // A partial review is saved; sending it needs every criterion.
    const assessor = asAssessor(w.b.lead.personId);
    await savePeerReview(assessor, {
      submissionId: id,
      ratings: peerRatings(w, "EXCEEDS").slice(0, 3),
      note: "",
      send: false,
    });
    const e = await refused(
      savePeerReview(assessor, { submissionId: id, ratings: [], note: "", send: true }),
    );
    expect(e.message).toMatch(/Still to rate: 1\.4, 1\.5, 2\.1/);
    expect((await row(id)).status).toBe("IN_REVIEW");
    // The school does not see the review until it is sent.
    expect((await schoolAccreditation(w.a.lead)).current!.peer.size).toBe(0);

    await savePeerReview(assessor, {
      submissionId: id,
      ratings: peerRatings(w, "MET"),
      note: "Well evidenced.",
      send: true,
    });
    expect((await row(id)).status).toBe("REVIEWED");
    expect((await schoolAccreditation(w.a.lead)).current!.peer.size).toBe(w.criteria.length);

    await recordVisit(w.leader, visit(id), new Date("2026-11-21T10:00:00Z"));
    const visited = await ownerDb().accreditationVisit.findUniqueOrThrow({ where: { submissionId: id } });
    expect(visited.assessors).toEqual(["Sam Hart", "Priya Das"]);

    // Distinction needs an Exceeds in every strand: refused, nothing written.
    const tooHigh = await refused(decide(w.leader, { submissionId: id, level: "DISTINCTION", feedback: "" }));
    expect(tooHigh.fieldErrors?.level?.[0]).toMatch(/does not support/);
    expect((await row(id)).status).toBe("VISITED");

    const out = await decide(
      w.leader,
      { submissionId: id, level: "ACCREDITED", feedback: "Congratulations." },
      new Date("2026-12-03T10:00:00Z"),
    );
    expect(out.renewalDue).toBe("2029-12-03");
    const decided = await row(id);
    expect(decided).toMatchObject({ status: "DECIDED", level: "ACCREDITED" });
    expect(decided.renewalDue!.toISOString().slice(0, 10)).toBe("2029-12-03");
    const after = await schoolAccreditation(w.a.lead);
    expect(after.current).toBeNull();
    expect(after.history[0]).toMatchObject({ id, level: "ACCREDITED", renewalDue: "2029-12-03" });
    const audits = await ownerDb().auditEvent.findMany({ where: { targetId: id }, select: { action: true } });
    expect(audits.map((a) => a.action).sort()).toEqual([
      "accreditation.decided",
      "accreditation.peer-reviewed",
      "accreditation.reviewer-assigned",
      "accreditation.started",
      "accreditation.submitted",
      "accreditation.visit-recorded",
    ]);

    // Renewal reminders to the school's leads: the nearest stage only, once.
    const candidates = await withScope({ schoolId: w.a.school.id }, (tx) =>
      dueAccreditationRenewals(tx, w.a.school.id, new Date("2029-11-25T09:00:00Z")),
    );
    expect(candidates.map((c) => [c.personId, c.stage])).toEqual([[w.a.lead.personId, "14"]]);
    expect(candidates[0]!.words.notice).toMatch(/due for renewal on/);
    const early = await withScope({ schoolId: w.a.school.id }, (tx) =>
      dueAccreditationRenewals(tx, w.a.school.id, new Date("2029-01-01T09:00:00Z")),
    );
    expect(early).toEqual([]);
  });

  it("decides not yet with feedback, and the school can start again", async () => {
    const w = await accreditationWorld();
    const id = await reviewed(w, "WORKING_TOWARDS");
    await recordVisit(w.leader, visit(id));
    const e = await refused(decide(w.leader, { submissionId: id, level: "WORKING_TOWARDS", feedback: " " }));
    expect(e.fieldErrors?.feedback).toBeDefined();
    const ok = await decide(w.leader, {
      submissionId: id,
      level: "WORKING_TOWARDS",
      feedback: "Build strand 3.",
    });
    expect(ok.renewalDue).toBeNull();
    const again = await startSelfEvaluation(w.a.lead);
    expect(again.submissionId).not.toBe(id);
  });
});

describe("refusals: clear words, nothing written", () => {
  it("refuses editing or resubmitting a submitted self-evaluation", async () => {
    const w = await accreditationWorld();
    const id = await submitted(w);
    const e = await refused(
      saveSelfEvaluation(w.a.lead, { submissionId: id, ratings: allRated(w, "EXCEEDS") }),
    );
    expect(e.message).toMatch(/already been submitted/);
    expect(e.kind).toBe("conflict");
    const ratings = await ownerDb().accreditationSelfRating.findMany({ where: { submissionId: id } });
    expect(ratings.every((r) => r.rating === "MET")).toBe(true);
    await refused(submitSelfEvaluation(w.a.lead, id));
    // Underneath the app too: row-level security lets nothing change.
    const changed = await withScope({ personId: w.a.lead.personId, schoolId: w.a.school.id }, (tx) =>
      tx.accreditationSelfRating.updateMany({ where: { submissionId: id }, data: { rating: "EXCEEDS" } }),
    );
    expect(changed.count).toBe(0);
  });

  it("refuses submitting with unrated criteria or missing narratives", async () => {
    const w = await accreditationWorld();
    const { submissionId } = await startSelfEvaluation(w.a.lead);
    const e = await refused(submitSelfEvaluation(w.a.lead, submissionId));
    expect(e.message).toMatch(/Still to rate: 1\.1/);
    await saveSelfEvaluation(w.a.lead, {
      submissionId,
      ratings: allRated(w, "MET").map((r, i) => (i === 0 ? { ...r, narrative: "" } : r)),
    });
    expect((await refused(submitSelfEvaluation(w.a.lead, submissionId))).message).toMatch(
      /Still to write: 1\.1/,
    );
    expect((await row(submissionId)).status).toBe("DRAFT");
  });

  it("refuses a reviewer from the school's own staff, or from outside the trust", async () => {
    const w = await accreditationWorld();
    const id = await submitted(w);
    const ownLead = await refused(
      assignReviewer(w.leader, { submissionId: id, reviewerId: w.a.lead.personId }),
    );
    expect(ownLead.fieldErrors?.reviewerId?.[0]).toMatch(/another school/);
    const otherTrust = await makeTrust();
    const outside = await schoolWithStaff([], { trustId: otherTrust.id });
    const e = await refused(
      assignReviewer(w.leader, { submissionId: id, reviewerId: outside.lead.personId }),
    );
    expect(e.fieldErrors?.reviewerId?.[0]).toMatch(/lead of another school in this trust/);
    const staffOfB = await refused(
      assignReviewer(w.leader, { submissionId: id, reviewerId: w.b.staff[0]!.id }),
    );
    expect(staffOfB.kind).toBe("validation");
    expect(await row(id)).toMatchObject({ status: "SUBMITTED", reviewerId: null });
    // The database refuses it too, whatever the app does.
    await expect(
      withScope({ personId: w.leader.personId, trustId: w.trust.id }, (tx) =>
        tx.accreditationSubmission.update({
          where: { id },
          data: { status: "IN_REVIEW", reviewerId: w.a.lead.personId, assignedAt: new Date() },
        }),
      ),
    ).rejects.toThrow(/another school in the trust/);
  });

  it("refuses a reviewer opening or rating a submission not assigned to them", async () => {
    const w = await accreditationWorld();
    const id = await submitted(w);
    const c = await schoolWithStaff([], { trustId: w.trust.id });
    await assignReviewer(w.leader, { submissionId: id, reviewerId: w.b.lead.personId });
    expect(await loadAssessorContext(c.lead.personId)).toBeNull();
    const e = await refused(reviewerView(c.lead.personId, id));
    expect(e.kind).toBe("not_found");
    await refused(
      savePeerReview(asAssessor(c.lead.personId), {
        submissionId: id,
        ratings: peerRatings(w, "MET"),
        note: "",
        send: true,
      }),
    );
    expect(await ownerDb().accreditationPeerRating.count({ where: { submissionId: id } })).toBe(0);
    // Nor does being a lead in the same trust show it through the school's own scope.
    const fromSchool = await withScope({ personId: c.lead.personId, schoolId: c.school.id }, (tx) =>
      tx.accreditationSubmission.findUnique({ where: { id } }),
    );
    expect(fromSchool).toBeNull();
  });

  it("refuses deciding before a visit, and a visit before the review", async () => {
    const w = await accreditationWorld();
    const id = await submitted(w);
    await assignReviewer(w.leader, { submissionId: id, reviewerId: w.b.lead.personId });
    const early = await refused(recordVisit(w.leader, visit(id)));
    expect(early.message).toMatch(/once the peer review has been sent/);
    await savePeerReview(asAssessor(w.b.lead.personId), {
      submissionId: id,
      ratings: peerRatings(w, "MET"),
      note: "",
      send: true,
    });
    const e = await refused(decide(w.leader, { submissionId: id, level: "ACCREDITED", feedback: "" }));
    expect(e.message).toMatch(/Record the assessment visit before making a decision/);
    expect(await row(id)).toMatchObject({ status: "REVIEWED", level: null });
    // Underneath: the trigger refuses a decision without a visit.
    await expect(
      ownerDb().accreditationSubmission.update({
        where: { id },
        data: { status: "DECIDED", level: "ACCREDITED", decidedAt: new Date(), renewalDue: new Date() },
      }),
    ).rejects.toThrow(/cannot go from REVIEWED to DECIDED/);
    const future = await refused(
      recordVisit(w.leader, { ...visit(id), visitedOn: "2099-01-01" }, new Date("2026-12-03T10:00:00Z")),
    );
    expect(future.fieldErrors?.visitedOn).toBeDefined();
  });
});

describe("cross-tenant", () => {
  it("another school's lead and another trust's leader see and change nothing", async () => {
    const w = await accreditationWorld();
    const id = await reviewed(w);
    const stranger = await makeSchool();
    const strangerLead = schoolCtx(
      (await makeMember(stranger.id, "LEAD", "SENIOR_MH_LEAD")).id,
      stranger,
      "LEAD",
    );
    // The school's own pages of another school: nothing there.
    expect((await schoolAccreditation(strangerLead)).current).toBeNull();
    await refused(saveSelfEvaluation(strangerLead, { submissionId: id, ratings: allRated(w, "EXCEEDS") }));
    await refused(submitSelfEvaluation(strangerLead, id));

    const otherTrust = await makeTrust();
    const otherLeader = trustCtx((await makeTrustLeader(otherTrust.id)).id, otherTrust);
    expect(await trustSubmissions(otherLeader)).toEqual([]);
    expect((await refused(trustSubmission(otherLeader, id))).kind).toBe("not_found");
    await refused(recordVisit(otherLeader, visit(id)));
    expect(await ownerDb().accreditationVisit.count({ where: { submissionId: id } })).toBe(0);

    // Directly in Postgres with another school's or trust's scope.
    for (const scope of [
      { personId: strangerLead.personId, schoolId: stranger.id },
      { personId: otherLeader.personId, trustId: otherTrust.id },
    ]) {
      await withScope(scope, async (tx) => {
        expect(await tx.accreditationSubmission.count({ where: { id } })).toBe(0);
        expect(await tx.accreditationSelfRating.count({ where: { submissionId: id } })).toBe(0);
        expect(await tx.accreditationPeerRating.count({ where: { submissionId: id } })).toBe(0);
        const changed = await tx.accreditationSubmission.updateMany({
          where: { id },
          data: { feedback: "x" },
        });
        expect(changed.count).toBe(0);
      });
    }
    await expect(
      withScope({ personId: otherLeader.personId, trustId: otherTrust.id }, (tx) =>
        tx.accreditationVisit.create({
          data: {
            submissionId: id,
            schoolId: w.a.school.id,
            visitedOn: new Date("2026-11-01"),
            assessors: ["X"],
            findings: "Forged",
            recordedById: otherLeader.personId,
          },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    // The head reads the school's accreditation but may not self-evaluate.
    expect((await schoolAccreditation(w.head)).current!.id).toBe(id);
    expect((await refused(startSelfEvaluation(w.head))).kind).toBe("forbidden");
  });
});
