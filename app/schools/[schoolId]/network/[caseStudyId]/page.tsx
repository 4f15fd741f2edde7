import type { Metadata } from "next";
import Link from "next/link";
import { PrincipleTags } from "@/components/network/principle-tags";
import { QuestionForm, ReplyForm } from "@/components/network/question-forms";
import { StepButton } from "@/components/network/step-button";
import { Alert } from "@/components/ui/alert";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { formatDate, formatDateTime } from "@/lib/format";
import {
  caseStudyCriteria,
  caseStudyFor,
  questionsFor,
  type CaseStudyView,
  type QuestionView,
} from "@/lib/network/queries";
import { allowedSteps, nextStepWords, STATUS_WORDS } from "@/lib/network/rules";
import { SCHOOL_PHASE_LABELS } from "@/lib/people/labels";
import { can } from "@/lib/permissions";
import type { SchoolContext } from "@/lib/tenancy/context";
import { requireSchool } from "@/lib/tenancy/guard";
import { orNotFound } from "@/lib/tenancy/resource";
import {
  askCaseStudyContact,
  askCaseStudyQuestion,
  decideCaseStudyConsent,
  publishCaseStudy,
  replyToCaseStudyQuestion,
  withdrawCaseStudy,
} from "../actions";

export const metadata: Metadata = { title: "Case study" };

/**
 * One case study: the school's own (its leaders, and its named contact, who agrees here), or another
 * school's published one. Only names appear: the school's and the people's, never an email address.
 */
