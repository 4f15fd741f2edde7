"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { reach } from "@/components/ui/reach";
import type { ActionResult } from "@/lib/actions/result";

/** The lead's choice to share across trusts: one button that turns it on or off. */
export function OptInForm({
  optIn,
  action,
}: {
  optIn: boolean;
  action: (v: { optIn: boolean }) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button
          type="button"
          variant={optIn ? "secondary" : "primary"}
          busy={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            const out = await reach(() => action({ optIn: !optIn }));
            setBusy(false);
            if (out.ok) router.refresh();
            else setError(out.message);
          }}
        >
          {optIn ? "Stop sharing across trusts" : "Join the network across trusts"}
        </Button>
      </div>
      <div aria-live="polite">{error && <Alert tone="error">{error}</Alert>}</div>
    </div>
  );
}
