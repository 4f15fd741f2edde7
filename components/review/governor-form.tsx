"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { governorFormSchema, type GovernorFormInput } from "@/lib/review/forms";

type Props = { reviewId: string; action: (v: GovernorFormInput) => Promise<ActionResult<unknown>> };

/** Governors do not sign in to Harbour: the lead names one and enters their ratings. */
export function GovernorForm({ reviewId, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(governorFormSchema, action, {
    reviewId,
    name: "",
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Add a governor"
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
    >
      <div className="sm:w-80">
        <TextField
          id="governor-name"
          label="Governor's name"
          error={errorOf("name")}
          {...form.register("name")}
        />
      </div>
      <div>
        <Button type="submit" variant="secondary" busy={busy}>
          Add the governor
        </Button>
      </div>
      <div aria-live="polite" className="sm:flex-1">
        {result && !result.ok && !errorOf("name") && <Alert tone="error">{result.message}</Alert>}
      </div>
    </form>
  );
}
