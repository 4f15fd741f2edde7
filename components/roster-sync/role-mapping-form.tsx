"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import type { TitleSeen } from "@/lib/roster-sync/diff";
import { roleMappingSchema, type RoleMappingInput } from "@/lib/roster-sync/schemas";
import { JOB_ROLE_OPTIONS } from "@/components/people/options";

const OPTIONS = [{ value: "", label: "Choose a job role" }, ...JOB_ROLE_OPTIONS];

/**
 * One Harbour job role per role title in the MIS, set once for the school. A suggestion is only
 * pre-selected: nobody with a title is proposed until the lead has saved what it means here.
 */
export function RoleMappingForm({
  titles,
  action,
}: {
  titles: TitleSeen[];
  action: (values: RoleMappingInput) => Promise<ActionResult<unknown>>;
}) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(roleMappingSchema, action, {
    mappings: titles.map((t) => ({
      title: t.title,
      jobRole: (t.jobRole ?? t.suggestion ?? "") as "TEACHER",
    })),
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4"
      aria-label="Job roles for MIS role titles"
    >
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && <Alert tone="success">Saved. The proposals below now use these job roles.</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        {titles.map((t, i) => (
          <div key={t.titleKey}>
            <input type="hidden" {...form.register(`mappings.${i}.title`)} />
            <SelectField
              id={`mapping-${i}`}
              label={`“${t.title}” in your MIS`}
              hint={`${t.people} ${t.people === 1 ? "person" : "people"}${t.jobRole ? "" : " · not mapped yet"}`}
              options={OPTIONS}
              error={errorOf(`mappings.${i}.jobRole`)}
              {...form.register(`mappings.${i}.jobRole`)}
            />
          </div>
        ))}
      </div>
      <div>
        <Button type="submit" variant="secondary" busy={busy}>
          Save job roles
        </Button>
      </div>
    </form>
  );
}
