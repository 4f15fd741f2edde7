"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { reach, type Reached } from "@/components/ui/reach";
import type { ActionResult } from "@/lib/actions/result";
import type { OperatorDecision } from "@/lib/school-requests/operator";
import type { OperatorDecisionInput } from "@/lib/school-requests/schemas";

type Props = {
  requestId: string;
  label: string;
  decide: (values: OperatorDecisionInput) => Promise<ActionResult<OperatorDecision>>;
};

/** Confirm or Refuse; a confirmation shows the lead's invitation link, to pass on by hand. */
export function SchoolRequestDecision({ requestId, label, decide }: Props) {
  const [result, setResult] = useState<Reached<ActionResult<OperatorDecision>> | null>(null);
  const [busy, start] = useTransition();
  const send = (decision: OperatorDecisionInput["decision"]) =>
    start(async () => setResult(await reach(() => decide({ requestId, decision }))));
  if (result?.ok) {
    const d = result.data;
    return (
      <div className="mt-3">
        {d.decision === "CONFIRMED" ? (
          <Alert tone="success">
            <p className="mb-2">
              {d.schoolName} is now in Harbour. Pass this link to {d.email}; it works once, for 7 days:
            </p>
            <a href={d.link} className="break-all text-harbour-700 underline" data-testid="invitation-link">
              {d.link}
            </a>
          </Alert>
        ) : (
          <Alert tone="info">Refused. Nothing was made for {d.schoolName}.</Alert>
        )}
      </div>
    );
  }
  return (
    <div className="mt-3 flex flex-col gap-2">
      <div aria-live="polite">{result && !result.ok && <Alert tone="error">{result.message}</Alert>}</div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" busy={busy} onClick={() => send("CONFIRM")}>
          Confirm<span className="sr-only"> {label}</span>
        </Button>
        <Button type="button" variant="danger" disabled={busy} onClick={() => send("REFUSE")}>
          Refuse<span className="sr-only"> {label}</span>
        </Button>
      </div>
    </div>
  );
}
