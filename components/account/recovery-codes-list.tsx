"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The recovery codes, shown this once: Harbour keeps only their fingerprints. */
export function RecoveryCodesList({
  codes,
  intro,
  onSaved,
}: {
  codes: string[];
  intro: string;
  onSaved: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="flex flex-col gap-3">
      <h3 ref={heading} tabIndex={-1} className="text-base font-semibold">
        Your recovery codes
      </h3>
      <Alert tone="success">{intro}</Alert>
      <p>
        Each code signs you in once if you lose your phone. Write them down or print this page, and keep them
        somewhere safe: this is the only time Harbour shows them.
      </p>
      <ol
        aria-label="Recovery codes"
        className="grid grid-cols-1 gap-1 rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-lg sm:grid-cols-2"
      >
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
      <Button type="button" className="self-start" onClick={onSaved}>
        I have saved my codes
      </Button>
    </div>
  );
}
