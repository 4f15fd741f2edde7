"use client";
// The lead rates every criterion with a narrative, beside what Harbour measures live; saves as a
// draft, then submits for peer review (after which nothing here can change).
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { reach } from "@/components/ui/reach";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { selfEvaluationSchema, type SelfEvaluationInput } from "@/lib/accreditation/forms";
import { RATING_LABEL, RATINGS, type Rating } from "@/lib/accreditation/rules";
import type { StrandRow } from "@/lib/accreditation/view-model";
import { EvidenceList, MeasureLine } from "./criteria-read";

type Props = {
  submissionId: string;
  strands: StrandRow[];
  save: (v: SelfEvaluationInput) => Promise<ActionResult<{ saved: number }>>;
  submit: (v: { submissionId: string }) => Promise<ActionResult<{ submissionId: string }>>;
};

const OPTIONS = [
  { value: "", label: "Choose a rating" },
  ...RATINGS.map((r) => ({ value: r, label: RATING_LABEL[r] })),
];

export function SelfEvaluationForm({ submissionId, strands, save, submit }: Props) {
  const router = useRouter();
  const criteria = strands.flatMap((s) => s.criteria);
  const { form, onSubmit, result, errorOf, busy } = useActionForm(selfEvaluationSchema, save, {
    submissionId,
    ratings: criteria.map((c) => ({
      criterionId: c.id,
      rating: (c.self?.rating ?? "") as Rating | "",
      narrative: c.self?.narrative ?? "",
    })),
  });
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  useEffect(() => {
    if (result?.ok) router.refresh();
  }, [result, router]);
  let i = -1;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Self-evaluation" className="flex flex-col gap-6">
      {strands.map((s) => (
        <fieldset key={s.position} className="rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">
            {s.position}. {s.title}
          </legend>
          <p className="mb-3 text-sm text-slate-700">{s.summary}</p>
          <div className="flex flex-col gap-5">
            {s.criteria.map((c) => {
              i++;
              const n = i;
              return (
                <div key={c.id} className="flex flex-col gap-2 border-t border-slate-100 pt-3">
                  <p id={`criterion-${c.key}`}>
                    <span className="font-medium">{c.key}</span> {c.text}
                  </p>
                  <p className="text-sm text-slate-700">{c.guidance}</p>
                  <MeasureLine measure={c.measure} />
                  <EvidenceList items={c.evidence} />
                  <SelectField
                    id={`rating-${c.key}`}
                    label={`Rating for ${c.key}`}
                    options={OPTIONS}
                    error={errorOf(`ratings.${n}.rating`)}
                    {...form.register(`ratings.${n}.rating`)}
                  />
                  <TextAreaField
                    id={`narrative-${c.key}`}
                    label={`What the school does for ${c.key}`}
                    hint="Needed for any rating above Not yet."
                    error={errorOf(`ratings.${n}.narrative`)}
                    {...form.register(`ratings.${n}.narrative`)}
                  />
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <div aria-live="polite" className="flex flex-col gap-2">
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && <Alert tone="success">Saved {result.data.saved} ratings.</Alert>}
        {submitError && <Alert tone="error">{submitError}</Alert>}
      </div>
      <div className="sticky bottom-0 flex flex-wrap gap-3 border-t border-slate-200 bg-white py-3">
        <Button type="submit" variant="secondary" busy={busy}>
          Save draft
        </Button>
        <Button
          type="button"
          busy={submitting}
          onClick={async () => {
            setSubmitError(null);
            setSubmitting(true);
            // Save what is on the page first, so the submission is what the lead sees.
            const saved = await reach(() => save(form.getValues()));
            const out = saved.ok ? await reach(() => submit({ submissionId })) : saved;
            setSubmitting(false);
            if (out.ok) router.refresh();
            else setSubmitError(out.message);
          }}
        >
          Submit for peer review
        </Button>
      </div>
    </form>
  );
}
