"use client";

import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { publishOfferSchema, type PublishOfferInput } from "@/lib/commissioning/schemas";

type Props = {
  action: (values: PublishOfferInput) => Promise<ActionResult<{ id: string }>>;
  courses: { id: string; label: string }[];
  /** a course to start with (from "Offer this course" on the demand table) */
  courseId?: string;
};

/** Publishes a trust-wide offer of a course; every field's error sits beside it. */
export function OfferForm({ action, courses, courseId }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(publishOfferSchema, action, {
    courseId: courseId ?? "",
    dates: "",
    startsOn: "",
    places: "",
    pricePounds: "",
    closesOn: "",
  });
  // A fresh form after a success, so the same offer is not published twice by accident.
  useEffect(() => {
    if (result?.ok)
      form.reset({ courseId: "", dates: "", startsOn: "", places: "", pricePounds: "", closesOn: "" });
  }, [result, form]);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Publish an offer" className="flex flex-col gap-4">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && (
        <Alert tone="success">
          Offer published. Your schools see it in their catalogue, and their plans can book it.
        </Alert>
      )}
      <SelectField
        id="offer-course"
        label="Course"
        error={errorOf("courseId")}
        options={[
          { value: "", label: "Choose a course" },
          ...courses.map((c) => ({ value: c.id, label: c.label })),
        ]}
        {...form.register("courseId")}
      />
      <TextField
        id="offer-dates"
        label="Dates and times"
        hint="As schools should read them, such as “Tuesday 3 and 10 March, 1:30 to 4:30pm, at Kingsmead”."
        error={errorOf("dates")}
        {...form.register("dates")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="offer-starts"
          type="date"
          label="First session"
          hint="Its term is the one plans book it in."
          error={errorOf("startsOn")}
          {...form.register("startsOn")}
        />
        <TextField
          id="offer-closes"
          type="date"
          label="Bookings close"
          hint="On or before the first session."
          error={errorOf("closesOn")}
          {...form.register("closesOn")}
        />
        <TextField
          id="offer-places"
          inputMode="numeric"
          label="Places"
          error={errorOf("places")}
          {...form.register("places")}
        />
        <TextField
          id="offer-price"
          inputMode="decimal"
          label="Price per place (£)"
          error={errorOf("pricePounds")}
          {...form.register("pricePounds")}
        />
      </div>
      <div>
        <Button type="submit" busy={busy}>
          Publish the offer
        </Button>
      </div>
    </form>
  );
}
