"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { agreementFormSchema, contributionFormSchema, type ContributionFormInput } from "@/lib/review/forms";
import { REVIEW_LEVELS, type Principle } from "@/lib/review/principles";
import { Contributions, type ContributionList } from "./contributions";

type Props = {
  mode: "contribute" | "agree";
  reviewId: string;
  principle: Principle;
  /** A governor's ratings, entered by the lead. */
  contributorId?: string;
  defaults: Record<string, { level: number; evidence: string }>;
  /** Agreeing: everyone's ratings of each statement, named. */
  contributions?: ContributionList;
  action: (values: ContributionFormInput) => Promise<ActionResult<unknown>>;
};

type LevelChoice = "" | "0" | "1" | "2" | "3";
const LEVEL_OPTIONS = REVIEW_LEVELS.map((label, value) => ({
  value: String(value),
  label: `${value} ${label}`,
}));

/** One principle's statements, each with a level and an evidence note. Values stay on screen if a save fails. */
export function RatingsForm({
  mode,
  reviewId,
  principle,
  contributorId,
  defaults,
  contributions,
  action,
}: Props) {
  const schema = mode === "agree" ? agreementFormSchema : contributionFormSchema;
  const { form, onSubmit, result, errorOf, busy } = useActionForm(schema, action, {
    reviewId,
    principleKey: principle.key,
    ...(contributorId ? { contributorId } : {}),
    ratings: principle.statements.map((s) => ({
      statementKey: s.key,
      level: (defaults[s.key] ? String(defaults[s.key]!.level) : "") as LevelChoice,
      evidence: defaults[s.key]?.evidence ?? "",
    })),
  });
  const formError = errorOf("form" as never);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={principle.title} className="flex flex-col gap-6">
      <ol className="flex flex-col gap-6">
        {principle.statements.map((s, i) => (
          <li
            key={s.key}
            className="flex flex-col gap-3 border-t border-slate-200 pt-4 first:border-0 first:pt-0"
          >
            <ChoiceGroup
              id={`${s.key}-level`}
              legend={s.text}
              type="radio"
              options={LEVEL_OPTIONS}
              columns
              error={errorOf(`ratings.${i}.level`)}
              input={form.register(`ratings.${i}.level`)}
            />
            {contributions && <Contributions list={contributions[s.key] ?? []} />}
            <TextAreaField
              id={`${s.key}-evidence`}
              label={mode === "agree" ? "The school's evidence" : "Your evidence"}
              hint="What you have seen that shows this (optional)."
              rows={2}
              error={errorOf(`ratings.${i}.evidence`)}
              {...form.register(`ratings.${i}.evidence`)}
            />
          </li>
        ))}
      </ol>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <div>
          <Button type="submit" busy={busy}>
            {mode === "agree"
              ? `Agree the school's ratings for ${principle.title.toLowerCase()}`
              : "Save these ratings"}
          </Button>
        </div>
        <div aria-live="polite" className="sm:flex-1">
          {formError && <Alert tone="error">{formError}</Alert>}
          {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
          {result?.ok && <Alert tone="success">Saved.</Alert>}
        </div>
      </div>
    </form>
  );
}
