"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { eraseSchema, type EraseInput } from "@/lib/privacy/erase-schema";

type Props = { action: (values: EraseInput) => Promise<ActionResult<{ erased: true }>> };

/** Two steps: a button, then the email address typed out as the confirmation. */
export function EraseAccountForm({ action }: Props) {
  const [open, setOpen] = useState(false);
  const { form, onSubmit, result, errorOf, busy } = useActionForm(eraseSchema, action, { email: "" });
  if (result?.ok) {
    return (
      <Alert tone="success">
        Your account has been erased and you have been signed out.{" "}
        <a href="/sign-in" className="underline">
          Back to sign-in
        </a>
      </Alert>
    );
  }
  if (!open) {
    return (
      <Button type="button" variant="danger" onClick={() => setOpen(true)}>
        Erase my account…
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      <TextField
        id="erase-email"
        label="Type your email address to confirm"
        hint="The address you sign in with."
        type="email"
        autoComplete="off"
        autoFocus
        error={errorOf("email")}
        {...form.register("email")}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" busy={busy}>
          Erase my account for good
        </Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => setOpen(false)}>
          Keep my account
        </Button>
      </div>
    </form>
  );
}
