"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "./button";
import { reach } from "./reach";

type Props<V> = {
  label: string;
  /** Extra words for screen readers: what the button acts on ("Ann Lee from First aid"). */
  srLabel?: string;
  /** Asked in the page, beside the button: "Remove Ann Lee from First aid?" */
  question: string;
  confirmLabel: string;
  cancelLabel?: string;
  variant?: "secondary" | "danger";
  /** A server action and its fixed values (both can cross from a server component); its failure
   * message, or the network one, appears beside the buttons. */
  action: (values: V) => Promise<{ ok: boolean; message?: string }>;
  values: V;
};

/**
 * A button whose action cannot be taken back asks once more, in the page (no browser dialog), and
 * keeps keyboard focus on the question and then back on the button.
 */
export function ConfirmButton<V>({
  label,
  srLabel,
  question,
  confirmLabel,
  cancelLabel = "Keep",
  variant = "danger",
  action,
  values,
}: Props<V>) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const groupRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLSpanElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) groupRef.current?.querySelector("button")?.focus();
    else if (wasConfirming.current) buttonRef.current?.querySelector("button")?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <span ref={buttonRef} className="print:hidden">
        <Button type="button" variant={variant} onClick={() => setConfirming(true)}>
          {label}
          {srLabel && <span className="sr-only"> {srLabel}</span>}
        </Button>
      </span>
    );
  }
  async function confirm() {
    setBusy(true);
    setError(null);
    const out = await reach(() => action(values));
    setBusy(false);
    if (!out.ok) setError(out.message ?? "That did not work. Try again.");
  }
  return (
    <div
      ref={groupRef}
      role="group"
      aria-label={question}
      className="flex w-full basis-full flex-wrap items-center gap-2 py-1 print:hidden"
    >
      <span>{question}</span>
      <Button type="button" variant="danger" busy={busy} onClick={confirm}>
        {confirmLabel}
      </Button>
      <Button type="button" variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>
        {cancelLabel}
      </Button>
      {error && (
        <p role="alert" className="w-full text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
