"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import type { TrustTargetsValue } from "@/lib/trust/overview";
import { trustTargetsSchema, type TrustTargetsInput } from "@/lib/trust/schemas";

type Props = {
  targets: TrustTargetsValue;
  action: (values: TrustTargetsInput) => Promise<ActionResult<TrustTargetsValue>>;
};

export function TargetsForm({ targets, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(trustTargetsSchema, action, targets);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && <Alert tone="success">Targets saved.</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="targets-core"
          label="Core: share of respondents fully Core-confident (%)"
          hint="Every adult in school needs Core; the usual target is 100%."
          inputMode="numeric"
          error={errorOf("corePercent")}
          {...form.register("corePercent")}
        />
        <TextField
          id="targets-enhanced"
          label="Enhanced: share of all staff Enhanced-confident (%)"
          hint="Staff in pastoral or targeted roles; the usual target is a tenth of staff."
          inputMode="numeric"
          error={errorOf("enhancedPercent")}
          {...form.register("enhancedPercent")}
        />
      </div>
      <div>
        <Button type="submit" busy={busy}>
          Save targets
        </Button>
      </div>
    </form>
  );
}
