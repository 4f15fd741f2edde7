import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Section } from "@/components/ui/page-header";
import type { MyRound } from "@/lib/rounds/queries";
import { formatDate } from "@/lib/format";
import { ModeNotice } from "./mode-notice";

/** Before the first answer: who will see the answers, what to expect, then Start. */
export function AssessmentIntro({ round, startHref }: { round: MyRound; startHref: string }) {
  return (
    <div className="flex flex-col gap-4">
      <ModeNotice mode={round.mode} />
      <Section title="Before you start">
        <ul className="flex list-disc flex-col gap-2 pl-5">
          <li>
            You rate yourself from 0 (Not yet) to 4 (Leading) on statements for your role, one area at a time,
            then answer a few questions about training.
          </li>
          <li>
            Your answers are saved as you go, and kept on this device if the connection drops. You can stop
            and come back at any time before {formatDate(round.closesAt, { weekday: true })}.
          </li>
          <li>There are no right or wrong answers: honest ratings lead to training that helps you.</li>
        </ul>
      </Section>
      {round.status === "OPEN" ? (
        <p>
          <Link
            href={startHref}
            className="inline-flex min-h-11 items-center justify-center rounded-md bg-harbour-700 px-4 py-2 font-medium text-white hover:bg-harbour-800"
          >
            Start the self-assessment
          </Link>
        </p>
      ) : (
        <Alert>
          {round.status === "SCHEDULED"
            ? `This self-assessment opens on ${formatDate(round.opensAt, { weekday: true })}.`
            : `This self-assessment closed on ${formatDate(round.closedAt ?? round.closesAt, { weekday: true })}, so it can no longer be answered.`}
        </Alert>
      )}
    </div>
  );
}
