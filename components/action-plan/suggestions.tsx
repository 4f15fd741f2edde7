"use client";
// Suggestions drafted from the school's data: add one to the plan (then edit it before saving), or
// reject it for good.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { reach } from "@/components/ui/reach";
import type { ActionResult } from "@/lib/actions/result";
import { principleOf } from "@/lib/review/principles";
import type { Suggestion } from "@/lib/action-plan/suggest";

type Props = {
  suggestions: Suggestion[];
  onAccept: (s: Suggestion) => void;
  reject: (values: { key: string }) => Promise<ActionResult<{ key: string }>>;
};

export function Suggestions({ suggestions, onAccept, reject }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  async function onReject(s: Suggestion) {
    setBusy(s.key);
    const out = await reach(() => reject({ key: s.key }));
    setBusy(null);
    setMessage(
      out.ok
        ? { tone: "success", text: `Rejected: it will not be suggested again.` }
        : { tone: "error", text: out.message },
    );
    if (out.ok) router.refresh();
  }
  return (
    <section
      aria-labelledby="suggestions-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="suggestions-heading" className="mb-2 text-lg font-semibold">
        Suggested from your data
      </h2>
      <div aria-live="polite">{message && <Alert tone={message.tone}>{message.text}</Alert>}</div>
      {suggestions.length === 0 ? (
        <p className="text-slate-700">
          No suggestions right now. They come from your latest round, training plan and reviews.
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {suggestions.map((s) => (
            <li key={s.key} className="rounded-md border border-slate-200 p-3">
              <p className="font-medium">{s.title}</p>
              <p className="text-sm text-slate-700">
                {principleOf(s.principleKey).title}. {s.why}
              </p>
              <div className="mt-2 flex flex-wrap gap-2">
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => onAccept(s)}
                  aria-label={`Add to the plan: ${s.title}`}
                >
                  Add to the plan
                </Button>
                <Button
                  type="button"
                  variant="danger"
                  busy={busy === s.key}
                  onClick={() => onReject(s)}
                  aria-label={`Reject: ${s.title}`}
                >
                  Reject
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
