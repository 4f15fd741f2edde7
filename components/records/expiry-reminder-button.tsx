"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { reach, type Reached } from "@/components/ui/reach";

type Sent = { notified: number; emailed: number };

function sentMessage({ notified, emailed }: Sent): string {
  if (notified === 0)
    return "No one needed a reminder: everyone with expiring training was reminded this week.";
  const people = `${notified} ${notified === 1 ? "reminder" : "reminders"}`;
  return emailed > 0
    ? `Sent ${people} in Harbour; ${emailed} also by email.`
    : `Sent ${people} in Harbour, shown on each person's home page.`;
}

/** The lead reminds everyone whose training expires soon; each record is reminded at most once a week. */
export function ExpiryReminderButton({
  action,
}: {
  action: (v: Record<string, never>) => Promise<ActionResult<Sent>>;
}) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Reached<ActionResult<Sent>> | null>(null);

  async function remind() {
    setBusy(true);
    setResult(null);
    setResult(await reach(() => action({})));
    setBusy(false);
  }

  return (
    <div className="mt-3 flex flex-col gap-2">
      <div>
        <Button type="button" variant="secondary" busy={busy} onClick={remind}>
          Remind them to book a refresher
        </Button>
      </div>
      <div aria-live="polite">
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && <Alert tone="success">{sentMessage(result.data)}</Alert>}
      </div>
    </div>
  );
}
