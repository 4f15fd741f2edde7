"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { caseStudyFormSchema, type CaseStudyFormInput } from "@/lib/network/forms";
import { PRINCIPLES } from "@/lib/review/principles";

type Props = {
  schoolId: string;
  initial: CaseStudyFormInput;
  contacts: { id: string; name: string }[];
  /** The school's accreditation criteria (key and words). */
  criteria: { id: string; label: string }[];
  action: (v: CaseStudyFormInput) => Promise<ActionResult<{ id: string }>>;
};

/** Writing or editing a case study: saved as a draft, then sent to its contact from its page. */
export function CaseStudyForm({ schoolId, initial, contacts, criteria, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, result, errorOf, busy } = useActionForm(
    caseStudyFormSchema,
    async (values) => {
      const out = await action(values);
      if (out.ok) router.push(`/schools/${schoolId}/network/${out.data.id}`);
      return out;
    },
    initial,
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Case study" className="flex flex-col gap-4">
      <div aria-live="polite">{result && !result.ok && <Alert tone="error">{result.message}</Alert>}</div>
      <TextField id="cs-title" label="Title" error={errorOf("title")} {...form.register("title")} />
      <TextAreaField
        id="cs-summary"
        label="Summary"
        hint="Two or three sentences other schools see in the library."
        error={errorOf("summary")}
        {...form.register("summary")}
      />
      <TextAreaField
        id="cs-what"
        label="What we did"
        rows={6}
        error={errorOf("whatWeDid")}
        {...form.register("whatWeDid")}
      />
      <TextAreaField
        id="cs-impact"
        label="The impact it had"
        rows={4}
        error={errorOf("impact")}
        {...form.register("impact")}
      />
      <ChoiceGroup
        id="cs-principles"
        legend="Principles it shows"
        type="checkbox"
        columns
        options={PRINCIPLES.map((p) => ({ value: p.key, label: p.title }))}
        error={errorOf("principleKeys")}
        input={form.register("principleKeys")}
      />
      {criteria.length > 0 && (
        <details
          className="rounded-md border border-slate-300 p-3"
          open={(initial.criterionIds ?? []).length > 0}
        >
          <summary className="cursor-pointer font-medium">Accreditation criteria it shows (optional)</summary>
          <div className="mt-3">
            <ChoiceGroup
              id="cs-criteria"
              legend="Criteria"
              type="checkbox"
              options={criteria.map((c) => ({ value: c.id, label: c.label }))}
              error={errorOf("criterionIds")}
              input={form.register("criterionIds")}
            />
          </div>
        </details>
      )}
      <SelectField
        id="cs-contact"
        label="Named contact"
        hint="Someone in your school who will answer other schools' questions. They are asked to agree before it is published; other schools see their name only."
        error={errorOf("contactId")}
        options={[
          { value: "", label: "Choose a person" },
          ...contacts.map((c) => ({ value: c.id, label: c.name })),
        ]}
        {...form.register("contactId")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Save as a draft
        </Button>
      </div>
    </form>
  );
}
