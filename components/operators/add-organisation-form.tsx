"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { addOrganisationSchema, type AddOrganisationInput } from "@/lib/operators/schemas";

const KINDS = [
  { value: "MULTI_ACADEMY_TRUST", label: "Multi-academy trust" },
  { value: "LOCAL_AUTHORITY", label: "Local authority" },
];

type Props = {
  action: (values: AddOrganisationInput) => Promise<ActionResult<{ id: string; name: string }>>;
};

export function AddOrganisationForm({ action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(addOrganisationSchema, action, {
    kind: "MULTI_ACADEMY_TRUST",
    name: "",
    registerCode: "",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && !result.fieldErrors && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && <Alert tone="success">Added {result.data.name}. Next, appoint its first leader.</Alert>}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id="org-kind"
          label="Kind"
          options={KINDS}
          error={errorOf("kind")}
          {...form.register("kind")}
        />
        <TextField id="org-name" label="Name" error={errorOf("name")} {...form.register("name")} />
        <TextField
          id="org-code"
          label="Register number (optional)"
          inputMode="numeric"
          hint="A trust's group number, or a local authority's three-digit code."
          error={errorOf("registerCode")}
          {...form.register("registerCode")}
        />
      </div>
      <div>
        <Button type="submit" busy={busy}>
          Add
        </Button>
      </div>
    </form>
  );
}
