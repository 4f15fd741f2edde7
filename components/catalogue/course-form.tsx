"use client";

import { useEffect } from "react";
import { useFieldArray } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { shorten } from "./course-filters";
import { addCourseSchema, COURSE_FORMATS, FORMAT_LABELS, type AddCourseInput } from "@/lib/catalogue/schemas";

type Competency = { code: string; tier: number; statement: string };
type Props = {
  action: (values: AddCourseInput) => Promise<ActionResult<{ id: string }>>;
  competencies: Competency[];
};

const TIER_OPTIONS = [
  { value: "1", label: "1 Core" },
  { value: "2", label: "2 Enhanced" },
  { value: "3", label: "3 Specialist" },
];
const LEVEL_OPTIONS = [1, 2, 3, 4].map((l) => ({ value: String(l), label: String(l) }));

/** Adds a course owned by the school or trust; every field's error sits beside it. */
export function CourseForm({ action, competencies }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(addCourseSchema, action, {
    provider: "",
    title: "",
    summary: "",
    tier: "1",
    outcomes: [{ competencyCode: "", level: "3" }],
    format: "IN_SCHOOL",
    hoursPerParticipant: "",
    costModel: "PER_PLACE",
    sessionCapacity: "",
    costPounds: "",
    qualityAssured: false,
    refreshMonths: "",
    bookingUrl: "",
  });
  // A fresh form after a success, so the same course is not added twice by accident.
  useEffect(() => {
    if (result?.ok) form.reset();
  }, [result, form]);
  const outcomes = useFieldArray({ control: form.control, name: "outcomes" as never });
  const perSession = form.watch("costModel") === "PER_SESSION";
  // The browser's resolver puts an error about the whole list under "root"; the server's sits on the list.
  const outcomesError = errorOf("outcomes") ?? errorOf("outcomes.root" as "outcomes");
  const competencyOptions = [
    { value: "", label: "Choose a competency" },
    ...competencies.map((c) => ({
      value: c.code,
      label: `${shorten(c.statement, 70)} (tier ${c.tier}, ${c.code})`,
    })),
  ];

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a course" className="flex flex-col gap-4">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && <Alert tone="success">Course added to the catalogue.</Alert>}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          id="course-provider"
          label="Provider"
          error={errorOf("provider")}
          {...form.register("provider")}
        />
        <TextField id="course-title" label="Title" error={errorOf("title")} {...form.register("title")} />
      </div>
      <TextAreaField
        id="course-summary"
        label="Summary"
        error={errorOf("summary")}
        {...form.register("summary")}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField
          id="course-tier"
          label="Tier"
          options={TIER_OPTIONS}
          error={errorOf("tier")}
          {...form.register("tier")}
        />
        <SelectField
          id="course-format"
          label="Format"
          options={COURSE_FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))}
          error={errorOf("format")}
          {...form.register("format")}
        />
      </div>
      <fieldset
        className="flex flex-col gap-3"
        aria-describedby={outcomesError ? "course-outcomes-error" : undefined}
      >
        <legend className="font-medium">Competencies it develops, and the level it brings each to</legend>
        {outcomesError && (
          <p id="course-outcomes-error" className="text-sm font-medium text-red-800">
            {outcomesError}
          </p>
        )}
        {outcomes.fields.map((field, i) => (
          <div
            key={field.id}
            className="grid grid-cols-1 gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[minmax(0,1fr)_8rem_auto] sm:items-end"
          >
            <SelectField
              id={`course-outcome-${i}-code`}
              label={`Competency ${i + 1}`}
              options={competencyOptions}
              {...form.register(`outcomes.${i}.competencyCode` as "outcomes.0.competencyCode")}
            />
            <SelectField
              id={`course-outcome-${i}-level`}
              label="Level"
              options={LEVEL_OPTIONS}
              {...form.register(`outcomes.${i}.level` as "outcomes.0.level")}
            />
            {outcomes.fields.length > 1 && (
              <Button type="button" variant="secondary" onClick={() => outcomes.remove(i)}>
                Remove <span className="sr-only">competency {i + 1}</span>
              </Button>
            )}
          </div>
        ))}
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() => outcomes.append({ competencyCode: "", level: "3" } as never)}
          >
            Add another competency
          </Button>
        </div>
      </fieldset>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          id="course-hours"
          label="Hours per participant"
          inputMode="decimal"
          error={errorOf("hoursPerParticipant")}
          {...form.register("hoursPerParticipant")}
        />
        <SelectField
          id="course-cost-model"
          label="Cost model"
          options={[
            { value: "PER_PLACE", label: "Per place" },
            { value: "PER_SESSION", label: "Per session (with a capacity)" },
          ]}
          error={errorOf("costModel")}
          {...form.register("costModel")}
        />
        <TextField
          id="course-cost"
          label={perSession ? "Cost per session (£)" : "Cost per place (£)"}
          inputMode="decimal"
          error={errorOf("costPounds")}
          {...form.register("costPounds")}
        />
        {perSession && (
          <TextField
            id="course-capacity"
            label="Staff per session"
            inputMode="numeric"
            error={errorOf("sessionCapacity")}
            {...form.register("sessionCapacity")}
          />
        )}
        <TextField
          id="course-refresh"
          label="Refresh every (months, optional)"
          inputMode="numeric"
          hint="Leave blank if it never needs refreshing."
          error={errorOf("refreshMonths")}
          {...form.register("refreshMonths")}
        />
        <TextField
          id="course-url"
          label="Booking link (optional)"
          type="url"
          error={errorOf("bookingUrl")}
          {...form.register("bookingUrl")}
        />
      </div>
      <div className="flex items-center gap-2">
        <input
          id="course-qa"
          type="checkbox"
          className="size-5 accent-harbour-700"
          {...form.register("qualityAssured")}
        />
        <label htmlFor="course-qa" className="font-medium">
          Quality-assured
        </label>
      </div>
      <div>
        <Button type="submit" busy={busy}>
          Add course
        </Button>
      </div>
    </form>
  );
}
