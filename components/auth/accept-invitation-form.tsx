"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { NewPasswordFields } from "./new-password-fields";
import { acceptInvitationSchema, type AcceptInvitationInput } from "@/lib/people/schemas";

type Props = {
  token: string;
  defaultName: string;
  action: (values: AcceptInvitationInput) => Promise<ActionResult<{ email: string }>>;
};

/** A new account from the invitation. It never asks for an existing account's password. */
export function AcceptInvitationForm({ token, defaultName, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(acceptInvitationSchema, action, {
    token,
    name: defaultName,
    password: "",
    confirmPassword: "",
  });
  if (result?.ok) {
    return (
      <Alert tone="success">
        <p className="mb-2">You&apos;re in. Sign in with {result.data.email} and your password.</p>
        <Link href="/sign-in" className="font-medium text-harbour-700 underline">
          Go to sign in
        </Link>
      </Alert>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      <TextField
        id="accept-name"
        label="Your name"
        autoComplete="name"
        error={errorOf("name")}
        {...form.register("name")}
      />
      <NewPasswordFields
        idPrefix="accept"
        password={form.register("password")}
        confirm={form.register("confirmPassword")}
        passwordError={errorOf("password")}
        confirmError={errorOf("confirmPassword")}
      />
      <Button type="submit" busy={busy}>
        Create my account
      </Button>
    </form>
  );
}
