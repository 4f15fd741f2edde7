"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { providerSettingsSchema, type ProviderSettingsInput } from "@/lib/sso/forms";

type Props = {
  initial: ProviderSettingsInput;
  domains: string[];
  action: (values: ProviderSettingsInput) => Promise<ActionResult<unknown>>;
};

/** The school's Microsoft directory, its Google Workspace and whether staff must use them. */
export function ProviderSettingsForm({ initial, domains, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(providerSettingsSchema, action, initial);
  const requireError = errorOf("requireProvider");
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && !result.fieldErrors && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && <Alert tone="success">Saved. Sign-in follows these settings from now on.</Alert>}
      <TextField
        id="microsoft-tenant"
        label="Microsoft directory (tenant) ID"
        hint="From Microsoft Entra admin centre, Overview. Leave empty if your school does not use Microsoft 365."
        autoComplete="off"
        spellCheck={false}
        error={errorOf("microsoftTenantId")}
        {...form.register("microsoftTenantId")}
      />
      <SelectField
        id="google-workspace"
        label="Google Workspace domain"
        hint="The primary domain of your school's Google Workspace, if it has one."
        options={[{ value: "", label: "None" }, ...domains.map((d) => ({ value: d, label: d }))]}
        error={errorOf("googleHostedDomain")}
        {...form.register("googleHostedDomain")}
      />
      <div className="flex flex-col gap-1">
        <div className="flex items-start gap-2">
          <input
            id="require-provider"
            type="checkbox"
            className="mt-1 size-5"
            aria-invalid={Boolean(requireError)}
            aria-describedby={requireError ? "require-provider-error" : undefined}
            {...form.register("requireProvider")}
          />
          <label htmlFor="require-provider">
            Staff must sign in with Microsoft or Google
            <span className="block text-sm text-slate-700">
              Passwords stop working for people who belong only to schools that require this. Trust leaders
              keep their passwords.
            </span>
          </label>
        </div>
        {requireError && (
          <p id="require-provider-error" className="text-sm font-medium text-red-800">
            {requireError}
          </p>
        )}
      </div>
      <div>
        <Button type="submit" busy={busy}>
          Save sign-in settings
        </Button>
      </div>
    </form>
  );
}
