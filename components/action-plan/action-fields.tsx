"use client";
// One action's fields inside the plan form; every error sits beside its field.
import type { UseFormReturn } from "react-hook-form";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { MEASURE_LABELS, type Measure } from "@/lib/action-plan/rag";
import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  RAGS,
  RAG_LABELS,
  type SavePlanInput,
} from "@/lib/action-plan/schemas";

type Form = UseFormReturn<SavePlanInput>;
type Props = {
  form: Form;
  o: number;
  a: number;
  members: { id: string; name: string }[];
  /** The school's framework statements an action can link to (the codes the server accepts). */
  competencies: { code: string; statement: string }[];
  errorOf: (path: string) => string | undefined;
  onRemove: () => void;
};

const MEASURES: { value: string; label: string; measure: Measure | null }[] = [
  { value: "", label: "Not measured by Harbour (set the RAG by hand)", measure: null },
  {
    value: "core-training",
    label: `${MEASURE_LABELS["core-training"]}: 90%`,
    measure: { kind: "core-training", targetPercent: 90 },
  },
  {
    value: "round-response",
    label: `${MEASURE_LABELS["round-response"]}: 80%`,
    measure: { kind: "round-response", targetPercent: 80 },
  },
  { value: "plan-approved", label: MEASURE_LABELS["plan-approved"], measure: { kind: "plan-approved" } },
  { value: "review-done", label: MEASURE_LABELS["review-done"], measure: { kind: "review-done" } },
];

export function ActionFields({ form, o, a, members, competencies, errorOf, onRemove }: Props) {
  const path = `objectives.${o}.actions.${a}` as const;
  const id = `action-${o}-${a}`;
  const field = (name: string) => `${path}.${name}` as `objectives.0.actions.0.title`;
  const measure = form.watch(`${path}.measure` as "objectives.0.actions.0.measure") as
    Measure | null | undefined;
  const override = form.watch(field("ragOverride") as "objectives.0.actions.0.ragOverride");
  const ownerOptions = [
    { value: "", label: "Choose an owner" },
    ...members.map((m) => ({ value: m.id, label: m.name })),
  ];
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-slate-300 p-3">
      <legend className="px-1 font-medium">Action {a + 1}</legend>
      <TextField
        id={`${id}-title`}
        label="What will be done"
        error={errorOf(field("title"))}
        {...form.register(field("title"))}
      />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <SelectField
          id={`${id}-owner`}
          label="Owner"
          options={ownerOptions}
          error={errorOf(field("ownerId"))}
          {...form.register(field("ownerId"))}
        />
        <TextField
          id={`${id}-start`}
          type="date"
          label="Start"
          error={errorOf(field("startOn"))}
          {...form.register(field("startOn"))}
        />
        <TextField
          id={`${id}-due`}
          type="date"
          label="Due"
          error={errorOf(field("dueOn"))}
          {...form.register(field("dueOn"))}
        />
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField
          id={`${id}-status`}
          label="Status"
          options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))}
          {...form.register(field("status"))}
        />
        <SelectField
          id={`${id}-measure`}
          label="How Harbour measures it"
          options={MEASURES.map(({ value, label }) => ({ value, label }))}
          value={measure?.kind ?? ""}
          onChange={(e) =>
            form.setValue(
              `${path}.measure` as "objectives.0.actions.0.measure",
              MEASURES.find((m) => m.value === e.target.value)?.measure ?? null,
              {
                shouldDirty: true,
              },
            )
          }
        />
      </div>
      <TextField
        id={`${id}-success`}
        label="Success measure"
        error={errorOf(field("successMeasure"))}
        {...form.register(field("successMeasure"))}
      />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[minmax(0,1fr)_10rem]">
        <TextField
          id={`${id}-resources`}
          label="Resources"
          error={errorOf(field("resources"))}
          {...form.register(field("resources"))}
        />
        <TextField
          id={`${id}-cost`}
          label="Cost (£)"
          inputMode="decimal"
          error={errorOf(field("costPounds"))}
          {...form.register(field("costPounds"))}
        />
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[12rem_minmax(0,1fr)]">
        <SelectField
          id={`${id}-override`}
          label="RAG set by hand"
          hint="Leave as automatic where Harbour measures it."
          options={[
            { value: "", label: "Automatic" },
            ...RAGS.map((r) => ({ value: r, label: RAG_LABELS[r] })),
          ]}
          {...form.register(field("ragOverride"))}
        />
        {override ? (
          <TextField
            id={`${id}-note`}
            label="Why (required)"
            error={errorOf(field("ragNote"))}
            {...form.register(field("ragNote"))}
          />
        ) : null}
      </div>
      <CompetencyPicker
        id={`${id}-competencies`}
        competencies={competencies}
        chosen={
          (form.watch(field("competencyCodes") as "objectives.0.actions.0.competencyCodes") ?? []) as string[]
        }
        error={errorOf(field("competencyCodes"))}
        onChange={(codes) =>
          form.setValue(field("competencyCodes") as "objectives.0.actions.0.competencyCodes", codes, {
            shouldDirty: true,
          })
        }
      />
      <div>
        <Button type="button" variant="danger" onClick={onRemove}>
          Remove action {a + 1}
        </Button>
      </div>
    </fieldset>
  );
}

/** The competencies an action builds: a folded list of checkboxes, so the form stays short on a phone. */
function CompetencyPicker({
  id,
  competencies,
  chosen,
  error,
  onChange,
}: {
  id: string;
  competencies: { code: string; statement: string }[];
  chosen: string[];
  error?: string;
  onChange: (codes: string[]) => void;
}) {
  const picked = new Set(chosen);
  // A code saved earlier that the framework no longer has is still shown, so it can be removed.
  const unknown = chosen.filter((c) => !competencies.some((x) => x.code === c));
  const all = [
    ...competencies,
    ...unknown.map((code) => ({ code, statement: "(retired from your framework)" })),
  ];
  return (
    <details className="rounded-md border border-slate-200 p-2">
      <summary className="min-h-11 cursor-pointer py-2 font-medium">
        Competencies it builds ({chosen.length === 0 ? "none chosen" : `${chosen.length} chosen`})
      </summary>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      {all.length === 0 ? (
        <p className="text-sm text-slate-700">Your school has no competency framework yet.</p>
      ) : (
        <fieldset aria-describedby={error ? `${id}-error` : undefined} className="mt-2 flex flex-col gap-1">
          <legend className="sr-only">Competencies it builds</legend>
          {all.map((c) => (
            <label key={c.code} className="flex min-h-11 items-start gap-2 py-1 text-sm">
              <input
                type="checkbox"
                className="mt-1 h-5 w-5 shrink-0"
                checked={picked.has(c.code)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...chosen, c.code] : chosen.filter((x) => x !== c.code))
                }
              />
              <span>
                <span className="font-medium">{c.code}</span> {c.statement}
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </details>
  );
}
