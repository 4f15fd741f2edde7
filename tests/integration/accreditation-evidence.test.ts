// Each criterion's evidence on the self-evaluation and peer-review pages: the school sees its own;
// the assigned reviewer only what is tagged to that submission's criteria; nobody else anything.
import { describe, expect, it } from "vitest";
import { criterionEvidence, reviewerEvidenceFile } from "@/lib/accreditation/evidence";
import { submitSelfEvaluation } from "@/lib/accreditation/school";
import { assignReviewer } from "@/lib/accreditation/trust";
import { reviewerView } from "@/lib/accreditation/reviewer";
import { withScope } from "@/lib/db/scope";
import { UserError } from "@/lib/errors";
import { schoolWithStaff } from "./support/assessment-fixtures";
import { ownerDb } from "./support/fixtures";
import { accreditationWorld, startedAndRated } from "./support/accreditation-fixtures";

describe("evidence beside the criteria", () => {
  it("shows the reviewer only the evidence tagged to the assigned submission's criteria", async () => {
    const w = await accreditationWorld();
    const id = await startedAndRated(w);
    const db = ownerDb();
    const item = (title: string, kind: "NOTE" | "FILE" = "NOTE") =>
      db.evidenceItem.create({
        data: {
          schoolId: w.a.school.id,
          kind,
          title,
          note: kind === "NOTE" ? "Minutes attached." : null,
          ...(kind === "FILE"
            ? {
                fileKey: `k-${id}-${title}`,
                fileName: "policy.pdf",
                fileType: "application/pdf",
                fileSize: 10,
              }
            : {}),
          createdById: w.a.lead.personId,
        },
      });
    const tagged = await item("Governors' minutes");
    const file = await item("Policy", "FILE");
    const untagged = await item("Staff survey");
    const principleOnly = await item("Ethos statement");
    for (const it of [tagged, file])
      await db.evidenceTag.create({
        data: {
          schoolId: w.a.school.id,
          itemId: it.id,
          kind: "CRITERION",
          criterionId: w.criteria[0]!.id,
          createdById: w.a.lead.personId,
        },
      });
    await db.evidenceTag.create({
      data: {
        schoolId: w.a.school.id,
        itemId: principleOnly.id,
        kind: "PRINCIPLE",
        principleKey: "leadership",
        createdById: w.a.lead.personId,
      },
    });
    await submitSelfEvaluation(w.a.lead, id);

    // The school's own page.
    const view = await schoolView(w, id);
    const mine = await criterionEvidence(
      { personId: w.a.lead.personId, schoolId: w.a.school.id },
      view,
      (i) => `/f/${i}`,
    );
    expect(mine.get(w.criteria[0]!.id)!.map((e) => e.title)).toEqual([
      "Governors' minutes: Minutes attached.",
      "Policy",
    ]);

    // Before assignment the other school's lead sees nothing; after, only the tagged items.
    const reviewer = { personId: w.b.lead.personId };
    expect((await criterionEvidence(reviewer, view, (i) => i)).size).toBe(0);
    await assignReviewer(w.leader, { submissionId: id, reviewerId: w.b.lead.personId });
    const seen = await criterionEvidence(
      reviewer,
      await reviewerView(w.b.lead.personId, id),
      (i) => `/r/${i}`,
    );
    expect(seen.get(w.criteria[0]!.id)!.map((e) => e.href)).toEqual([null, `/r/${file.id}`]);
    const direct = await withScope(reviewer, (tx) =>
      tx.evidenceItem.findMany({ where: { schoolId: w.a.school.id }, select: { id: true } }),
    );
    expect(direct.map((d) => d.id).sort()).toEqual([tagged.id, file.id].sort());
    expect(direct.map((d) => d.id)).not.toContain(untagged.id);
    expect(direct.map((d) => d.id)).not.toContain(principleOnly.id);
    expect((await reviewerEvidenceFile(w.b.lead.personId, id, file.id)).fileName).toBe("policy.pdf");

    // Another lead in the trust, not assigned: nothing, and no file.
    const c = await schoolWithStaff([], { trustId: w.trust.id });
    const other = await withScope({ personId: c.lead.personId, schoolId: c.school.id }, (tx) =>
      tx.evidenceItem.count({ where: { schoolId: w.a.school.id } }),
    );
    expect(other).toBe(0);
    await expect(reviewerEvidenceFile(c.lead.personId, id, file.id)).rejects.toBeInstanceOf(UserError);
    // The reviewer cannot change the school's evidence.
    const changed = await withScope(reviewer, (tx) =>
      tx.evidenceItem.updateMany({ where: { id: tagged.id }, data: { title: "Changed" } }),
    );
    expect(changed.count).toBe(0);
  });
});

async function schoolView(w: Awaited<ReturnType<typeof accreditationWorld>>, id: string) {
  const { loadSubmission } = await import("@/lib/accreditation/store");
  return (await withScope({ personId: w.a.lead.personId, schoolId: w.a.school.id }, (tx) =>
    loadSubmission(tx, id),
  ))!;
}
