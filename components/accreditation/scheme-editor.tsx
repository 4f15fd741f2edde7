"use client";
// The trust leader's scheme editor (decision 0034): the whole scheme on one form, published as a
// new version. Criteria are added and removed within three to six per strand.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFieldArray, type Control } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import {
  MAX_CRITERIA,
  MIN_CRITERIA,
  schemeEditSchema,
  type SchemeEditInput,
} from "@/lib/accreditation/forms";

type Start = {
  id: string;
  name: string;
  description: string;
  strands: {
    position: number;
    title: string;
    summary: string;
    criteria: { key: string; text: string; guidance: string }[];
  }[];
};
type Props = {
  start: Start;
  /** "adopt" when the trust has no scheme of its own yet. */
  mode: "adopt" | "edit";
  publish: (v: SchemeEditInput) => Promise<ActionResult<{ schemeId: string; version: number }>>;
};
type Form = ReturnType<typeof useActionForm<typeof schemeEditSchema, { schemeId: string; version: number }>>;

export function SchemeEditor({ start, mode, publish }: Props) {
  const router = useRouter();
  const { form, onSubmit, result, errorOf, busy } = useActionForm(schemeEditSchema, publish, {
    fromSchemeId: start.id,
    name: start.name,
    description: start.description,
    changeSummary: mode === "adopt" ? "Adopted from Harbour's scheme" : "",
    strands: start.strands.map((s) => ({
      title: s.title,
      summary: s.summary,
      criteria: s.criteria.map((c) => ({ key: c.key, text: c.text, guidance: c.guidance })),
    })),
  });
  useEffect(() => {
    if (result?.ok) router.refresh();
  }, [result, router]);
  if (result?.ok)
    return (
      <Alert tone="success">
        Version {result.data.version} is published. Schools in the trust start new self-evaluations against
        it; ones already started keep the version they began with.
      </Alert>
    );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Edit the trust's scheme" className="flex flex-col gap-4">
      <TextField
        id="scheme-name"
        label="Name of the scheme"
        error={errorOf("name")}
        {...form.register("name")}
      />
      <TextAreaField
        id="scheme-description"
        label="What the scheme recognises"
        error={errorOf("description")}
        {...form.register("description")}
      />
      {errorOf("strands") && <Alert tone="error">{errorOf("strands")}</Alert>}
      {start.strands.map((s, i) => (
        <StrandEditor key={s.position} form={form} index={i} position={s.position} />
      ))}
      <TextField
        id="scheme-change"
        label="What this version changes"
        hint="One line, shown in the trust's list of versions."
        error={errorOf("changeSummary")}
        {...form.register("changeSummary")}
      />
      <div aria-live="polite">{result && !result.ok && <Alert tone="error">{result.message}</Alert>}</div>
      <div>
        <Button type="submit" busy={busy}>
          {mode === "adopt" ? "Adopt as the trust's scheme" : "Publish as a new version"}
        </Button>
      </div>
    </form>
  );
}

function StrandEditor({ form, index, position }: { form: Form["form"]; index: number; position: number }) {
  const criteria = useFieldArray({
    control: form.control as Control<SchemeEditInput>,
    name: `strands.${index}.criteria`,
  });
  const errors = form.formState.errors.strands?.[index];
  const listError = errors?.criteria?.message ?? errors?.criteria?.root?.message;
  const at = (j: number) => errors?.criteria?.[j];
  const legend = `Strand ${position}`;
  return (
    <fieldset className="rounded-md border border-slate-300 p-3">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      <div className="flex flex-col gap-3">
        <TextField
          id={`strand-${index}-title`}
          label={`Title of strand ${position}`}
          error={errors?.title?.message}
          {...form.register(`strands.${index}.title`)}
        />
        <TextAreaField
          id={`strand-${index}-summary`}
          label={`Summary of strand ${position}`}
          rows={2}
          error={errors?.summary?.message}
          {...form.register(`strands.${index}.summary`)}
        />
        <h3 className="font-medium">
          Criteria ({criteria.fields.length} of {MIN_CRITERIA} to {MAX_CRITERIA})
        </h3>
        {listError && (
          <p id={`strand-${index}-criteria-error`} className="text-sm font-medium text-red-800">
            {listError}
          </p>
        )}
        <ol className="flex flex-col gap-3">
          {criteria.fields.map((field, j) => {
            const name = `Criterion ${j + 1} of strand ${position}`;
            return (
              <li key={field.id} className="flex flex-col gap-2 rounded-md bg-slate-50 p-2">
                <TextAreaField
                  id={`strand-${index}-criterion-${j}`}
                  label={name}
                  rows={2}
                  hint={
                    form.getValues(`strands.${index}.criteria.${j}.key`) ? undefined : "New in this version."
                  }
                  error={at(j)?.text?.message}
                  {...form.register(`strands.${index}.criteria.${j}.text`)}
                />
                <TextAreaField
                  id={`strand-${index}-criterion-${j}-guidance`}
                  label={`Guidance for criterion ${j + 1} (optional)`}
                  rows={2}
                  error={at(j)?.guidance?.message}
                  {...form.register(`strands.${index}.criteria.${j}.guidance`)}
                />
                <div>
                  <Button
                    type="button"
                    variant="secondary"
                    disabled={criteria.fields.length <= MIN_CRITERIA}
                    onClick={() => criteria.remove(j)}
                    aria-label={`Remove ${name.toLowerCase()}`}
                  >
                    Remove
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        <div>
          <Button
            type="button"
            variant="secondary"
            disabled={criteria.fields.length >= MAX_CRITERIA}
            onClick={() => criteria.append({ key: "", text: "", guidance: "" })}
          >
            Add a criterion to strand {position}
          </Button>
          {criteria.fields.length >= MAX_CRITERIA && (
            <p className="mt-1 text-sm text-slate-600">A strand has at most {MAX_CRITERIA} criteria.</p>
          )}
        </div>
      </div>
    </fieldset>
  );
}
