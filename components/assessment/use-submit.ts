"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { AutosaveQueue } from "@/lib/assessment/autosave";
import type { OwnResults } from "@/lib/assessment/rules";
import { reach } from "@/components/ui/reach";

export type Submitted = { submittedAt: Date | null; results: OwnResults | null };
export type SubmitAction = (input: {
  roundId: string;
  frameworkVersionId: string;
  submitKey: string;
}) => Promise<ActionResult<Submitted>>;

/** crypto.randomUUID needs a secure context; a school's intranet over plain http may not be one. */
function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join(
    "",
  );
}

/**
 * Submitting: first every unsent change must reach the server, then one submit with a key made
 * once and kept in the draft, so a retry after a lost reply is recognised as the same submit.
 */
export function useSubmit(opts: {
  queue: AutosaveQueue;
  roundId: string;
  frameworkVersionId: string;
  submit: SubmitAction;
  onDone: (submitted: Submitted) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      if (!(await opts.queue.flush(true))) {
        setError(
          "Your latest answers have not reached Harbour yet, so they cannot be submitted. They are kept on this device: check your connection and press Submit again.",
        );
        return;
      }
      const submitKey = opts.queue.submitKey(newKey);
      const result = await reach(() =>
        opts.submit({ roundId: opts.roundId, frameworkVersionId: opts.frameworkVersionId, submitKey }),
      );
      if (!result.ok) {
        // Unreached: say so in the common words, and that pressing again is safe (same submit key).
        setError(
          result.code === "network"
            ? `${result.message} Your answers are kept; pressing Submit again is safe.`
            : result.message,
        );
        return;
      }
      opts.queue.forget();
      opts.onDone(result.data);
    } catch {
      setError(
        "Harbour could not be reached, so your answers were not submitted yet. Check your connection and press Submit again: pressing it more than once is safe.",
      );
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, run };
}
