"use client";
// The secret calendar address for the action plan's due dates: made on request, shown once to copy,
// replaced or turned off here. The page says plainly that anyone with the address sees the dates.
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { reach } from "@/components/ui/reach";
import type { ActionResult } from "@/lib/actions/result";
import { formatDate } from "@/lib/format";

type Props = {
  since: string | null;
  make: (input: Record<string, never>) => Promise<ActionResult<{ url: string }>>;
  stop: (input: Record<string, never>) => Promise<ActionResult<{ stopped: boolean }>>;
};

export function CalendarFeed({ since: initial, make, stop }: Props) {
  const [since, setSince] = useState(initial);
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const run = async <T,>(send: () => Promise<ActionResult<T>>, done: (data: T) => void) => {
    setBusy(true);
    setError(null);
    setNote(null);
    const out = await reach(send);
    setBusy(false);
    if (out.ok) done(out.data);
    else setError(out.message);
  };
  return (
    <div className="flex flex-col gap-3">
      <p>
        Your calendar app can show each action&apos;s due date as an all-day event and keep it up to date.
        Anyone who has the address can see the actions and their owners, so keep it to yourself.
      </p>
      <div aria-live="polite" className="flex flex-col gap-2">
        {error && <Alert tone="error">{error}</Alert>}
        {note && <Alert tone="success">{note}</Alert>}
      </div>
      {url && (
        <div className="flex flex-col gap-2">
          <label htmlFor="feed-url" className="font-medium">
            Your calendar address (shown only now: copy it into your calendar app)
          </label>
          <input
            id="feed-url"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded-md border border-slate-400 px-3 py-2 font-mono text-sm"
          />
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant="secondary"
              onClick={() => void navigator.clipboard?.writeText(url).then(() => setNote("Address copied."))}
            >
              Copy the address
            </Button>
            <a
              className="inline-flex min-h-11 items-center font-medium text-harbour-700 underline underline-offset-2"
              href={url.replace(/^https?:/, "webcal:")}
            >
              Open it in your calendar app
            </a>
          </div>
        </div>
      )}
      <p role="status">
        {since
          ? `Your calendar address is on (made ${formatDate(since)}).`
          : "You have no calendar address at the moment."}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          busy={busy}
          onClick={() =>
            run(
              () => make({}),
              (data) => {
                setUrl(data.url);
                setSince(new Date().toISOString());
                setNote(since ? "A new address is ready. The old one has stopped working." : null);
              },
            )
          }
        >
          {since ? "Make a new address (the old one stops working)" : "Subscribe in your calendar"}
        </Button>
        {since && (
          <Button
            type="button"
            variant="secondary"
            busy={busy}
            onClick={() =>
              run(
                () => stop({}),
                () => {
                  setUrl(null);
                  setSince(null);
                  setNote("Your calendar address is turned off. Calendars using it will stop updating.");
                },
              )
            }
          >
            Turn the calendar address off
          </Button>
        )}
      </div>
    </div>
  );
}
