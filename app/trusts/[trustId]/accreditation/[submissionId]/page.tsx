import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CriteriaRead } from "@/components/accreditation/criteria-read";
import { DecisionSummary, Steps, StrandTable, VisitSummary } from "@/components/accreditation/status";
import {
  AssignForm,
  DecisionForm,
  VisitAssessorForm,
  VisitForm,
} from "@/components/accreditation/trust-forms";
import { ActionButton } from "@/components/plans/action-button";
import { EmptyState } from "@/components/ui/page-header";
import { PageHeader, Section } from "@/components/ui/page-header";
import { supportedLevel } from "@/lib/accreditation/rules";
import { criterionRefs } from "@/lib/accreditation/store";
import { trustSubmission } from "@/lib/accreditation/trust";
import { progressOf, rowsOf } from "@/lib/accreditation/view-model";
import { UserError } from "@/lib/errors";
import { londonDay } from "@/lib/rounds/dates";
import { requireTrust } from "@/lib/tenancy/guard";
import { criterionEvidence } from "@/lib/accreditation/evidence";
import {
  assignAccreditationReviewer,
  decideAccreditation,
  inviteAccreditationVisitAssessor,
  withdrawAccreditationVisitAssessor,
  reassignAccreditationReviewer,
  recordAccreditationVisit,
} from "../actions";

export const metadata: Metadata = { title: "A school's accreditation" };

export default async function TrustSubmissionPage({
  params,
}: {
  params: Promise<{ trustId: string; submissionId: string }>;
}) {
  const { trustId, submissionId } = await params;
  const ctx = await requireTrust(trustId, "accreditation:manage");
  const found = await trustSubmission(ctx, submissionId).catch((e: unknown) => {
    if (e instanceof UserError) notFound();
    throw e;
  });
  const { view, reviewers, visitAssessors } = found;
  const acceptedNames = visitAssessors.filter((a) => a.accepted).map((a) => a.name);
  const peer = new Map([...view.peer].map(([id, r]) => [id, r.rating]));
  // The evidence the school tagged to this submission's criteria, read-only (decision 0034).
  const evidence = await criterionEvidence(
    { personId: ctx.personId, trustId },
    view,
    (id) => `/trusts/${trustId}/accreditation/${view.id}/evidence/${id}`,
  );
  return (
    <>
      <PageHeader title={view.schoolName} lead={`Accreditation against ${view.scheme.name}.`} />
      <Section title="Where the school is">
        <Steps status={view.status} />
        <div className="mt-4">
          <StrandTable
            progress={progressOf(view)}
            titles={new Map(view.scheme.strands.map((s) => [s.position, s.title]))}
          />
        </div>
        {view.reviewerName && (
          <p className="mt-3">
            Peer reviewer: {view.reviewerName}, {view.reviewerSchoolName}.
          </p>
        )}
      </Section>
      {view.status === "SUBMITTED" && (
        <Section title="Assign a peer reviewer">
          <AssignForm
            submissionId={view.id}
            reviewers={reviewers}
            assign={assignAccreditationReviewer.bind(null, trustId)}
          />
        </Section>
      )}
      {view.status === "IN_REVIEW" && (
        <Section title="Peer review">
          <p className="mb-3">
            Waiting for {view.reviewerName} to send the review. The visit is recorded once it is in.
          </p>
          <AssignForm
            submissionId={view.id}
            reviewers={reviewers}
            current={view.reviewerId}
            assign={reassignAccreditationReviewer.bind(null, trustId)}
          />
        </Section>
      )}
      {view.status === "REVIEWED" && (
        <Section title="Visit assessors">
          <p className="mb-3">
            Invite the people from outside the school who will carry out the visit. Each sees this
            self-evaluation, its peer review and evidence only, and can record the visit.
          </p>
          {visitAssessors.length === 0 ? (
            <EmptyState>Nobody is invited yet.</EmptyState>
          ) : (
            <ul className="mb-4 flex flex-col gap-1">
              {visitAssessors.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span>
                    {a.name} ({a.email}):{" "}
                    {a.accepted
                      ? "accepted"
                      : a.withdrawn
                        ? "invitation withdrawn"
                        : a.expired
                          ? "the link has expired; invite again"
                          : "invited"}
                  </span>
                  {!a.accepted && !a.withdrawn && !a.expired && (
                    <ActionButton
                      label="Withdraw"
                      srLabel={`the invitation of ${a.name}`}
                      variant="secondary"
                      values={{ assessorId: a.id }}
                      action={withdrawAccreditationVisitAssessor.bind(null, trustId)}
                      confirm={`Withdraw ${a.name}'s invitation? Their link will say it was withdrawn.`}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          <VisitAssessorForm
            submissionId={view.id}
            invite={inviteAccreditationVisitAssessor.bind(null, trustId)}
          />
        </Section>
      )}
      {view.status === "REVIEWED" && (
        <Section title="Record the assessment visit">
          <VisitForm
            submissionId={view.id}
            today={londonDay(new Date())}
            assessors={acceptedNames.join(", ")}
            record={recordAccreditationVisit.bind(null, trustId)}
          />
        </Section>
      )}
      {view.visit && (
        <Section title="Assessment visit">
          <VisitSummary visit={view.visit} />
        </Section>
      )}
      {view.status === "VISITED" && (
        <Section title="Decide">
          <DecisionForm
            submissionId={view.id}
            supported={supportedLevel(criterionRefs(view.scheme), peer)}
            decide={decideAccreditation.bind(null, trustId)}
          />
        </Section>
      )}
      {view.decision && (
        <Section title="Decision">
          <DecisionSummary decision={view.decision} />
        </Section>
      )}
      {view.reviewNote && (
        <Section title="The peer reviewer's note">
          <p className="whitespace-pre-line">{view.reviewNote}</p>
        </Section>
      )}
      <Section title="Self-evaluation and peer review">
        <CriteriaRead strands={rowsOf(view, { evidence })} showPeer />
      </Section>
    </>
  );
}
