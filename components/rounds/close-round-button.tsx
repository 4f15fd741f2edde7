"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { RoundActionInput } from "@/lib/rounds/forms";
import { reach } from "@/components/ui/reach";

type Props = {
  roundId: string;
  title: string;
  action: (v: RoundActionInput) => Promise<ActionResult<unknown>>;
};

/** Closing early cannot be undone, so it asks first. Answers in progress stay unsubmitted. */
export function CloseRoundButton({ roundId, title, action }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function close() {
    const question = `Close “${title}” now? No one can answer after this, answers not yet submitted are not counted, and a closed round cannot be reopened.`;
    if (!window.confirm(question)) return;
    setBusy(true);
    const outcome = await reach(() => action({ roundId }));
    setBusy(false);
    setError(outcome.ok ? null : outcome.message);
  }

  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button type="button" variant="danger" busy={busy} onClick={close}>
          Close the round early
        </Button>
      </div>
      <div aria-live="polite">{error && <Alert tone="error">{error}</Alert>}</div>
    </div>
  );
}
