import type { Metadata } from "next";
import { ActionButton } from "@/components/action-plan/action-button";
import { CriteriaRead } from "@/components/accreditation/criteria-read";
import { SelfEvaluationForm } from "@/components/accreditation/self-evaluation-form";
import { DecisionSummary, Steps, StrandTable, VisitSummary } from "@/components/accreditation/status";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { decisionWords } from "@/lib/accreditation/levels";
import { criterionEvidence } from "@/lib/accreditation/evidence";
import { schoolAccreditation } from "@/lib/accreditation/school";
import { scopeOf } from "@/lib/tenancy/context";
import { progressOf, rowsOf } from "@/lib/accreditation/view-model";
import { formatDate } from "@/lib/format";
import { can } from "@/lib/permissions";
import { requireSchool } from "@/lib/tenancy/guard";
import {
  saveAccreditationSelfEvaluation,
  startAccreditation,
  submitAccreditationSelfEvaluation,
} from "./actions";

export const metadata: Metadata = { title: "Accreditation" };

export default async function AccreditationPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "accreditation:view");
  const { current, history, measures } = await schoolAccreditation(ctx);
  // Each criterion's tagged evidence from the school's library (lead and head only).
  const evidence =
    current && can(ctx.role, "evidence:view")
      ? await criterionEvidence(scopeOf(ctx), current, (id) => `/schools/${schoolId}/evidence/${id}/file`)
      : new Map();
  const mayEdit = can(ctx.role, "accreditation:self-evaluate");
  const latest = history[0];
  return (
    <>
      <PageHeader
        title="Accreditation"
        lead="Evaluate the school against Harbour's six strands, have another school's lead peer-review it, then an assessment visit and a decision."
      />
      {latest && (
        <Section title="Current accreditation">
          <p>
            <span className="font-semibold">{latest.level ? decisionWords(latest.level) : ""}</span>
            {latest.decidedAt && <> since {formatDate(latest.decidedAt)}</>}
            {latest.renewalDue && <>; due for renewal on {formatDate(latest.renewalDue)}</>}.
          </p>
        </Section>
      )}
      {!current ? (
        <Section title="Self-evaluation">
          <EmptyState>
            {latest
              ? "No self-evaluation is in progress. Start the next one in good time before renewal."
              : "The school has not started a self-evaluation yet."}
          </EmptyState>
          {mayEdit ? (
            <div className="mt-3">
              <ActionButton
                label="Start a self-evaluation"
                run={startAccreditation.bind(null, schoolId, {})}
              />
            </div>
          ) : (
            <p className="mt-3 text-slate-700">The school&apos;s senior mental health lead starts it.</p>
          )}
        </Section>
      ) : (
        <>
          <Section title="Where the school is">
            <Steps status={current.status} />
            <div className="mt-4">
              <StrandTable
                progress={progressOf(current)}
                titles={new Map(current.scheme.strands.map((s) => [s.position, s.title]))}
              />
            </div>
            {current.reviewerName && (
              <p className="mt-3">
                Peer reviewer: {current.reviewerName}, {current.reviewerSchoolName}.
              </p>
            )}
          </Section>
          {current.status === "DRAFT" && mayEdit ? (
            <Section title="Self-evaluation">
              <p className="mb-4 text-slate-700">
                Rate each criterion and say what the school does. Save as you go; once submitted, the
                self-evaluation cannot be changed.
              </p>
              <SelfEvaluationForm
                submissionId={current.id}
                strands={rowsOf(current, { live: measures, evidence })}
                save={saveAccreditationSelfEvaluation.bind(null, schoolId)}
                submit={submitAccreditationSelfEvaluation.bind(null, schoolId)}
              />
            </Section>
          ) : (
            <>
              {current.reviewNote && (
                <Section title="The peer reviewer's note">
                  <p className="whitespace-pre-line">{current.reviewNote}</p>
                </Section>
              )}
              {current.visit && (
                <Section title="Assessment visit">
                  <VisitSummary visit={current.visit} />
                </Section>
              )}
              <Section title="Self-evaluation">
                {current.status === "DRAFT" && (
                  <p className="mb-3 text-slate-700">The lead is still writing the self-evaluation.</p>
                )}
                <CriteriaRead
                  strands={rowsOf(
                    current,
                    current.status === "DRAFT" ? { live: measures, evidence } : { evidence },
                  )}
                  showPeer
                />
              </Section>
            </>
          )}
        </>
      )}
      {history.length > 0 && (
        <Section title="Earlier decisions">
          <ul className="flex flex-col gap-1">
            {history.map((h) => (
              <li key={h.id}>
                {h.decidedAt ? formatDate(h.decidedAt) : ""}: {h.level ? decisionWords(h.level) : ""}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {current?.decision && (
        <Section title="Decision">
          <DecisionSummary decision={current.decision} />
        </Section>
      )}
    </>
  );
}
