import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CriteriaRead } from "@/components/accreditation/criteria-read";
import { PeerReviewForm } from "@/components/accreditation/peer-review-form";
import { Steps, VisitSummary } from "@/components/accreditation/status";
import { VisitForm } from "@/components/accreditation/trust-forms";
import { PageHeader, Section } from "@/components/ui/page-header";
import { criterionEvidence } from "@/lib/accreditation/evidence";
import { reviewerView } from "@/lib/accreditation/reviewer";
import { rowsOf } from "@/lib/accreditation/view-model";
import { requirePersonId } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { londonDay } from "@/lib/rounds/dates";
import { recordAccreditationVisitAsAssessor, saveAccreditationPeerReview } from "../actions";

export const metadata: Metadata = { title: "Peer review" };

export default async function PeerReviewPage({ params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  const personId = await requirePersonId();
  // Not assigned to this person (or no such submission): the same 404 either way.
  const view = await reviewerView(personId, submissionId).catch((e: unknown) => {
    if (e instanceof UserError) notFound();
    throw e;
  });
  // Only the evidence tagged to this submission's criteria (row-level security, decision 0028).
  const evidence = await criterionEvidence(
    { personId },
    view,
    (id) => `/peer-review/${view.id}/evidence/${id}`,
  );
  const strands = rowsOf(view, { evidence });
  if (view.as === "visit")
    return (
      <>
        <PageHeader
          title={`Assessment visit: ${view.schoolName}`}
          lead="Read the school's self-evaluation, its peer review and evidence, then record the visit."
        />
        <Section title="Where it is">
          <Steps status={view.status} />
        </Section>
        {view.status === "REVIEWED" ? (
          <Section title="Record the assessment visit">
            <VisitForm
              submissionId={view.id}
              today={londonDay(new Date())}
              assessors={view.assessors.map((a) => a.name).join(", ")}
              record={recordAccreditationVisitAsAssessor}
            />
          </Section>
        ) : (
          view.visit && (
            <Section title="Assessment visit">
              <VisitSummary visit={view.visit} />
            </Section>
          )
        )}
        {view.reviewNote && (
          <Section title="The peer reviewer's note">
            <p className="whitespace-pre-line">{view.reviewNote}</p>
          </Section>
        )}
        <Section title="Self-evaluation and peer review">
          <CriteriaRead strands={strands} showPeer />
        </Section>
      </>
    );
  return (
    <>
      <PageHeader
        title={`Peer review: ${view.schoolName}`}
        lead="Rate each criterion as you judge it from the school's self-evaluation and evidence, with a comment."
      />
      <Section title="Where it is">
        <Steps status={view.status} />
      </Section>
      {view.status === "IN_REVIEW" ? (
        <PeerReviewForm
          submissionId={view.id}
          strands={strands}
          note={view.reviewNote ?? ""}
          save={saveAccreditationPeerReview}
        />
      ) : (
        <Section title="Your review">
          <p className="mb-3">You sent this review. Thank you.</p>
          <CriteriaRead strands={strands} showPeer />
        </Section>
      )}
    </>
  );
}
