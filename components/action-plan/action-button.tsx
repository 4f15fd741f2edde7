"use client";
// One button that calls one server action and says what happened.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { reach } from "@/components/ui/reach";
import type { ActionResult } from "@/lib/actions/result";

export function ActionButton<T>({ label, run }: { label: string; run: () => Promise<ActionResult<T>> }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <div aria-live="polite">{error && <Alert tone="error">{error}</Alert>}</div>
      <div>
        <Button
          type="button"
          busy={busy}
          onClick={async () => {
            setBusy(true);
            const out = await reach(run);
            setBusy(false);
            if (out.ok) router.refresh();
            else setError(out.message);
          }}
        >
          {label}
        </Button>
      </div>
    </div>
  );
}
