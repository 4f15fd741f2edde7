"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/auth/password-reset-schemas";
import { NewPasswordFields } from "./new-password-fields";

type Props = {
  token: string;
  action: (values: ResetPasswordInput) => Promise<ActionResult<{ email: string }>>;
};

export function ResetPasswordForm({ token, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(resetPasswordSchema, action, {
    token,
    password: "",
    confirmPassword: "",
  });
  if (result?.ok) {
    return (
      <Alert tone="success">
        <p className="mb-2">
          Your password is changed, and you are signed out everywhere else. Sign in with {result.data.email}{" "}
          and your new password.
        </p>
        <Link href="/sign-in" className="font-medium text-harbour-700 underline">
          Go to sign in
        </Link>
      </Alert>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      <NewPasswordFields
        idPrefix="reset"
        password={form.register("password")}
        confirm={form.register("confirmPassword")}
        passwordError={errorOf("password")}
        confirmError={errorOf("confirmPassword")}
      />
      <Button type="submit" busy={busy}>
        Change my password
      </Button>
    </form>
  );
}
