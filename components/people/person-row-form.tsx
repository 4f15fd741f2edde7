"use client";

import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import type { PersonRow } from "@/lib/people/queries";
import { changeMembershipSchema, type ChangeMembershipInput } from "@/lib/people/schemas";
import { JOB_ROLE_OPTIONS, SCHOOL_ROLE_OPTIONS } from "./options";

type Props = {
  person: PersonRow;
  change: (values: ChangeMembershipInput) => Promise<ActionResult<unknown>>;
  remove: (values: { membershipId: string }) => Promise<ActionResult<unknown>>;
};

/** Change one person's role or job role, or remove them from the school (their past answers stay). */
export function PersonRowForm({ person, change, remove }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(changeMembershipSchema, change, {
    membershipId: person.membershipId,
    role: person.role as ChangeMembershipInput["role"],
    jobRole: person.jobRole,
  });
  const idBase = `person-${person.membershipId}`;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={`Role of ${person.name}`}
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      <SelectField
        id={`${idBase}-role`}
        label="Role"
        options={SCHOOL_ROLE_OPTIONS}
        error={errorOf("role")}
        {...form.register("role")}
      />
      <SelectField
        id={`${idBase}-job`}
        label="Job role"
        options={JOB_ROLE_OPTIONS}
        error={errorOf("jobRole")}
        {...form.register("jobRole")}
      />
      <Button type="submit" variant="secondary" busy={busy}>
        Save<span className="sr-only"> changes for {person.name}</span>
      </Button>
      <div aria-live="polite" className="sm:col-span-3">
        {result && !result.ok && <p className="text-sm font-medium text-red-800">{result.message}</p>}
        {result?.ok && <p className="text-sm text-green-800">Saved.</p>}
      </div>
      <div className="sm:col-span-3">
        <ConfirmButton
          label="Remove from the school"
          srLabel={person.name}
          question={`Remove ${person.name} from the school? Their past answers stay with the school.`}
          confirmLabel="Yes, remove"
          action={remove}
          values={{ membershipId: person.membershipId }}
        />
      </div>
    </form>
  );
}
