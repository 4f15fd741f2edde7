"use client";

import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { addCompetencyFormSchema } from "@/lib/framework/forms";
import { TIER_NAMES, TIERS } from "@/lib/tiers";
import type { FrameworkActions } from "./types";
import { useFrameworkVersion } from "./version-context";

type Props = { domains: { code: string; name: string }[]; add: FrameworkActions["add"] };

const TIER_OPTIONS = TIERS.map((t) => ({ value: String(t), label: `Tier ${t}: ${TIER_NAMES[t]}` }));

/** A local competency, placed at the end of its domain, with the next free code unless one is given. */
export function AddCompetencyForm({ domains, add }: Props) {
  const { current, advance } = useFrameworkVersion();
  const { form, onSubmit, result, errorOf, busy } = useActionForm(
    addCompetencyFormSchema,
    async (values) => {
      const outcome = await add({ ...values, baseVersionId: current.id });
      if (outcome.ok) advance(outcome.data);
      return outcome;
    },
    { domainCode: domains[0]?.code ?? "", tier: 1, statement: "", guidance: "", code: "" },
  );
  // Once added, clear the wording so a second click cannot add the same statement twice.
  useEffect(() => {
    if (result?.ok) form.reset({ ...form.getValues(), statement: "", guidance: "", code: "" });
  }, [result, form]);

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a competency" className="flex flex-col gap-4">
      <div aria-live="polite">
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && (
          <Alert tone="success">
            Added {result.data.code} as version {result.data.number}.
          </Alert>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="add-domain"
          label="Domain"
          options={domains.map((d) => ({ value: d.code, label: `${d.code}: ${d.name}` }))}
          error={errorOf("domainCode")}
          {...form.register("domainCode")}
        />
        <SelectField
          id="add-tier"
          label="Tier"
          options={TIER_OPTIONS}
          error={errorOf("tier")}
          {...form.register("tier", { valueAsNumber: true })}
        />
      </div>
      <TextAreaField
        id="add-statement"
        label="Statement"
        hint="Written as the staff member would say it, for example “I can …”."
        error={errorOf("statement")}
        {...form.register("statement")}
      />
      <TextAreaField
        id="add-guidance"
        label="Guidance (optional)"
        error={errorOf("guidance")}
        {...form.register("guidance")}
      />
      <TextField
        id="add-code"
        label="Code (optional)"
        hint="Leave blank for the next free code in the domain, such as C2.07. A code is never reused."
        error={errorOf("code")}
        {...form.register("code")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Add competency
        </Button>
      </div>
    </form>
  );
}
