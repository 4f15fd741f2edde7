"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { RetireCourseInput } from "@/lib/catalogue/schemas";
import { reach } from "@/components/ui/reach";

type Props = {
  courseId: string;
  title: string;
  action: (input: RetireCourseInput) => Promise<ActionResult<{ id: string }>>;
};

/** Retiring asks once more: the course leaves the catalogue (plans and records keep it). */
export function RetireCourseButton({ courseId, title, action }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The button pressed is replaced by the question: move keyboard focus to the answer, not the page top.
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.querySelector("button")?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <Button type="button" variant="danger" onClick={() => setConfirming(true)}>
        Retire <span className="sr-only">{title}</span>
      </Button>
    );
  }
  const retire = async () => {
    setBusy(true);
    const result = await reach(() => action({ courseId }));
    setBusy(false);
    if (!result.ok) setError(result.message);
  };
  return (
    <div
      ref={confirmRef}
      className="flex flex-wrap items-center gap-2"
      role="group"
      aria-label={`Retire ${title}`}
    >
      <span>Retire this course from the catalogue?</span>
      <Button type="button" variant="danger" busy={busy} onClick={retire}>
        Yes, retire it
      </Button>
      <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
        Keep it
      </Button>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