export default async function CaseStudyPage({
  params,
}: {
  params: Promise<{ schoolId: string; caseStudyId: string }>;
}) {
  const { schoolId, caseStudyId } = await params;
  const ctx = await requireSchool(schoolId);
  const study = await orNotFound(caseStudyFor(ctx, caseStudyId));
  const [questions, criteria] = await Promise.all([
    questionsFor(ctx, study.id),
    caseStudyCriteria(ctx, study.criterionIds),
  ]);
  return (
    <>
      <PageHeader
        title={study.title}
        lead={`${study.own ? `${study.schoolName} (your school)` : study.schoolName} · ${SCHOOL_PHASE_LABELS[study.phase]}${
          study.publishedAt && study.status === "PUBLISHED"
            ? ` · published ${formatDate(study.publishedAt)}`
            : ""
        }`}
      />
      {study.workflow && <Workflow ctx={ctx} study={study} />}
      <Section title="Summary">
        <p className="mb-3 whitespace-pre-line">{study.summary}</p>
        <PrincipleTags keys={study.principleKeys} />
        {criteria.length > 0 && (
          <>
            <h3 className="mt-3 font-medium">Accreditation criteria it shows</h3>
            <ul className="list-disc pl-5 text-sm">
              {criteria.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <Section title="What we did">
        <p className="whitespace-pre-line">{study.whatWeDid}</p>
      </Section>
      <Section title="The impact it had">
        <p className="whitespace-pre-line">{study.impact}</p>
      </Section>
      <Section title="Contact">
        <p>
          {study.contactName
            ? `${study.contactName} at ${study.schoolName}.`
            : "No contact has been chosen yet."}{" "}
          {!study.own &&
            "Ask them through Harbour below: your question and their reply stay between your two schools."}
        </p>
      </Section>
      <Questions ctx={ctx} study={study} questions={questions} />
      {can(ctx.role, "network:view") && (
        <p>
          <Link
            href={`/schools/${schoolId}/network${study.own ? "/ours" : ""}`}
            className="text-harbour-700 underline"
          >
            {study.own ? "Back to your school's case studies" : "Back to the library"}
          </Link>
        </p>
      )}
    </>
  );
}

function Workflow({ ctx, study }: { ctx: SchoolContext; study: CaseStudyView }) {
  const w = study.workflow!;
  const steps = allowedSteps({ status: study.status, contactId: w.contactId, agreedAt: w.agreedAt });
  const manage = can(ctx.role, "network:manage");
  const values = { caseStudyId: study.id };
  const asContact = w.isContact && steps.includes("agree");
  return (
    <Section title={`Status: ${STATUS_WORDS[study.status]}`}>
      <p className="mb-3">
        {nextStepWords({ status: study.status, contactId: w.contactId, agreedAt: w.agreedAt })}
      </p>
      {w.declinedAt && study.status === "DRAFT" && (
        <div className="mb-3">
          <Alert tone="info">
            The contact declined on {formatDate(w.declinedAt)}. Choose another contact, or talk to them.
          </Alert>
        </div>
      )}
      {asContact && (
        <div className="mb-3 flex flex-col gap-3">
          <p>
            You are asked to be the named contact. Other schools in the network will see your name (never your
            email address) and can send you questions through Harbour.
          </p>
          <div className="flex flex-wrap gap-3">
            <StepButton
              label="I agree to be named"
              action={decideCaseStudyConsent.bind(null, ctx.schoolId)}
              values={{ ...values, decision: "agree" as const }}
            />
            <StepButton
              label="I decline"
              variant="secondary"
              action={decideCaseStudyConsent.bind(null, ctx.schoolId)}
              values={{ ...values, decision: "decline" as const }}
            />
          </div>
        </div>
      )}
      {manage && (
        <div className="flex flex-wrap gap-3">
          {steps.includes("edit") && (
            <Link
              href={`/schools/${ctx.schoolId}/network/${study.id}/edit`}
              className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
            >
              Edit
            </Link>
          )}
          {steps.includes("ask-contact") && (
            <StepButton
              label="Ask the contact to agree"
              action={askCaseStudyContact.bind(null, ctx.schoolId)}
              values={values}
            />
          )}
          {steps.includes("publish") && (
            <StepButton
              label="Publish to the network"
              action={publishCaseStudy.bind(null, ctx.schoolId)}
              values={values}
            />
          )}
          {steps.includes("withdraw") && (
            <StepButton
              label={study.status === "PUBLISHED" ? "Withdraw from the network" : "Stop asking the contact"}
              variant="danger"
              action={withdrawCaseStudy.bind(null, ctx.schoolId)}
              values={values}
            />
          )}
        </div>
      )}
    </Section>
  );
}

function Questions({
  ctx,
  study,
  questions,
}: {
  ctx: SchoolContext;
  study: CaseStudyView;
  questions: QuestionView[];
}) {
  const mayReply = study.own && (study.workflow?.isContact || can(ctx.role, "network:manage"));
  const mayAsk = !study.own && study.status === "PUBLISHED" && can(ctx.role, "network:manage");
  if (study.own && study.status !== "PUBLISHED" && questions.length === 0) return null;
  return (
    <Section title={study.own ? "Questions from other schools" : "Your school's questions"}>
      {questions.length === 0 ? (
        <EmptyState>
          {study.own ? "No school has asked a question yet." : "Your school has not asked anything yet."}
        </EmptyState>
      ) : (
        <ol className="mb-4 flex flex-col gap-4">
          {questions.map((q) => (
            <li key={q.id} className="rounded-md border border-slate-200 p-3">
              <p className="text-sm text-slate-700">
                {q.askerName}, {q.askerSchoolName}, asked on {formatDateTime(q.createdAt)}
              </p>
              <p className="mb-2 whitespace-pre-line">{q.body}</p>
              {q.reply ? (
                <div className="border-l-4 border-harbour-600 pl-3">
                  <p className="text-sm text-slate-700">
                    {q.replierName} replied on {formatDateTime(q.repliedAt!)}
                  </p>
                  <p className="whitespace-pre-line">{q.reply}</p>
                </div>
              ) : mayReply ? (
                <ReplyForm questionId={q.id} action={replyToCaseStudyQuestion.bind(null, ctx.schoolId)} />
              ) : (
                <p className="text-sm text-slate-700">No reply yet.</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {mayAsk && (
        <QuestionForm caseStudyId={study.id} action={askCaseStudyQuestion.bind(null, ctx.schoolId)} />
      )}
    </Section>
  );
}
