"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { reach, type Reached } from "@/components/ui/reach";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  token: string;
  schoolName: string;
  action: (values: { token: string }) => Promise<ActionResult<{ email: string }>>;
};

/** Accepts the invitation for the account that is signed in. */
export function JoinSchoolButton({ token, schoolName, action }: Props) {
  const [result, setResult] = useState<Reached<ActionResult<{ email: string }>> | null>(null);
  const [busy, start] = useTransition();
  if (result?.ok) {
    return (
      <Alert tone="success">
        <p className="mb-2">You have joined {schoolName}.</p>
        <Link href="/" className="font-medium text-harbour-700 underline">
          Go to Harbour
        </Link>
      </Alert>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      <Button
        type="button"
        busy={busy}
        onClick={() => start(async () => setResult(await reach(() => action({ token }))))}
      >
        Join {schoolName}
      </Button>
    </div>
  );
}
