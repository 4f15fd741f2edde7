"use client";

import { useRouter } from "next/navigation";
import { turnOffTwoStep } from "@/app/account/security/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { turnOffTwoFactorSchema } from "@/lib/two-factor/schemas";

/** Turning two-step sign-in off needs both the password and a code, so a borrowed session cannot do it. */
export function TurnOffForm() {
  const router = useRouter();
  const { form, onSubmit, result, errorOf, busy } = useActionForm(
    turnOffTwoFactorSchema,
    async (values) => {
      const res = await turnOffTwoStep(values);
      if (res.ok) router.refresh();
      return res;
    },
    { password: "", code: "" },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p>Your account is safer with it on. If your role needs it, Harbour will ask you to set it up again.</p>
      {result && !result.ok && !result.fieldErrors && <Alert tone="error">{result.message}</Alert>}
      <TextField
        id="off-password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        error={errorOf("password")}
        {...form.register("password")}
      />
      <TextField
        id="off-code"
        label="Code from your authenticator app, or a recovery code"
        autoComplete="one-time-code"
        spellCheck={false}
        error={errorOf("code")}
        {...form.register("code")}
      />
      <Button type="submit" variant="danger" className="self-start" busy={busy}>
        Turn off two-step sign-in
      </Button>
    </form>
  );
}
