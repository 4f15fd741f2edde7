"use client";
// One button for one step of a case study (ask the contact, agree, publish): it calls its server
// action with fixed values, then shows the page again or says what went wrong beside it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { reach } from "@/components/ui/reach";
import type { ActionResult } from "@/lib/actions/result";

type Props<V> = {
  label: string;
  variant?: "primary" | "secondary" | "danger";
  action: (values: V) => Promise<ActionResult<unknown>>;
  values: V;
};

export function StepButton<V>({ label, variant = "primary", action, values }: Props<V>) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <Button
        type="button"
        variant={variant}
        busy={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const out = await reach(() => action(values));
          setBusy(false);
          if (out.ok) router.refresh();
          else setError(out.message);
        }}
      >
        {label}
      </Button>
      <div aria-live="polite">{error && <Alert tone="error">{error}</Alert>}</div>
    </div>
  );
}
