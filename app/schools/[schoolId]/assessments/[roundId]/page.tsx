import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AnswersReadOnly } from "@/components/assessment/answers-read-only";
import { AssessmentIntro } from "@/components/assessment/assessment-intro";
import { AssessmentWizard } from "@/components/assessment/assessment-wizard";
import { MODE_LABELS } from "@/components/assessment/format";
import { formatDate } from "@/lib/format";
import { SubmittedView } from "@/components/assessment/submitted-view";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { myAnswerTimes } from "@/lib/assessment/answer-times";
import { trainingValue } from "@/lib/assessment/draft";
import { startOrResume } from "@/lib/assessment/queries";
import { UserError } from "@/lib/errors";
import { getRound, listMyRounds } from "@/lib/rounds/queries";
import type { SchoolContext } from "@/lib/tenancy/context";
import { requireSchool } from "@/lib/tenancy/guard";
import { saveMyTraining, submitMyAssessment } from "./actions";

export const metadata: Metadata = { title: "Self-assessment" };

type Props = {
  params: Promise<{ schoolId: string; roundId: string }>;
  searchParams: Promise<{ start?: string | string[] }>;
};

const serverClock = () => Date.now();

export default async function AssessmentPage({ params, searchParams }: Props) {
  const { schoolId, roundId } = await params;
  const ctx = await requireSchool(schoolId, "assessment:take");
  const home = `/schools/${schoolId}`;
  const mine = (await listMyRounds(ctx)).find((r) => r.id === roundId);
  if (!mine) {
    const round = await roundOrNotFound(ctx, roundId);
    return (
      <Refusal title={round.title} home={home}>
        This self-assessment does not ask you to take part, so there is nothing for you to answer. If you
        think it should, ask your senior mental health lead.
      </Refusal>
    );
  }
  const lead = `Self-assessment · ${MODE_LABELS[mine.mode]} round · ${mine.status === "CLOSED" ? "closed" : "closes"} ${formatDate(mine.closedAt ?? mine.closesAt, { weekday: true })}`;
  const header = <PageHeader title={mine.title} lead={lead} />;
  // Nothing is created until the person has read who will see their answers and chosen to start.
  if (mine.myStatus === "NOT_STARTED" && ((await searchParams).start !== "1" || mine.status !== "OPEN")) {
    return (
      <>
        {header}
        <AssessmentIntro round={mine} startHref={`${home}/assessments/${roundId}?start=1`} />
      </>
    );
  }
  let view;
  try {
    view = await startOrResume(ctx, roundId);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return (
      <Refusal title={mine.title} home={home}>
        {error.message}
      </Refusal>
    );
  }
  if (view.status === "SUBMITTED" && view.results) {
    return (
      <>
        {header}
        <SubmittedView
          home={home}
          submittedAt={view.submittedAt}
          results={view.results}
          requiredTier={view.requiredTier}
          scale={view.ratingScale}
          steps={view.steps}
          answers={view.answers}
        />
      </>
    );
  }
  if (view.readOnly) {
    return (
      <>
        {header}
        <div className="flex flex-col gap-4">
          <Alert>
            This self-assessment closed before you submitted it, so your answers can no longer be changed.
          </Alert>
          <AnswersReadOnly steps={view.steps} answers={view.answers} scale={view.ratingScale} />
        </div>
        <BackHome home={home} />
      </>
    );
  }
  return (
    <>
      {header}
      <AssessmentWizard
        schoolId={schoolId}
        home={home}
        personId={ctx.personId}
        round={{ id: view.round.id, title: view.round.title, mode: view.round.mode }}
        frameworkVersionId={view.frameworkVersionId}
        ratingScale={view.ratingScale}
        requiredTier={view.requiredTier}
        steps={view.steps}
        server={{
          answers: view.answers,
          answerTimes: await myAnswerTimes(ctx, roundId),
          training: trainingValue(view.training),
          currentStep: view.currentStep,
        }}
        serverNow={serverClock()}
        saveTraining={saveMyTraining.bind(null, schoolId)}
        submit={submitMyAssessment.bind(null, schoolId)}
      />
    </>
  );
}

/** A round of another school, or no round at all, is a 404 like any other resource. */
async function roundOrNotFound(ctx: SchoolContext, roundId: string) {
  try {
    return await getRound(ctx, roundId);
  } catch (error) {
    if (error instanceof UserError) notFound();
    throw error;
  }
}

function Refusal({ title, home, children }: { title: string; home: string; children: ReactNode }) {
  return (
    <>
      <PageHeader title={title} lead="Self-assessment" />
      <Alert>{children}</Alert>
      <BackHome home={home} />
    </>
  );
}

function BackHome({ home }: { home: string }) {
  return (
    <p className="mt-6">
      <Link href={home} className="text-harbour-700 underline">
        Back to home
      </Link>
    </p>
  );
}
