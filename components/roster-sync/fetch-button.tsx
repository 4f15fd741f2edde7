"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { reach, type Reached } from "@/components/ui/reach";
import type { ActionResult } from "@/lib/actions/result";

/** Fetches every page of staff from Wonde; the proposals below are then worked out from it. */
export function FetchButton({
  action,
  label,
}: {
  action: (values: Record<string, never>) => Promise<ActionResult<{ staffCount: number }>>;
  label: string;
}) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Reached<ActionResult<{ staffCount: number }>> | null>(null);
  async function run() {
    setBusy(true);
    setResult(null);
    setResult(await reach(() => action({})));
    setBusy(false);
  }
  return (
    <div className="flex flex-col gap-3">
      <div>
        <Button type="button" onClick={run} busy={busy}>
          {label}
        </Button>
      </div>
      <p role="status" className="text-slate-700">
        {busy ? "Fetching your staff from Wonde…" : ""}
      </p>
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && (
        <Alert tone="success">
          Fetched {result.data.staffCount} {result.data.staffCount === 1 ? "member" : "members"} of staff from
          Wonde. Nothing changes until you accept the proposals below.
        </Alert>
      )}
    </div>
  );
}
