"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import type { LeadArea } from "@/lib/lead-development/areas";
import { saveLeadAssessmentSchema, type SaveLeadAssessmentInput } from "@/lib/lead-development/rules";

type Saved = { id: string; assessedAt: Date; gaps: number };
type Props = {
  action: (values: SaveLeadAssessmentInput) => Promise<ActionResult<Saved>>;
  areas: LeadArea[];
  levels: { value: number; label: string }[];
  /** The newest self-assessment's ratings, to start from (each save is a new, dated record). */
  previous: Record<string, number>;
};

export function LeadAssessmentForm({ action, areas, levels, previous }: Props) {
  const router = useRouter();
  const ratings = Object.fromEntries(
    areas.flatMap((a) => a.statements.map((s) => [s.key, previous[s.key]?.toString()])),
  );
  const { form, onSubmit, result, errorOf, busy } = useActionForm(saveLeadAssessmentSchema, action, {
    ratings,
    note: "",
  });
  useEffect(() => {
    if (result?.ok) router.refresh();
  }, [result, router]);
  const options = levels.map((l) => ({ value: String(l.value), label: `${l.value} ${l.label}` }));
  const saved = result?.ok ? result.data : null;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Assess my own development"
      className="flex flex-col gap-6"
    >
      <div aria-live="polite">
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {saved && (
          <Alert tone="success">
            Saved.{" "}
            {saved.gaps === 0
              ? "You meet the target in every area."
              : `${saved.gaps} ${saved.gaps === 1 ? "area has" : "areas have"} a gap: see “My gaps” above.`}
          </Alert>
        )}
      </div>
      {areas.map((area) => (
        <fieldset
          key={area.key}
          className="flex flex-col gap-4 rounded-md border border-slate-200 p-3 sm:p-4"
        >
          <legend className="px-1 text-lg font-semibold">{area.title}</legend>
          {area.statements.map((s) => (
            <ChoiceGroup
              key={s.key}
              id={`rating-${s.key}`}
              legend={s.text}
              type="radio"
              options={options}
              columns
              error={errorOf(`ratings.${s.key}` as "ratings")}
              input={form.register(`ratings.${s.key}` as "ratings")}
            />
          ))}
        </fieldset>
      ))}
      <TextAreaField
        id="lead-note"
        label="Note for yourself (optional)"
        hint="What you want to work on, or what has changed since last time. Only you see it."
        error={errorOf("note")}
        {...form.register("note")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Save my self-assessment
        </Button>
      </div>
    </form>
  );
}
