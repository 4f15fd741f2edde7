// Visit assessors (decision 0042): invited by the trust leader for one submission, they accept a
// link, see that submission only (its ratings, measures and evidence) and record the visit.
import { describe, expect, it } from "vitest";
import { reviewerEvidenceFile, criterionEvidence } from "@/lib/accreditation/evidence";
import { submitSelfEvaluation } from "@/lib/accreditation/school";
import { assignReviewer, decide, recordVisit, trustSubmission } from "@/lib/accreditation/trust";
import {
  assignedToMe,
  loadAssessorContext,
  recordVisitAsAssessor,
  reviewerView,
  savePeerReview,
} from "@/lib/accreditation/reviewer";
import {
  acceptAsNewVisitAssessor,
  acceptAsSignedInVisitAssessor,
  inviteVisitAssessor,
  viewVisitAssessorLink,
  withdrawVisitAssessor,
} from "@/lib/accreditation/visit-assessors";
import { withScope } from "@/lib/db/scope";
import { UserError } from "@/lib/errors";
import { makePerson, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
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
const PASSWORD = "a long enough passphrase 42";
const tokenOf = (link: string | null) => link!.split("/assessor-link/")[1]!;

async function reviewed(w: World) {
  const id = await startedAndRated(w);
  await submitSelfEvaluation(w.a.lead, id);
  await assignReviewer(w.leader, { submissionId: id, reviewerId: w.b.lead.personId });
  await savePeerReview(asAssessor(w.b.lead.personId), {
    submissionId: id,
    ratings: w.criteria.map((c) => ({ criterionId: c.id, rating: "MET" as const, comment: "Seen." })),
    note: "Well evidenced.",
    send: true,
  });
  return id;
}

async function invitedAndAccepted(w: World, id: string, email = `assessor-${id}@outside.example`) {
  const sent = await inviteVisitAssessor(w.leader, { submissionId: id, name: "Ada Assessor", email });
  const { email: accepted } = await acceptAsNewVisitAssessor({
    token: tokenOf(sent.link),
    name: "Ada Assessor",
    password: PASSWORD,
  });
  const person = await ownerDb().person.findFirstOrThrow({ where: { email: accepted } });
  return person.id;
}

const visit = (submissionId: string) => ({
  submissionId,
  visitedOn: "2026-11-20",
  assessors: "Ada Assessor, Sam Hart",
  interviewed: ["STAFF" as const, "PARENTS" as const],
  findings: "Parents describe the family worker; staff name the wellbeing lead.",
});

describe("visit assessors", () => {
  it("are invited once the peer review is in, accept a link, and see their submission only", async () => {
    const w = await accreditationWorld();
    const id = await startedAndRated(w);
    await submitSelfEvaluation(w.a.lead, id);
    // Not before the peer review is in.
    const early = await refused(
      inviteVisitAssessor(w.leader, { submissionId: id, name: "Ada", email: "ada@outside.example" }),
    );
    expect(early.kind).toBe("conflict");
    expect(await ownerDb().accreditationVisitAssessor.count({ where: { submissionId: id } })).toBe(0);
    await assignReviewer(w.leader, { submissionId: id, reviewerId: w.b.lead.personId });
    await savePeerReview(asAssessor(w.b.lead.personId), {
      submissionId: id,
      ratings: w.criteria.map((c) => ({ criterionId: c.id, rating: "MET" as const, comment: "Seen." })),
      note: "",
      send: true,
    });

    // Another trust's leader cannot invite anyone to this submission.
    const otherTrust = await makeTrust();
    const stranger = trustCtx((await makeTrustLeader(otherTrust.id)).id, otherTrust);
    expect(
      (await refused(inviteVisitAssessor(stranger, { submissionId: id, name: "X", email: "x@y.example" })))
        .kind,
    ).toBe("not_found");

    const sent = await inviteVisitAssessor(w.leader, {
      submissionId: id,
      name: "Ada Assessor",
      email: "ada@outside.example",
    });
    expect(sent.emailed).toBe(false);
    expect(sent.link).toMatch(/\/assessor-link\//);
    const audits = await ownerDb().auditEvent.findMany({
      where: { targetId: id, action: "accreditation.visit-assessor-invited" },
    });
    expect(audits).toHaveLength(1);
    // The token is stored hashed only.
    const grant = await ownerDb().accreditationVisitAssessor.findFirstOrThrow({
      where: { submissionId: id },
    });
    expect(grant.tokenHash).not.toBe(tokenOf(sent.link));
    expect((await trustSubmission(w.leader, id)).visitAssessors).toEqual([
      expect.objectContaining({ name: "Ada Assessor", accepted: false, expired: false }),
    ]);
    // The school does not read the trust's grants.
    expect(
      await withScope({ personId: w.a.lead.personId, schoolId: w.a.school.id }, (tx) =>
        tx.accreditationVisitAssessor.count(),
      ),
    ).toBe(0);

    expect(await viewVisitAssessorLink(tokenOf(sent.link))).toMatchObject({
      email: "ada@outside.example",
      schoolName: w.a.school.name,
    });
    const { email } = await acceptAsNewVisitAssessor({
      token: tokenOf(sent.link),
      name: "Ada Assessor",
      password: PASSWORD,
    });
    const ada = await ownerDb().person.findFirstOrThrow({ where: { email } });
    // A used link does not work again.
    expect(await viewVisitAssessorLink(tokenOf(sent.link))).toBeNull();
    expect(
      (
        await refused(
          acceptAsNewVisitAssessor({ token: tokenOf(sent.link), name: "Eve", password: PASSWORD }),
        )
      ).kind,
    ).toBe("not_found");
    // Inviting the same address again keeps the accepted grant.
    expect(
      (await inviteVisitAssessor(w.leader, { submissionId: id, name: "Ada", email: "ada@outside.example" }))
        .link,
    ).toBeNull();

    expect(await loadAssessorContext(ada.id)).toMatchObject({ role: "ASSESSOR" });
    expect(await assignedToMe(ada.id)).toEqual([expect.objectContaining({ id, as: "visit" })]);
    const seen = await reviewerView(ada.id, id);
    expect(seen.as).toBe("visit");
    expect(seen.self.size).toBe(w.criteria.length);
    expect(seen.peer.size).toBe(w.criteria.length);
    expect(seen.measures).not.toBeNull();
    expect(seen.assessors).toEqual([{ personId: ada.id, name: "Ada Assessor" }]);

    // Another submission (another trust's school, also reviewed) is not found, underneath too.
    const other = await accreditationWorld();
    const otherId = await reviewed(other);
    expect((await refused(reviewerView(ada.id, otherId))).kind).toBe("not_found");
    const visible = await withScope({ personId: ada.id }, (tx) =>
      tx.accreditationSubmission.findMany({ select: { id: true } }),
    );
    expect(visible.map((v) => v.id)).toEqual([id]);
    // Nothing else of the school: not its people, not its rounds.
    expect(
      await withScope({ personId: ada.id }, (tx) =>
        tx.membership.count({ where: { schoolId: w.a.school.id } }),
      ),
    ).toBe(0);
    // Nor can they record the other submission's visit.
    expect((await refused(recordVisitAsAssessor(asAssessor(ada.id), visit(otherId)))).kind).toBe("not_found");
  });

  it("read only the evidence tagged to their submission's criteria, and not another school's by id", async () => {
    const w = await accreditationWorld();
    const id = await reviewed(w);
    const other = await accreditationWorld();
    const db = ownerDb();
    const file = (schoolId: string, title: string) =>
      db.evidenceItem.create({
        data: {
          schoolId,
          kind: "FILE",
          title,
          fileKey: `k-${title}-${schoolId}`,
          fileName: "policy.pdf",
          fileType: "application/pdf",
          fileSize: 10,
          createdById: w.a.lead.personId,
        },
      });
    const tag = (schoolId: string, itemId: string, criterionId: string) =>
      db.evidenceTag.create({
        data: { schoolId, itemId, kind: "CRITERION", criterionId, createdById: w.a.lead.personId },
      });
    const mine = await file(w.a.school.id, "Policy");
    await tag(w.a.school.id, mine.id, w.criteria[0]!.id);
    const untagged = await file(w.a.school.id, "Untagged");
    const theirs = await file(other.a.school.id, "Their policy");
    await tag(other.a.school.id, theirs.id, other.criteria[0]!.id);

    const ada = await invitedAndAccepted(w, id);
    const view = await reviewerView(ada, id);
    const evidence = await criterionEvidence({ personId: ada }, view, (i) => `/f/${i}`);
    expect(evidence.get(w.criteria[0]!.id)!.map((e) => e.href)).toEqual([`/f/${mine.id}`]);
    expect(await reviewerEvidenceFile(ada, id, mine.id)).toMatchObject({ fileName: "policy.pdf" });
    expect((await refused(reviewerEvidenceFile(ada, id, untagged.id))).kind).toBe("not_found");
    expect((await refused(reviewerEvidenceFile(ada, id, theirs.id))).kind).toBe("not_found");
    const direct = await withScope({ personId: ada }, (tx) =>
      tx.evidenceItem.findMany({ select: { id: true } }),
    );
    expect(direct.map((d) => d.id)).toEqual([mine.id]);
  });

  it("refuse an expired link, and a link for another address when signed in", async () => {
    const w = await accreditationWorld();
    const id = await reviewed(w);
    const long = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    const old = await inviteVisitAssessor(
      w.leader,
      { submissionId: id, name: "Old", email: "old@outside.example" },
      long,
    );
    expect(await viewVisitAssessorLink(tokenOf(old.link))).toBeNull();
    expect(
      (await refused(acceptAsNewVisitAssessor({ token: tokenOf(old.link), name: "Old", password: PASSWORD })))
        .message,
    ).toMatch(/expired or has already been used/);
    expect((await trustSubmission(w.leader, id)).visitAssessors).toEqual([
      expect.objectContaining({ email: "old@outside.example", expired: true }),
    ]);

    // An existing account accepts while signed in, only for its own address.
    const existing = await makePerson({ email: "kim@outside.example", name: "Kim" });
    const sent = await inviteVisitAssessor(w.leader, {
      submissionId: id,
      name: "Kim",
      email: existing.email,
    });
    const someoneElse = await makePerson();
    expect((await refused(acceptAsSignedInVisitAssessor(tokenOf(sent.link), someoneElse.id))).kind).toBe(
      "forbidden",
    );
    expect(await loadAssessorContext(someoneElse.id)).toBeNull();
    await acceptAsSignedInVisitAssessor(tokenOf(sent.link), existing.id);
    expect((await reviewerView(existing.id, id)).as).toBe("visit");
    // A fresh link for the same unaccepted address makes the older one stop working.
    const first = await inviteVisitAssessor(w.leader, {
      submissionId: id,
      name: "Lee",
      email: "lee@o.example",
    });
    await inviteVisitAssessor(w.leader, { submissionId: id, name: "Lee", email: "lee@o.example" });
    expect(await viewVisitAssessorLink(tokenOf(first.link))).toBeNull();
  });

  it("record the visit: its assessors are the accepted accounts; the trust then decides", async () => {
    const w = await accreditationWorld();
    const id = await reviewed(w);
    const ada = await invitedAndAccepted(w, id);
    // Not a future day; nothing is written.
    const future = await refused(
      recordVisitAsAssessor(asAssessor(ada), { ...visit(id), visitedOn: "2099-01-01" }),
    );
    expect(future.fieldErrors?.visitedOn).toBeDefined();
    expect(await ownerDb().accreditationVisit.count({ where: { submissionId: id } })).toBe(0);

    await recordVisitAsAssessor(asAssessor(ada), visit(id), new Date("2026-11-21T10:00:00Z"));
    const row = await ownerDb().accreditationVisit.findUniqueOrThrow({ where: { submissionId: id } });
    expect(row.assessorIds).toEqual([ada]);
    expect(row.assessors).toEqual(["Ada Assessor", "Sam Hart"]);
    expect(row.recordedById).toBe(ada);
    expect((await ownerDb().accreditationSubmission.findUniqueOrThrow({ where: { id } })).status).toBe(
      "VISITED",
    );
    // Once recorded, again is a conflict; the trust leader can no longer record it either.
    expect((await refused(recordVisitAsAssessor(asAssessor(ada), visit(id)))).kind).toBe("conflict");
    expect((await refused(recordVisit(w.leader, visit(id)))).kind).toBe("conflict");
    // The assessor still reads what they recorded; the trust decides.
    expect((await reviewerView(ada, id)).visit?.findings).toMatch(/family worker/);
    await decide(w.leader, { submissionId: id, level: "ACCREDITED", feedback: "" });
    // The peer reviewer (not a visit assessor) cannot record a visit, even with the permission.
    const w2 = await accreditationWorld();
    const id2 = await reviewed(w2);
    expect((await refused(recordVisitAsAssessor(asAssessor(w2.b.lead.personId), visit(id2)))).kind).toBe(
      "not_found",
    );
    // Row-level security refuses a direct write by someone with no grant.
    await expect(
      withScope({ personId: ada }, (tx) =>
        tx.accreditationVisit.create({
          data: {
            submissionId: id2,
            schoolId: w2.a.school.id,
            visitedOn: new Date("2026-11-20"),
            assessors: ["Ada"],
            interviewed: ["STAFF"],
            findings: "Not mine.",
            recordedById: ada,
          },
        }),
      ),
    ).rejects.toThrow();
  });

  it("the trust leader still records the visit, with the accepted assessors' accounts", async () => {
    const w = await accreditationWorld();
    const id = await reviewed(w);
    const ada = await invitedAndAccepted(w, id);
    await recordVisit(w.leader, visit(id), new Date("2026-11-21T10:00:00Z"));
    const row = await ownerDb().accreditationVisit.findUniqueOrThrow({ where: { submissionId: id } });
    expect(row.assessorIds).toEqual([ada]);
    expect(row.recordedById).toBe(w.leader.personId);
  });
});

describe("withdrawing a visit assessor's invitation", () => {
  it("stops a pending link, which then says it was withdrawn; an accepted one stays; audited, the trust's own", async () => {
    const w = await accreditationWorld();
    const id = await reviewed(w);
    const sent = await inviteVisitAssessor(w.leader, {
      submissionId: id,
      name: "Pat",
      email: "pat@outside.example",
    });
    await withdrawVisitAssessor(w.leader, { assessorId: sent.assessorId });

    expect(await viewVisitAssessorLink(tokenOf(sent.link))).toBe("withdrawn");
    const tried = await refused(
      acceptAsNewVisitAssessor({ token: tokenOf(sent.link), name: "Pat", password: PASSWORD }),
    );
    expect(tried.message).toMatch(/withdrawn/);
    expect(await ownerDb().person.count({ where: { email: "pat@outside.example" } })).toBe(0);
    const signedIn = await makePerson({ email: "pat2@outside.example" });
    expect((await refused(acceptAsSignedInVisitAssessor(tokenOf(sent.link), signedIn.id))).kind).toBe(
      "not_found",
    );
    expect((await trustSubmission(w.leader, id)).visitAssessors).toEqual([
      expect.objectContaining({ email: "pat@outside.example", withdrawn: true, expired: false }),
    ]);
    expect(
      await ownerDb().auditEvent.count({
        where: { targetId: id, action: "accreditation.visit-assessor-withdrawn" },
      }),
    ).toBe(1);
    expect((await refused(withdrawVisitAssessor(w.leader, { assessorId: sent.assessorId }))).kind).toBe(
      "conflict",
    );

    // An accepted link is the assessor's access, and stays.
    await invitedAndAccepted(w, id);
    const ada = await ownerDb().accreditationVisitAssessor.findFirstOrThrow({
      where: { submissionId: id, acceptedAt: { not: null } },
    });
    expect((await refused(withdrawVisitAssessor(w.leader, { assessorId: ada.id }))).kind).toBe("conflict");

    // Another trust's leader finds nothing to withdraw.
    const otherTrust = await makeTrust();
    const other = trustCtx((await makeTrustLeader(otherTrust.id)).id, otherTrust);
    const again = await inviteVisitAssessor(w.leader, {
      submissionId: id,
      name: "Pat",
      email: "pat@outside.example",
    });
    expect((await refused(withdrawVisitAssessor(other, { assessorId: again.assessorId }))).kind).toBe(
      "not_found",
    );
    expect(await viewVisitAssessorLink(tokenOf(again.link))).toMatchObject({ email: "pat@outside.example" });
  });
});
