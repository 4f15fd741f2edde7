"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { shorten } from "@/components/catalogue/course-filters";
import { Button } from "@/components/ui/button";
import { reach } from "@/components/ui/reach";
import type { ActionResult } from "@/lib/actions/result";

export type TargetGroup = { group: string; options: { value: string; label: string }[] };
type Props = {
  itemId: string;
  itemTitle: string;
  groups: TargetGroup[];
  tag: (v: { itemId: string; target: string }) => Promise<ActionResult<{ id: string }>>;
};

/** Tag one item to a principle, a learning area or an action. */
export function TagPicker({ itemId, itemTitle, groups, tag }: Props) {
  const router = useRouter();
  const [target, setTarget] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `tag-${itemId}`;
  async function add() {
    if (!target) return setError("Choose what this evidence is for.");
    setBusy(true);
    setError(null);
    const out = await reach(() => tag({ itemId, target }));
    setBusy(false);
    if (out.ok) {
      setTarget("");
      router.refresh();
    } else setError(out.fieldErrors?.target?.[0] ?? out.message);
  }
  return (
    <div className="flex w-full min-w-0 max-w-md flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Tag <span className="sr-only">{itemTitle}</span> to
      </label>
      <div className="flex flex-wrap gap-2">
        <select
          id={id}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-h-11 w-full min-w-0 rounded-md border border-slate-500 bg-white px-3 py-2"
        >
          <option value="">Choose…</option>
          {groups
            .filter((g) => g.options.length > 0)
            .map((g) => (
              <optgroup key={g.group} label={g.group}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {shorten(o.label, 70)}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
        <Button type="button" variant="secondary" busy={busy} onClick={add}>
          Add tag
        </Button>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
