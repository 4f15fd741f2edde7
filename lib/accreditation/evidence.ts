import "server-only";
// Each criterion's tagged evidence (the evidence library, decision 0029), read under the caller's
// scope: the school sees its own; the peer reviewer sees only what is tagged to the criteria of the
// submission assigned to them (policies in migration 20261204135000).
import { withScope, type DbScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import type { SubmissionView } from "./store";
import type { EvidenceLink } from "./view-model";

async function tagged(tx: Tx, view: SubmissionView) {
  const criterionIds = view.scheme.strands.flatMap((s) => s.criteria.map((c) => c.id));
  return tx.evidenceTag.findMany({
    where: { kind: "CRITERION", schoolId: view.schoolId, criterionId: { in: criterionIds } },
    include: { item: { select: { id: true, kind: true, title: true, note: true, url: true } } },
    orderBy: { createdAt: "asc" },
  });
}

/** Evidence per criterion id; `fileHref` says where the caller downloads a file from. */
export async function criterionEvidence(
  scope: DbScope,
  view: SubmissionView,
  fileHref: (itemId: string) => string,
): Promise<Map<string, EvidenceLink[]>> {
  const tags = await withScope(scope, (tx) => tagged(tx, view));
  const out = new Map<string, EvidenceLink[]>();
  for (const t of tags) {
    const i = t.item;
    const link: EvidenceLink = {
      id: i.id,
      title: i.kind === "NOTE" && i.note ? `${i.title}: ${i.note}` : i.title,
      href: i.kind === "FILE" ? fileHref(i.id) : i.kind === "LINK" ? i.url : null,
    };
    out.set(t.criterionId!, [...(out.get(t.criterionId!) ?? []), link]);
  }
  return out;
}

/** A file tagged to a criterion of a submission assigned to this reviewer; not found for anything else. */
export async function reviewerEvidenceFile(personId: string, submissionId: string, itemId: string) {
  return withScope({ personId }, async (tx) => {
    const s = await tx.accreditationSubmission.findUnique({ where: { id: submissionId } });
    // The peer reviewer, or an accepted visit assessor of this submission (decision 0042).
    const visitor =
      s && s.reviewerId !== personId
        ? await tx.accreditationVisitAssessor.count({
            where: { submissionId: s.id, personId, acceptedAt: { not: null } },
          })
        : 0;
    if (!s || (s.reviewerId !== personId && visitor === 0))
      throw new UserError("That file was not found.", "not_found");
    const item = await tx.evidenceItem.findFirst({
      where: {
        id: itemId,
        schoolId: s.schoolId,
        kind: "FILE",
        tags: { some: { kind: "CRITERION", criterion: { schemeId: s.schemeId } } },
      },
    });
    if (!item?.fileKey || !item.fileName || !item.fileType)
      throw new UserError("That file was not found.", "not_found");
    return {
      fileKey: item.fileKey,
      fileName: item.fileName,
      fileType: item.fileType,
      size: item.fileSize ?? 0,
    };
  });
}
