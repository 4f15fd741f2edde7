"use client";

import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { wondeConnectionSchema, type WondeConnectionInput } from "@/lib/roster-sync/schemas";

type Props = {
  current: { wondeSchoolId: string; tokenEnd: string } | null;
  action: (values: WondeConnectionInput) => Promise<ActionResult<unknown>>;
};

/** The school's Wonde ID and token. The token is never shown back: only its last four characters. */
export function WondeConnectionForm({ current, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(wondeConnectionSchema, action, {
    wondeSchoolId: current?.wondeSchoolId ?? "",
    token: "",
  });
  // A saved token leaves the field: it is never kept on the page longer than needed.
  const saved = result?.ok === true;
  useEffect(() => {
    if (saved) form.setValue("token", "");
  }, [saved, form]);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Wonde connection">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="wonde-school-id"
          label="Wonde school ID"
          hint="In Wonde, under your school's details: a letter and ten digits."
          autoComplete="off"
          spellCheck={false}
          error={errorOf("wondeSchoolId")}
          {...form.register("wondeSchoolId")}
        />
        <TextField
          id="wonde-token"
          label={current ? "New Wonde token (optional)" : "Wonde token"}
          hint={
            current
              ? `A token ending in …${current.tokenEnd} is saved. Leave this blank to keep it.`
              : "The API token Wonde gave your school for Harbour. It is stored encrypted and never shown again."
          }
          type="password"
          autoComplete="off"
          spellCheck={false}
          error={errorOf("token")}
          {...form.register("token")}
        />
      </div>
      {result && !result.ok && !result.fieldErrors && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && <Alert tone="success">Saved the Wonde connection.</Alert>}
      <div>
        <Button type="submit" busy={busy}>
          Save connection
        </Button>
      </div>
    </form>
  );
}
