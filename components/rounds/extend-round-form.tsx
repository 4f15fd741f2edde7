"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { formatDateTime } from "@/lib/format";
import { extendRoundFormSchema, type ExtendRoundFormInput } from "@/lib/rounds/forms";

type Props = {
  roundId: string;
  action: (values: ExtendRoundFormInput) => Promise<ActionResult<{ closesAt: Date }>>;
};

/** A later closing date; a round that has passed its date reopens, one closed early does not. */
export function ExtendRoundForm({ roundId, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(extendRoundFormSchema, action, {
    roundId,
    closesOn: "",
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Extend the round"
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
    >
      <div className="sm:w-64">
        <TextField
          id="extend-closes"
          label="New closing date"
          type="date"
          error={errorOf("closesOn")}
          {...form.register("closesOn")}
        />
      </div>
      <div>
        <Button type="submit" variant="secondary" busy={busy}>
          Extend
        </Button>
      </div>
      <div aria-live="polite" className="sm:flex-1">
        {result && !result.ok && !errorOf("closesOn") && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && (
          <Alert tone="success">The round now closes {formatDateTime(new Date(result.data.closesAt))}.</Alert>
        )}
      </div>
    </form>
  );
}
