"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import {
  MAX_RETENTION_YEARS,
  MIN_RETENTION_YEARS,
  retentionSchema,
  type RetentionInput,
} from "@/lib/privacy/retention";

type Props = { years: number; action: (values: RetentionInput) => Promise<ActionResult<{ years: number }>> };

export function RetentionForm({ years, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(retentionSchema, action, { years });
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-sm flex-col gap-4">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && (
        <Alert tone="success">
          Saved: individual responses are kept for {result.data.years}{" "}
          {result.data.years === 1 ? "year" : "years"} after their round ends.
        </Alert>
      )}
      <TextField
        id="retention-years"
        label="Years after a round ends"
        hint={`A whole number from ${MIN_RETENTION_YEARS} to ${MAX_RETENTION_YEARS}.`}
        inputMode="numeric"
        error={errorOf("years")}
        {...form.register("years")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Save
        </Button>
      </div>
    </form>
  );
}
