"use client";

import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import type { RecordRow } from "@/lib/records/queries";
import { recordTrainingSchema, type RecordTrainingInput } from "@/lib/records/schemas";
import { expiryText } from "@/lib/records/rules";

type Props = {
  action: (values: RecordTrainingInput) => Promise<ActionResult<RecordRow>>;
  courses: { id: string; title: string; provider: string }[];
  /** Only for the lead, who may record anyone's training; empty for everyone else. */
  people: { id: string; name: string }[];
  today: string;
};

export function RecordForm({ action, courses, people, today }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(recordTrainingSchema, action, {
    personId: "",
    source: "CATALOGUE",
    courseId: "",
    externalTitle: "",
    completedOn: "",
    hours: "",
    note: "",
  });
  useEffect(() => {
    if (result?.ok) form.reset();
  }, [result, form]);
  const external = form.watch("source") === "EXTERNAL";
  const saved = result?.ok ? result.data : null;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Record completed training"
      className="flex flex-col gap-4"
    >
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      {saved && (
        <Alert tone="success">
          Recorded {saved.title} for {saved.personName}.{" "}
          {/* Training recorded long after the event may already have expired: say so in the past tense. */}
          It {expiryText(saved.expiresOn, today).replace(/^./, (c) => c.toLowerCase())}.
        </Alert>
      )}
      {people.length > 0 && (
        <SelectField
          id="record-person"
          label="Who completed it"
          options={[{ value: "", label: "Myself" }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
          error={errorOf("personId")}
          {...form.register("personId")}
        />
      )}
      <ChoiceGroup
        id="record-source"
        legend="What was it"
        type="radio"
        options={[
          { value: "CATALOGUE", label: "A course in the catalogue" },
          { value: "EXTERNAL", label: "Other training" },
        ]}
        error={errorOf("source")}
        input={form.register("source")}
      />
      {external ? (
        <TextField
          id="record-title"
          label="Title of the training"
          error={errorOf("externalTitle")}
          {...form.register("externalTitle")}
        />
      ) : (
        <SelectField
          id="record-course"
          label="Course"
          options={[
            { value: "", label: "Choose a course" },
            ...courses.map((c) => ({ value: c.id, label: `${c.title} (${c.provider})` })),
          ]}
          error={errorOf("courseId")}
          {...form.register("courseId")}
        />
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          id="record-date"
          label="Date completed"
          type="date"
          max={today}
          min="2000-01-01"
          error={errorOf("completedOn")}
          {...form.register("completedOn")}
        />
        <TextField
          id="record-hours"
          label="Hours"
          inputMode="decimal"
          error={errorOf("hours")}
          {...form.register("hours")}
        />
      </div>
      <TextAreaField
        id="record-note"
        label="Certificate or note (optional)"
        hint="A certificate number, or where the certificate is kept."
        error={errorOf("note")}
        {...form.register("note")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Record training
        </Button>
      </div>
    </form>
  );
}
