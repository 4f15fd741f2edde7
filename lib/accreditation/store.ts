import "server-only";
// Reading one submission with its ratings, under whatever scope the caller's transaction has:
// row-level security decides who sees it (the school, its trust once submitted, its peer reviewer).
import type { Tx } from "../db/scope";
import type { Rating, Status } from "./rules";
import { loadScheme, type SchemeView } from "./scheme";
import type { LevelKey } from "./default-scheme";

export type MeasureValue = { text: string; met: boolean | null };

export type SubmissionView = {
  id: string;
  schoolId: string;
  schoolName: string;
  status: Status;
  scheme: SchemeView;
  createdAt: Date;
  submittedAt: Date | null;
  measures: Record<string, MeasureValue> | null;
  reviewerId: string | null;
  reviewerName: string | null;
  reviewerSchoolName: string | null;
  assignedAt: Date | null;
  reviewNote: string | null;
  reviewedAt: Date | null;
  self: Map<string, { rating: Rating; narrative: string }>;
  /** Empty until the reviewer sends the review, except to the reviewer. */
  peer: Map<string, { rating: Rating; comment: string }>;
  visit: {
    visitedOn: string;
    assessors: string[];
    interviewed: string[];
    findings: string;
  } | null;
  decision: { level: LevelKey; feedback: string; decidedAt: Date; renewalDue: string | null } | null;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function loadSubmission(tx: Tx, submissionId: string): Promise<SubmissionView | null> {
  const s = await tx.accreditationSubmission.findUnique({
    where: { id: submissionId },
    include: { school: { select: { name: true } }, selfRatings: true, peerRatings: true, visit: true },
  });
  if (!s) return null;
  const scheme = await loadScheme(tx, s.schemeId);
  if (!scheme) return null;
  return {
    id: s.id,
    schoolId: s.schoolId,
    schoolName: s.school.name,
    status: s.status,
    scheme,
    createdAt: s.createdAt,
    submittedAt: s.submittedAt,
    measures: (s.measures as Record<string, MeasureValue> | null) ?? null,
    reviewerId: s.reviewerId,
    reviewerName: s.reviewerName,
    reviewerSchoolName: s.reviewerSchoolName,
    assignedAt: s.assignedAt,
    reviewNote: s.reviewNote,
    reviewedAt: s.reviewedAt,
    self: new Map(s.selfRatings.map((r) => [r.criterionId, { rating: r.rating, narrative: r.narrative }])),
    peer: new Map(s.peerRatings.map((r) => [r.criterionId, { rating: r.rating, comment: r.comment }])),
    visit: s.visit
      ? {
          visitedOn: day(s.visit.visitedOn),
          assessors: s.visit.assessors,
          interviewed: s.visit.interviewed,
          findings: s.visit.findings,
        }
      : null,
    decision:
      s.status === "DECIDED" && s.level && s.decidedAt
        ? {
            level: s.level,
            feedback: s.feedback ?? "",
            decidedAt: s.decidedAt,
            renewalDue: s.renewalDue ? day(s.renewalDue) : null,
          }
        : null,
  };
}

/** The scheme's criteria as the pure rules take them. */
export function criterionRefs(scheme: SchemeView) {
  return scheme.strands.flatMap((st) =>
    st.criteria.map((c) => ({ id: c.id, key: c.key, strand: st.position })),
  );
}
