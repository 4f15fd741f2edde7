"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { newRecoveryCodes } from "@/app/account/security/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { newRecoveryCodesSchema } from "@/lib/two-factor/schemas";
import { RecoveryCodesList } from "./recovery-codes-list";

/** New recovery codes, after a code from the app: the old ones stop working. */
export function RecoveryCodesForm() {
  const router = useRouter();
  const [codes, setCodes] = useState<string[] | null>(null);
  const { form, onSubmit, result, errorOf, busy } = useActionForm(
    newRecoveryCodesSchema,
    async (values) => {
      const res = await newRecoveryCodes(values);
      if (res.ok) setCodes(res.data);
      return res;
    },
    { code: "" },
  );
  if (codes)
    return (
      <RecoveryCodesList
        codes={codes}
        intro="New recovery codes made. The old ones no longer work."
        onSaved={() => {
          setCodes(null);
          router.refresh();
        }}
      />
    );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p>Used some, or lost them? Make a new set of ten; the old ones stop working.</p>
      {result && !result.ok && !result.fieldErrors && <Alert tone="error">{result.message}</Alert>}
      <TextField
        id="codes-code"
        label="Code from your authenticator app"
        inputMode="numeric"
        autoComplete="one-time-code"
        error={errorOf("code")}
        {...form.register("code")}
      />
      <Button type="submit" variant="secondary" className="self-start" busy={busy}>
        Make new recovery codes
      </Button>
    </form>
  );
}
