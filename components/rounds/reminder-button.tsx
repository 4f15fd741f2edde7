"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { RoundActionInput } from "@/lib/rounds/forms";
import { reach, type Reached } from "@/components/ui/reach";

type Sent = { notified: number; emailed: number };

function sentMessage({ notified, emailed }: Sent): string {
  if (notified === 0) return "Everyone asked has submitted, so no one needed a reminder.";
  const people = `${notified} ${notified === 1 ? "person" : "people"}`;
  if (emailed === notified) return `Reminder sent to ${people}, by email and in Harbour.`;
  if (emailed === 0) return `Reminder sent to ${people} in Harbour. They will see it on their home page.`;
  return `Reminder sent to ${people} in Harbour; ${emailed} also by email.`;
}

export function ReminderButton({
  roundId,
  action,
}: {
  roundId: string;
  action: (v: RoundActionInput) => Promise<ActionResult<Sent>>;
}) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Reached<ActionResult<Sent>> | null>(null);

  async function remind() {
    setBusy(true);
    setResult(null);
    setResult(await reach(() => action({ roundId })));
    setBusy(false);
  }

  return (
    <div className="flex flex-col gap-2">
      <p id="remind-hint" className="text-sm text-slate-700">
        Everyone asked who has not submitted gets a notice in Harbour, and an email when email is set up. One
        reminder can be sent every ten minutes.
      </p>
      <div>
        <Button type="button" variant="secondary" busy={busy} onClick={remind} aria-describedby="remind-hint">
          Send reminders
        </Button>
      </div>
      <div aria-live="polite">
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && <Alert tone="success">{sentMessage(result.data)}</Alert>}
      </div>
    </div>
  );
}
