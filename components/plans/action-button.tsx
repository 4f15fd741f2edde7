"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { reach } from "@/components/ui/reach";

type Props<V> = {
  label: string;
  /** Extra words for screen readers, e.g. which booking the button removes. */
  srLabel?: string;
  values: V;
  action: (values: V) => Promise<ActionResult<unknown>>;
  variant?: "primary" | "secondary" | "danger";
  confirm?: string;
};

/** One click, one action with fixed values; the server's message appears beside the button. */
export function ActionButton<V>({
  label,
  srLabel,
  values,
  action,
  variant = "secondary",
  confirm,
}: Props<V>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    if (confirm && !window.confirm(confirm)) return;
    setBusy(true);
    setError(null);
    const out = await reach(() => action(values));
    if (!out.ok) setError(out.message);
    setBusy(false);
  }
  return (
    <span className="inline-flex flex-col gap-1 print:hidden">
      <Button type="button" variant={variant} busy={busy} onClick={run}>
        {label}
        {srLabel && <span className="sr-only"> {srLabel}</span>}
      </Button>
      <span aria-live="polite">
        {error && <span className="text-sm font-medium text-red-800">{error}</span>}
      </span>
    </span>
  );
}
