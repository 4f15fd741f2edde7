"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { reach } from "@/components/ui/reach";
import type { ActionResult } from "@/lib/actions/result";
import type { ReviewActionInput } from "@/lib/review/forms";

type Props = { reviewId: string; action: (v: ReviewActionInput) => Promise<ActionResult<unknown>> };

/** Closing makes the review read-only and the school's figures part of the benchmarks, so it asks first. */
export function CloseReviewButton({ reviewId, action }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function close() {
    if (!window.confirm("Close the review as agreed? No one can change it after this.")) return;
    setBusy(true);
    const outcome = await reach(() => action({ reviewId }));
    setBusy(false);
    setError(outcome.ok ? null : outcome.message);
  }

  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button type="button" busy={busy} onClick={close}>
          Close the review as agreed
        </Button>
      </div>
      <div aria-live="polite">{error && <Alert tone="error">{error}</Alert>}</div>
    </div>
  );
}
