"use client";

import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { suggestionSchema, type SuggestionInput } from "@/lib/services/schemas";

type Props = {
  action: (values: SuggestionInput) => Promise<ActionResult<{ id: string }>>;
  serviceId: string;
  serviceName: string;
};

/** A school's suggested correction to one entry, sent to whoever keeps the directory. */
export function SuggestionForm({ action, serviceId, serviceName }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(suggestionSchema, action, {
    serviceId,
    text: "",
  });
  useEffect(() => {
    if (result?.ok) form.reset({ serviceId, text: "" });
  }, [result, form, serviceId]);
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={`Suggest a correction to ${serviceName}`}
      className="flex flex-col gap-3"
    >
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && <Alert tone="success">Thank you: your suggestion was sent.</Alert>}
      <input type="hidden" {...form.register("serviceId")} />
      <TextAreaField
        id={`suggest-${serviceId}`}
        label="What is wrong, and what should it say?"
        error={errorOf("text")}
        {...form.register("text")}
      />
      <div>
        <Button type="submit" variant="secondary" busy={busy}>
          Send the suggestion
        </Button>
      </div>
    </form>
  );
}
