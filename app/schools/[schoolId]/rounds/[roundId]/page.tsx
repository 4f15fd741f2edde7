import type { Metadata } from "next";
import Link from "next/link";
import { CloseRoundButton } from "@/components/rounds/close-round-button";
import { ExtendRoundForm } from "@/components/rounds/extend-round-form";
import { ImportResponsesForm } from "@/components/rounds/import-responses-form";
import { PeopleLists } from "@/components/rounds/people-lists";
import { MergedGroupsNote, ProgressTable } from "@/components/rounds/progress-table";
import { ReminderButton } from "@/components/rounds/reminder-button";
import { RoundDetails } from "@/components/rounds/round-details";
import { RoundRemindersForm } from "@/components/rounds/round-reminders-form";
import { StatusBadge } from "@/components/rounds/status-badge";
import { PageHeader, Section } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { getRoundReminders } from "@/lib/reminders/queries";
import { getRoundProgress } from "@/lib/rounds/progress";
import { requireSchool } from "@/lib/tenancy/guard";
import { orNotFound } from "@/lib/tenancy/resource";
import { closeRound, extendRound, importRoundResponses, remindRound, setRoundReminderDays } from "../actions";

export const metadata: Metadata = { title: "Round" };

type Params = { params: Promise<{ schoolId: string; roundId: string }> };

export default async function RoundPage({ params }: Params) {
  const { schoolId, roundId } = await params;
  const ctx = await requireSchool(schoolId, "rounds:view");
  // A round of another school, or none, is a 404 like any other school's page.
  const { round, progress, k, figuresWithheld, notStarted, notFinished } = await orNotFound(
    getRoundProgress(ctx, roundId),
  );
  const manage = can(ctx.role, "rounds:manage");
  const open = round.status === "OPEN";
  const confidential = round.mode === "CONFIDENTIAL";
  const reminders = manage && round.status !== "CLOSED" ? await getRoundReminders(ctx, round.id) : null;

  return (
    <>
      <p className="mb-2">
        <Link href={`/schools/${schoolId}/rounds`} className="text-harbour-700 underline">
          All rounds
        </Link>
      </p>
      <PageHeader title={round.title} lead={<StatusBadge status={round.status} />} />
      <Section title="Details">
        <RoundDetails round={round} k={k} />
      </Section>
      <Section title="Progress">
        <div className="flex flex-col gap-6">
          <ProgressTable caption="Overall" groups={[progress.overall]} />
          {progress.overall.inProgress > 0 && (
            <p className="text-sm">
              {progress.overall.inProgress} {progress.overall.inProgress === 1 ? "person has" : "people have"}{" "}
              started but not submitted yet.
            </p>
          )}
          {progress.groups.length > 1 && (
            <ProgressTable
              caption={confidential ? "By group of staff" : "By job role"}
              groups={progress.groups}
            />
          )}
          {progress.bands.length > 1 && <ProgressTable caption="By required tier" groups={progress.bands} />}
          {confidential && <MergedGroupsNote k={k} />}
        </div>
      </Section>
      {notStarted && notFinished && (
        <Section title="Who has not finished">
          <PeopleLists notStarted={notStarted} notFinished={notFinished} />
        </Section>
      )}
      {manage && round.status !== "CLOSED" && (
        <Section title="Manage this round">
          <div className="flex flex-col gap-6">
            {open && <ReminderButton roundId={round.id} action={remindRound.bind(null, schoolId)} />}
            <RoundRemindersForm
              roundId={round.id}
              current={reminders}
              action={setRoundReminderDays.bind(null, schoolId)}
            />
            <ExtendRoundForm roundId={round.id} action={extendRound.bind(null, schoolId)} />
            <CloseRoundButton
              roundId={round.id}
              title={round.title}
              action={closeRound.bind(null, schoolId)}
            />
          </div>
        </Section>
      )}
      {manage && round.status === "CLOSED" && !round.closedAt && (
        <Section title="Manage this round">
          <p className="mb-3">The closing date has passed. A later date reopens the round.</p>
          <ExtendRoundForm roundId={round.id} action={extendRound.bind(null, schoolId)} />
        </Section>
      )}
      {manage && open && (
        <Section title="Import responses">
          <ImportResponsesForm roundId={round.id} action={importRoundResponses.bind(null, schoolId)} />
        </Section>
      )}
      {can(ctx.role, "gaps:view") && (
        <Section title="Gaps and training">
          <p>
            <Link
              href={`/schools/${schoolId}/rounds/${round.id}/gaps`}
              className="text-harbour-700 underline"
            >
              See the gap report for this round
            </Link>
            <span className="block text-sm text-slate-700">
              Need by competency, domain, tier and job role, and the starting point for a training plan.
            </span>
          </p>
        </Section>
      )}
      <Section title="Export responses">
        {!figuresWithheld ? (
          <p>
            <a
              href={`/schools/${schoolId}/rounds/${round.id}/export`}
              className="text-harbour-700 underline"
              download
            >
              Download submitted responses (CSV)
            </a>
            <span className="block text-sm text-slate-700">
              {round.mode === "NAMED"
                ? "One line per answer, with each person's email and name."
                : "One line per statement reported for each respondent, without names, emails, roles, dates or comments, in a shuffled order; every respondent has the same lines."}
            </span>
          </p>
        ) : (
          <p>{figuresWithheld}</p>
        )}
      </Section>
    </>
  );
}
