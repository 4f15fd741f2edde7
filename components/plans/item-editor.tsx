"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { ActionButton } from "./action-button";
import { reach } from "@/components/ui/reach";

type Result = Promise<ActionResult<unknown>>;
export type EditActions = {
  remove: (v: { planId: string; itemId: string }) => Result;
  move: (v: { planId: string; itemId: string; term: "autumn" | "spring" | "summer" }) => Result;
  removeAttendee: (v: { planId: string; attendeeId: string }) => Result;
  addAttendee: (v: { planId: string; itemId: string; personId: string }) => Result;
};

type Props = {
  planId: string;
  itemId: string;
  title: string;
  term: "autumn" | "spring" | "summer";
  members: { personId: string; name: string }[];
  actions: EditActions;
};

/** The lead's controls for one booking of a DRAFT: move it, add someone, or remove it. */
export function ItemEditor({ planId, itemId, title, term, members, actions }: Props) {
  const [to, setTo] = useState(term);
  const [personId, setPersonId] = useState(members[0]?.personId ?? "");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(work: () => Result) {
    setBusy(true);
    setMessage(null);
    const out = await reach(work);
    setBusy(false);
    if (!out.ok) setMessage(out.message);
  }
  const base = `item-${itemId}`;
  return (
    <div className="mt-2 flex flex-wrap items-end gap-3 print:hidden">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${base}-term`} className="text-sm font-medium">
          Term<span className="sr-only"> for {title}</span>
        </label>
        <select
          id={`${base}-term`}
          value={to}
          onChange={(e) => setTo(e.target.value as typeof term)}
          className="min-h-11 rounded-md border border-slate-500 bg-white px-2"
        >
          <option value="autumn">Autumn</option>
          <option value="spring">Spring</option>
          <option value="summer">Summer</option>
        </select>
      </div>
      <Button
        type="button"
        variant="secondary"
        busy={busy}
        disabled={to === term}
        onClick={() => run(() => actions.move({ planId, itemId, term: to }))}
      >
        Move<span className="sr-only"> {title}</span>
      </Button>
      {members.length > 0 && (
        <>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${base}-person`} className="text-sm font-medium">
              Add attendee<span className="sr-only"> to {title}</span>
            </label>
            <select
              id={`${base}-person`}
              value={personId}
              onChange={(e) => setPersonId(e.target.value)}
              className="min-h-11 max-w-full rounded-md border border-slate-500 bg-white px-2"
            >
              {members.map((m) => (
                <option key={m.personId} value={m.personId}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <Button
            type="button"
            variant="secondary"
            busy={busy}
            onClick={() => run(() => actions.addAttendee({ planId, itemId, personId }))}
          >
            Add<span className="sr-only"> to {title}</span>
          </Button>
        </>
      )}
      <ActionButton
        label="Remove booking"
        srLabel={title}
        variant="danger"
        values={{ planId, itemId }}
        action={actions.remove}
        confirm={`Remove "${title}" from the plan?`}
      />
      <p aria-live="polite" className="basis-full text-sm font-medium text-red-800">
        {message}
      </p>
    </div>
  );
}
