"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import type { IssuedInvitation } from "@/lib/people/invitations";
import { trustInviteSchema, type TrustInviteInput } from "@/lib/people/schemas";
import { InvitationLinks } from "./invitation-links";
import { JOB_ROLE_OPTIONS, TRUST_ROLE_OPTIONS } from "./options";

type Props = {
  schools: { id: string; name: string }[];
  action: (values: TrustInviteInput) => Promise<ActionResult<IssuedInvitation>>;
};

export function TrustInviteForm({ schools, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(trustInviteSchema, action, {
    schoolId: schools[0]?.id ?? "",
    email: "",
    name: "",
    role: "LEAD",
    jobRole: "SENIOR_MH_LEAD",
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
        <SelectField
          id="trust-invite-school"
          label="School"
          options={schools.map((s) => ({ value: s.id, label: s.name }))}
          error={errorOf("schoolId")}
          {...form.register("schoolId")}
        />
        <SelectField
          id="trust-invite-role"
          label="Role"
          options={TRUST_ROLE_OPTIONS}
          error={errorOf("role")}
          {...form.register("role")}
        />
        <TextField
          id="trust-invite-email"
          label="Email address"
          type="email"
          error={errorOf("email")}
          {...form.register("email")}
        />
        <TextField
          id="trust-invite-name"
          label="Name (optional)"
          error={errorOf("name")}
          {...form.register("name")}
        />
        <SelectField
          id="trust-invite-job"
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
