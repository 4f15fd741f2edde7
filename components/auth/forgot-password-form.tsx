"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { requestResetSchema, type RequestResetInput } from "@/lib/auth/password-reset-schemas";

type Props = { action: (values: RequestResetInput) => Promise<ActionResult<{ email: string }>> };

/** Asks for a reset link. The answer is the same whether or not an account uses the address. */
export function ForgotPasswordForm({ action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(requestResetSchema, action, { email: "" });
  if (result?.ok) {
    return (
      <Alert tone="success">
        <p>
          If a Harbour account uses {result.data.email}, we have sent it a link to choose a new password. The
          link works once, within 30 minutes. Check your junk folder if it does not arrive.
        </p>
      </Alert>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      <TextField
        id="reset-email"
        label="Email address"
        type="email"
        autoComplete="username"
        inputMode="email"
        error={errorOf("email")}
        {...form.register("email")}
      />
      <Button type="submit" busy={busy}>
        Send me a link
      </Button>
    </form>
  );
}
