"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { linkDomainSchema, type LinkDomainInput } from "@/lib/sso/forms";

type Props = {
  ownDomain: string;
  action: (values: LinkDomainInput) => Promise<ActionResult<{ domain: string }>>;
};

/** The lead links the domain of their own confirmed email; the server checks the same schema and more. */
export function LinkDomainForm({ ownDomain, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(linkDomainSchema, action, {
    domain: ownDomain,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && !result.fieldErrors && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && <Alert tone="success">Linked {result.data.domain}.</Alert>}
      <TextField
        id="link-domain"
        label="Email domain"
        hint={`The part after the @ in your school's addresses. You can link ${ownDomain}, the domain of your own email.`}
        autoComplete="off"
        spellCheck={false}
        error={errorOf("domain")}
        {...form.register("domain")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Link this domain
        </Button>
      </div>
    </form>
  );
}
