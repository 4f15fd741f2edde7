"use client";

import { InvitationLinks } from "@/components/people/invitation-links";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { appointSchema, type AppointInput } from "@/lib/operators/schemas";
import type { IssuedInvitation } from "@/lib/people/invitations";

type Props = {
  id: string;
  places: { id: string; name: string }[];
  placeLabel: string;
  /** The roles offered: a school's lead or head, or a trust's or authority's leader. */
  roles: { value: AppointInput["role"]; label: string }[];
  action: (values: AppointInput) => Promise<ActionResult<IssuedInvitation>>;
};

export function AppointForm({ id, places, placeLabel, roles, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(appointSchema, action, {
    placeId: places[0]?.id ?? "",
    role: roles[0]!.value,
    name: "",
    email: "",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && !result.fieldErrors && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && (
        <Alert tone="success">
          <InvitationLinks invitations={[result.data]} />
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={`${id}-place`}
          label={placeLabel}
          options={places.map((p) => ({ value: p.id, label: p.name }))}
          error={errorOf("placeId")}
          {...form.register("placeId")}
        />
        {roles.length > 1 && (
          <SelectField
            id={`${id}-role`}
            label="Role"
            options={roles}
            error={errorOf("role")}
            {...form.register("role")}
          />
        )}
        <TextField id={`${id}-name`} label="Their name" error={errorOf("name")} {...form.register("name")} />
        <TextField
          id={`${id}-email`}
          label="Their email address"
          type="email"
          error={errorOf("email")}
          {...form.register("email")}
        />
      </div>
      <div>
        <Button type="submit" busy={busy}>
          Send invitation
        </Button>
      </div>
    </form>
  );
}
