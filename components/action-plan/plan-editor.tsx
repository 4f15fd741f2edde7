"use client";
// The lead's whole plan as one form: objectives per principle, their actions, and the suggestions
// drafted from the school's data. A save carries the revision it was opened at; a stale save is
// refused by the server and every value stays on screen to apply again.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useFieldArray } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { PRINCIPLES, principleOf } from "@/lib/review/principles";
import { savePlanSchema, type SavePlanInput } from "@/lib/action-plan/schemas";
import type { Suggestion } from "@/lib/action-plan/suggest";
import { ActionFields } from "./action-fields";
import { Suggestions } from "./suggestions";

type Props = {
  initial: SavePlanInput;
  members: { id: string; name: string }[];
  competencies?: { code: string; statement: string }[];
  suggestions: Suggestion[];
  today: string;
  save: (values: SavePlanInput) => Promise<ActionResult<{ versionId: string; revision: number }>>;
  reject: (values: { key: string }) => Promise<ActionResult<{ key: string }>>;
};

// Keys only need to be unique within the plan; this works on plain http too, unlike crypto.randomUUID.
const newKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
type ActionValues = SavePlanInput["objectives"][number]["actions"][number];

function blankAction(today: string, over: Partial<ActionValues> = {}): ActionValues {
  return {
    key: newKey(),
    title: "",
    ownerId: "",
    startOn: today,
    dueOn: today,
    status: "NOT_STARTED",
    measure: null,
    ragOverride: null,
    ragNote: "",
    successMeasure: "",
    resources: "",
    costPounds: 0,
    competencyCodes: [],
    suggestionKey: null,
    ...over,
  };
}

export function PlanEditor({ initial, members, competencies = [], suggestions, today, save, reject }: Props) {
  const router = useRouter();
  const { form, onSubmit, result, errorOf, busy } = useActionForm(savePlanSchema, save, initial);
  const objectives = useFieldArray({ control: form.control, name: "objectives" });
  useEffect(() => {
    if (result?.ok) {
      form.setValue("revision", result.data.revision);
      router.refresh();
    }
  }, [result, form, router]);
  const err = errorOf as (p: string) => string | undefined;
  const accepted = new Set(
    (form.watch("objectives") ?? []).flatMap((o) => o.actions.map((a) => a.suggestionKey).filter(Boolean)),
  );

  function accept(s: Suggestion) {
    const list = form.getValues("objectives");
    const action = blankAction(today, {
      title: s.title,
      successMeasure: s.successMeasure,
      measure: s.measure,
      competencyCodes: s.competencyCodes,
      suggestionKey: s.key,
    });
    const at = list.findIndex((o) => o.principleKey === s.principleKey);
    if (at < 0)
      objectives.append({
        key: newKey(),
        principleKey: s.principleKey,
        title: principleOf(s.principleKey).title,
        actions: [action],
      });
    else form.setValue(`objectives.${at}.actions`, [...list[at]!.actions, action], { shouldDirty: true });
  }

  return (
    <div className="flex flex-col gap-6">
      <Suggestions
        suggestions={suggestions.filter((s) => !accepted.has(s.key))}
        onAccept={accept}
        reject={reject}
      />
      <form onSubmit={onSubmit} noValidate aria-label="Action plan" className="flex flex-col gap-4">
        <div aria-live="polite">
          {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
          {result?.ok && <Alert tone="success">Plan saved.</Alert>}
        </div>
        {objectives.fields.length === 0 && (
          <p className="rounded-md border border-dashed border-slate-300 p-4 text-slate-700">
            No objectives yet. Add a suggestion above, or add an objective.
          </p>
        )}
        {objectives.fields.map((f, i) => (
          <ObjectiveCard
            key={f.id}
            i={i}
            form={form}
            members={members}
            competencies={competencies}
            errorOf={err}
            today={today}
            onRemove={() => objectives.remove(i)}
          />
        ))}
        <div className="flex flex-wrap gap-3">
          <Button
            type="button"
            variant="secondary"
            onClick={() =>
              objectives.append({
                key: newKey(),
                principleKey: "leadership",
                title: "",
                actions: [blankAction(today)],
              })
            }
          >
            Add an objective
          </Button>
          <Button type="submit" busy={busy}>
            Save the plan
          </Button>
        </div>
      </form>
    </div>
  );
}

type CardProps = {
  i: number;
  form: ReturnType<
    typeof useActionForm<typeof savePlanSchema, { versionId: string; revision: number }>
  >["form"];
  members: Props["members"];
  competencies: NonNullable<Props["competencies"]>;
  errorOf: (p: string) => string | undefined;
  today: string;
  onRemove: () => void;
};

function ObjectiveCard({ i, form, members, competencies, errorOf, today, onRemove }: CardProps) {
  const actions = useFieldArray({ control: form.control, name: `objectives.${i}.actions` });
  return (
    <section
      aria-labelledby={`objective-${i}-heading`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={`objective-${i}-heading`} className="text-lg font-semibold">
        Objective {i + 1}
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField
          id={`objective-${i}-principle`}
          label="Principle"
          options={PRINCIPLES.map((p) => ({ value: p.key, label: p.title }))}
          {...form.register(`objectives.${i}.principleKey`)}
        />
        <TextField
          id={`objective-${i}-title`}
          label="Objective"
          error={errorOf(`objectives.${i}.title`)}
          {...form.register(`objectives.${i}.title`)}
        />
      </div>
      {actions.fields.map((f, a) => (
        <ActionFields
          key={f.id}
          form={form}
          o={i}
          a={a}
          members={members}
          competencies={competencies}
          errorOf={errorOf}
          onRemove={() => actions.remove(a)}
        />
      ))}
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={() => actions.append(blankAction(today))}>
          Add an action to objective {i + 1}
        </Button>
        <Button type="button" variant="danger" onClick={onRemove}>
          Remove objective {i + 1}
        </Button>
      </div>
    </section>
  );
}
