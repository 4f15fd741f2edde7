"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { generatePlanSchema, type GeneratePlanInput } from "@/lib/plans/schemas";

type Round = { id: string; title: string; submitted: number; mode: string };
type Props = {
  schoolId: string;
  rounds: Round[];
  action: (values: GeneratePlanInput) => Promise<ActionResult<{ planId: string }>>;
};

/** Round and limits; the server parses the same schema (lib/plans/schemas) and opens the new plan. */
export function GeneratePlanForm({ schoolId, rounds, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, result, errorOf, busy } = useActionForm(
    generatePlanSchema,
    async (values) => {
      const out = await action(values);
      if (out.ok) router.push(`/schools/${schoolId}/plans/${out.data.planId}`);
      return out;
    },
    {
      roundId: rounds[0]?.id ?? "",
      budgetPounds: 2000,
      hoursPerPersonPerYear: 6,
      inSchoolSessions: 3,
      order: "strict",
      weights: { 1: 100, 2: 10, 3: 1 },
      includeNonRespondents: false,
    },
  );
  const num = { valueAsNumber: true } as const;
  // react-hook-form's path type does not list the numeric keys of `weights`; they are real paths.
  const w = (tier: 1 | 2 | 3) => `weights.${tier}` as "weights";
  const order = form.watch("order");
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <SelectField
        id="plan-round"
        label="Round"
        options={rounds.map((r) => ({ value: r.id, label: `${r.title} (${r.submitted} submitted)` }))}
        error={errorOf("roundId")}
        {...form.register("roundId")}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id="plan-budget"
          label="Budget (£)"
          type="number"
          inputMode="decimal"
          step="0.01"
          min={0}
          error={errorOf("budgetPounds")}
          {...form.register("budgetPounds", num)}
        />
        <TextField
          id="plan-hours"
          label="Hours per person per year"
          type="number"
          step="0.5"
          min={0}
          error={errorOf("hoursPerPersonPerYear")}
          {...form.register("hoursPerPersonPerYear", num)}
        />
        <TextField
          id="plan-sessions"
          label="In-school sessions"
          type="number"
          step="1"
          min={0}
          error={errorOf("inSchoolSessions")}
          {...form.register("inSchoolSessions", num)}
        />
      </div>
      <ChoiceGroup
        id="plan-order"
        legend="Which gaps come first"
        type="radio"
        options={[
          {
            value: "strict",
            label: "Core, then Enhanced, then Specialist (recommended)",
            description:
              "Every Core gap the budget can close comes before any Enhanced one, and Enhanced before Specialist.",
          },
          {
            value: "weighted",
            label: "My own weights",
            description:
              "How much closing one level is worth in each tier; a cheap Enhanced course can then win over a dear Core one.",
          },
        ]}
        error={errorOf("order")}
        input={form.register("order")}
      />
      {order === "weighted" && (
        <fieldset className="grid gap-4 sm:grid-cols-3">
          <legend className="mb-1 font-medium">Weights (value of closing one level)</legend>
          <TextField
            id="plan-w1"
            label="Core"
            type="number"
            min={0}
            error={errorOf(w(1))}
            {...form.register(w(1), num)}
          />
          <TextField
            id="plan-w2"
            label="Enhanced"
            type="number"
            min={0}
            error={errorOf(w(2))}
            {...form.register(w(2), num)}
          />
          <TextField
            id="plan-w3"
            label="Specialist"
            type="number"
            min={0}
            error={errorOf(w(3))}
            {...form.register(w(3), num)}
          />
        </fieldset>
      )}
      {errorOf("weights") && <p className="text-sm font-medium text-red-800">{errorOf("weights")}</p>}
      <div className="flex items-start gap-2">
        <input
          id="plan-non-respondents"
          type="checkbox"
          className="mt-1 size-5"
          {...form.register("includeNonRespondents")}
        />
        <label htmlFor="plan-non-respondents">
          Include staff who did not respond in whole-staff sessions
          <span className="block text-sm text-slate-700">
            They join the Core in-school sessions, in seats already paid for, then in extra sessions if the
            budget and session limit allow.
          </span>
        </label>
      </div>
      <div>
        <Button type="submit" busy={busy}>
          Generate a plan
        </Button>
        {/* Beside the button, where the lead is looking: "busy, try again in a moment" and any other refusal. */}
        <span aria-live="polite" className="ml-3">
          {result && !result.ok && <span className="font-medium text-red-800">{result.message}</span>}
        </span>
      </div>
    </form>
  );
}
