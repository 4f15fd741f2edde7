"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { addSchoolSchema, type AddSchoolInput } from "@/lib/operators/schemas";

type Props = { action: (values: AddSchoolInput) => Promise<ActionResult<{ id: string; name: string }>> };

export function AddSchoolForm({ action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(addSchoolSchema, action, { urn: "" });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && !result.fieldErrors && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && (
        <Alert tone="success">
          Added {result.data.name}. Next, appoint its senior mental health lead or head below.
        </Alert>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-full sm:w-56">
          <TextField
            id="add-school-urn"
            label="URN"
            inputMode="numeric"
            autoComplete="off"
            hint="The school's six-digit number in the register."
            error={errorOf("urn")}
            {...form.register("urn")}
          />
        </div>
        <Button type="submit" busy={busy}>
          Add school
        </Button>
      </div>
    </form>
  );
}
