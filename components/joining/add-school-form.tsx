"use client";

import { InvitationLinks } from "@/components/people/invitation-links";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import type { AddedSchool } from "@/lib/trust-joins/queries";
import { addSchoolSchema, type AddSchoolInput } from "@/lib/trust-joins/schemas";

type Props = { action: (values: AddSchoolInput) => Promise<ActionResult<AddedSchool>> };

export function AddSchoolForm({ action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(addSchoolSchema, action, {
    urn: "",
    headName: "",
    headEmail: "",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <div aria-live="polite">
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && (
          <Alert tone="success">
            <p className="mb-2">
              {result.data.schoolName}{" "}
              {result.data.created
                ? "is now in Harbour, and its head is invited. It joins the trust when the head accepts."
                : "has been asked to join. It joins the trust when its head accepts."}
            </p>
            {result.data.invitation && <InvitationLinks invitations={[result.data.invitation]} />}
          </Alert>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id="add-school-urn"
          label="URN"
          inputMode="numeric"
          autoComplete="off"
          hint="Six digits, from Get Information About Schools."
          error={errorOf("urn")}
          {...form.register("urn")}
        />
        <TextField
          id="add-school-head-name"
          label="Head's name"
          hint="Needed if the school is new to Harbour."
          error={errorOf("headName")}
          {...form.register("headName")}
        />
        <TextField
          id="add-school-head-email"
          label="Head's email address"
          type="email"
          hint="The head gets an invitation, then accepts or declines."
          error={errorOf("headEmail")}
          {...form.register("headEmail")}
        />
      </div>
      <div>
        <Button type="submit" busy={busy}>
          Add school
        </Button>
      </div>
    </form>
  );
}
