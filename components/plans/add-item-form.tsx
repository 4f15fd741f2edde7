"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { addItemSchema, type AddItemInput } from "@/lib/plans/schemas";

type Props = {
  planId: string;
  courses: { id: string; title: string; provider: string }[];
  members: { personId: string; name: string }[];
  action: (values: AddItemInput) => Promise<ActionResult<unknown>>;
};

/** A booking the planner did not propose: a course from the catalogue, a term and who goes. */
export function AddItemForm({ planId, courses, members, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(addItemSchema, action, {
    planId,
    courseId: courses[0]?.id ?? "",
    term: "autumn",
    personIds: [],
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 print:hidden">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && <Alert tone="success">Added. A new draft version was saved.</Alert>}
      <SelectField
        id="add-course"
        label="Course"
        options={courses.map((c) => ({ value: c.id, label: `${c.title} (${c.provider})` }))}
        error={errorOf("courseId")}
        {...form.register("courseId")}
      />
      <SelectField
        id="add-term"
        label="Term"
        options={[
          { value: "autumn", label: "Autumn" },
          { value: "spring", label: "Spring" },
          { value: "summer", label: "Summer" },
        ]}
        error={errorOf("term")}
        {...form.register("term")}
      />
      <ChoiceGroup
        id="add-people"
        legend="Who attends"
        type="checkbox"
        columns
        options={members.map((m) => ({ value: m.personId, label: m.name }))}
        error={errorOf("personIds")}
        input={form.register("personIds")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Add the booking
        </Button>
      </div>
    </form>
  );
}
