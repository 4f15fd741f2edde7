"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { reach } from "@/components/ui/reach";

export type Notice = {
  id: string;
  message: string;
  createdAt: Date;
  roundId: string | null;
  trainingRecordId: string | null;
  caseStudyId?: string | null;
};

/** Unread in-app reminders (to answer a round, or that training expires soon), each of which can be dismissed. */
export function Notices({
  schoolId,
  notices,
  dismiss,
}: {
  schoolId: string;
  notices: Notice[];
  dismiss: (input: { notificationId: string }) => Promise<ActionResult<unknown>>;
}) {
  // Hidden at once when dismissed; the server's list catches up on the next visit.
  const [gone, setGone] = useState<string[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = notices.filter((n) => !gone.includes(n.id));
  if (shown.length === 0 && !error) return null;

  async function onDismiss(id: string) {
    setBusy(id);
    setError(null);
    const result = await reach(() => dismiss({ notificationId: id }));
    if (result.ok) setGone((g) => [...g, id]);
    else setError(result.message);
    setBusy(null);
  }

  return (
    <section
      aria-labelledby="notices-heading"
      className="mb-6 rounded-lg border-l-4 border-harbour-600 bg-harbour-50 p-4"
    >
      <h2 id="notices-heading" className="mb-2 text-lg font-semibold">
        Reminders
      </h2>
      {error && (
        <p role="alert" className="mb-2 font-medium text-red-800">
          {error}
        </p>
      )}
      <ul className="flex flex-col gap-3">
        {shown.map((n) => (
          <li key={n.id} className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
            <p>
              {n.message}{" "}
              {n.caseStudyId ? (
                <Link
                  href={`/schools/${schoolId}/network/${n.caseStudyId}`}
                  className="text-harbour-700 underline"
                >
                  Open the case study
                </Link>
              ) : n.roundId ? (
                <Link
                  href={`/schools/${schoolId}/assessments/${n.roundId}`}
                  className="text-harbour-700 underline"
                >
                  Go to the self-assessment
                </Link>
              ) : (
                <Link href={`/schools/${schoolId}/records`} className="text-harbour-700 underline">
                  See your training records
                </Link>
              )}
            </p>
            <Button type="button" variant="secondary" busy={busy === n.id} onClick={() => onDismiss(n.id)}>
              Dismiss<span className="sr-only"> this reminder</span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
