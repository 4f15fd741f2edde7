"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import type { IssuedInvitation } from "@/lib/people/invitations";
import { inviteSchema, type InviteInput } from "@/lib/people/schemas";
import { InvitationLinks } from "./invitation-links";
import { JOB_ROLE_OPTIONS, SCHOOL_ROLE_OPTIONS } from "./options";

export function InviteForm({
  action,
}: {
  action: (values: InviteInput) => Promise<ActionResult<IssuedInvitation>>;
}) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(inviteSchema, action, {
    email: "",
    name: "",
    role: "STAFF",
    jobRole: "TEACHER",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && (
        <Alert tone="success">
          <InvitationLinks invitations={[result.data]} />
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="invite-email"
          label="Email address"
          type="email"
          error={errorOf("email")}
          {...form.register("email")}
        />
        <TextField
          id="invite-name"
          label="Name (optional)"
          error={errorOf("name")}
          {...form.register("name")}
        />
        <SelectField
          id="invite-role"
          label="Role in Harbour"
          options={SCHOOL_ROLE_OPTIONS}
          error={errorOf("role")}
          {...form.register("role")}
        />
        <SelectField
          id="invite-job"
          label="Job role"
          options={JOB_ROLE_OPTIONS}
          error={errorOf("jobRole")}
          {...form.register("jobRole")}
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
