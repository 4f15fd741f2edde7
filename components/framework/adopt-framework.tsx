"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { reach, type Reached } from "@/components/ui/reach";

type Props = {
  action: (values: Record<string, never>) => Promise<ActionResult<{ number: number; name: string }>>;
  /** What would be copied: "Harbour's default framework" or "your trust's framework". */
  source: string;
  name: string;
  owner: "school" | "trust";
};

/** Copies the framework on offer into one the school (or trust) owns, which it can then edit. */
export function AdoptFramework({ action, source, name, owner }: Props) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Reached<ActionResult<{ number: number; name: string }>> | null>(null);

  async function adopt() {
    setBusy(true);
    setResult(await reach(() => action({})));
    setBusy(false);
  }

  return (
    <div className="flex flex-col gap-3">
      <p>
        Adopting copies {source}, “{name}”, as version 1 of your {owner}&apos;s own. You can then add, reword
        or retire competencies; each change makes a new version.{" "}
        {owner === "school"
          ? "A round asks the version in force when it opens."
          : "Schools in the trust that have not adopted a framework yet copy yours when they do."}
      </p>
      <div aria-live="polite">
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && (
          <Alert tone="success">
            Adopted “{result.data.name}” as version {result.data.number}.
          </Alert>
        )}
      </div>
      {!result?.ok && (
        <div>
          <Button type="button" busy={busy} onClick={adopt}>
            Adopt {source}
          </Button>
        </div>
      )}
    </div>
  );
}
