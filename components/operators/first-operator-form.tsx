"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import type { ActionResult } from "@/lib/actions/result";
import { firstOperatorSchema, type FirstOperatorInput } from "@/lib/operators/schemas";

type Props = { action: (values: FirstOperatorInput) => Promise<ActionResult<{ email: string }>> };

export function FirstOperatorForm({ action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(firstOperatorSchema, action, {
    code: "",
    name: "",
    email: "",
    password: "",
    confirmPassword: "",
  });
  if (result?.ok)
    return (
      <Alert tone="success">
        <p className="mb-2">Your operator account is ready: {result.data.email}.</p>
        <Link href="/sign-in" className="font-medium underline">
          Sign in
        </Link>
      </Alert>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      <TextField
        id="setup-code"
        label="Setup code"
        autoComplete="off"
        spellCheck={false}
        hint="Twelve letters and digits, such as 7KQ2-M9XD-4TRW."
        error={errorOf("code")}
        {...form.register("code")}
      />
      <TextField
        id="setup-name"
        label="Your name"
        autoComplete="name"
        error={errorOf("name")}
        {...form.register("name")}
      />
      <TextField
        id="setup-email"
        label="Your email address"
        type="email"
        autoComplete="email"
        error={errorOf("email")}
        {...form.register("email")}
      />
      <NewPasswordFields
        idPrefix="setup"
        password={form.register("password")}
        confirm={form.register("confirmPassword")}
        passwordError={errorOf("password")}
        confirmError={errorOf("confirmPassword")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Create my operator account
        </Button>
      </div>
    </form>
  );
}
