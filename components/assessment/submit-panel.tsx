"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type MissingStep = { index: number; title: string; count: number };

/** The end of the last step: what is still unanswered (with a way to each step), then Submit. */
export function SubmitPanel({
  missing,
  showMissing,
  attempt,
  busy,
  error,
  onSubmit,
  onGo,
}: {
  missing: MissingStep[];
  showMissing: boolean;
  /** Bumped on every refused attempt, so focus moves to the summary each time. */
  attempt: number;
  busy: boolean;
  error: string | null;
  onSubmit: () => void;
  onGo: (index: number) => void;
}) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);
  const total = missing.reduce((n, m) => n + m.count, 0);
  return (
    <section aria-labelledby="submit-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="submit-heading" className="mb-2 text-lg font-semibold">
        Submit your self-assessment
      </h3>
      <p className="mb-3">
        Once you submit, your answers can no longer be changed. You will see your results straight away.
      </p>
      <div ref={summary} tabIndex={-1} className="mb-3 flex flex-col gap-3 focus:outline-none">
        {showMissing && total > 0 && (
          <Alert tone="error">
            <p className="font-medium">
              {total === 1 ? "1 statement still needs a rating:" : `${total} statements still need a rating:`}
            </p>
            <ul className="mt-1 flex flex-col">
              {missing.map((m) => (
                <li key={m.index}>
                  <button
                    type="button"
                    onClick={() => onGo(m.index)}
                    className="min-h-11 text-left text-red-900 underline"
                  >
                    Step {m.index + 1}: {m.title} ({m.count} unanswered)
                  </button>
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {error && <Alert tone="error">{error}</Alert>}
      </div>
      <Button type="button" onClick={onSubmit} busy={busy}>
        Submit my answers
      </Button>
    </section>
  );
}
