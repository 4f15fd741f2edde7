"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
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
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const idBase = `person-${person.membershipId}`;

  async function onRemove() {
    if (!window.confirm(`Remove ${person.name} from the school? Their past answers stay with the school.`)) return;
    setRemoving(true);
    const outcome = await remove({ membershipId: person.membershipId });
    setRemoving(false);
    setRemoveError(outcome.ok ? null : outcome.message);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Role of ${person.name}`} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end">
      <SelectField id={`${idBase}-role`} label="Role" options={SCHOOL_ROLE_OPTIONS} error={errorOf("role")} {...form.register("role")} />
      <SelectField id={`${idBase}-job`} label="Job role" options={JOB_ROLE_OPTIONS} error={errorOf("jobRole")} {...form.register("jobRole")} />
      <Button type="submit" variant="secondary" busy={busy}>
        Save<span className="sr-only"> changes for {person.name}</span>
      </Button>
      <Button type="button" variant="danger" busy={removing} onClick={onRemove}>
        Remove<span className="sr-only"> {person.name}</span>
      </Button>
      <div aria-live="polite" className="sm:col-span-4">
        {result && !result.ok && <p className="text-sm font-medium text-red-800">{result.message}</p>}
        {result?.ok && <p className="text-sm text-green-800">Saved.</p>}
        {removeError && <p className="text-sm font-medium text-red-800">{removeError}</p>}
      </div>
    </form>
  );
}
