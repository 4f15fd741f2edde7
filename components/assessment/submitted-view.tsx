"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import type { OwnResults, Step } from "@/lib/assessment/rules";
import type { RatingLevel } from "@/lib/framework/versioning";
import type { Tier } from "@/lib/tiers";
import { AnswersReadOnly } from "./answers-read-only";
import { formatDate } from "@/lib/format";
import { OwnResultsView } from "./own-results";

/** After submitting (straight away, or on a later visit): the results, then the answers, read-only. */
export function SubmittedView({
  justSubmitted = false,
  submittedAt,
  results,
  requiredTier,
  scale,
  steps,
  answers,
  home,
}: {
  home: string;
  justSubmitted?: boolean;
  submittedAt: Date | string | null;
  results: OwnResults;
  requiredTier: Tier;
  scale: RatingLevel[];
  steps: Step[];
  answers: Record<string, { rating: number | null; comment: string | null }>;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Straight after submitting, the wizard is replaced: move focus to the results it was replaced by.
  useEffect(() => {
    if (justSubmitted) heading.current?.focus();
  }, [justSubmitted]);
  return (
    <div className="flex flex-col gap-4">
      <Alert tone="success">
        {justSubmitted
          ? "Thank you: your self-assessment has been submitted."
          : "You have submitted this self-assessment."}
        {submittedAt && ` Submitted on ${formatDate(submittedAt, { weekday: true })}.`} Your answers can no
        longer be changed.
      </Alert>
      <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        Your results
      </h2>
      <OwnResultsView results={results} scale={scale} requiredTier={requiredTier} />
      <AnswersReadOnly steps={steps} answers={answers} scale={scale} />
      <p>
        <Link href={home} className="text-harbour-700 underline">
          Back to home
        </Link>
      </p>
    </div>
  );
}
