"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { termDatesSchema, type TermDates, type TermDatesInput } from "@/lib/plans/calendar";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const FIELDS = [
  { key: "autumn", label: "Autumn term starts" },
  { key: "spring", label: "Spring term starts" },
  { key: "summer", label: "Summer term starts" },
  { key: "summerEnd", label: "Summer term ends" },
] as const;

type Props = {
  initial: TermDates;
  action: (values: TermDatesInput) => Promise<ActionResult<{ saved: boolean }>>;
};

/** Day and month for each term, every year; the server applies the same schema. */
export function TermDatesForm({ initial, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(termDatesSchema, action, initial);
  const asNumber = { setValueAs: (v: unknown) => Number(v) } as const;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && <Alert tone="success">Saved. Calendar downloads from now on use these dates.</Alert>}
      {FIELDS.map(({ key, label }) => (
        <fieldset key={key} className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-1 font-medium">{label}</legend>
          <TextField
            id={`${key}-day`}
            label="Day"
            type="number"
            min={1}
            max={31}
            error={errorOf(`${key}.day`) ?? errorOf(key)}
            {...form.register(`${key}.day`, asNumber)}
          />
          <SelectField
            id={`${key}-month`}
            label="Month"
            options={MONTHS.map((m, i) => ({ value: String(i + 1), label: m }))}
            error={errorOf(`${key}.month`)}
            {...form.register(`${key}.month`, asNumber)}
          />
        </fieldset>
      ))}
      <div>
        <Button type="submit" busy={busy}>
          Save term dates
        </Button>
      </div>
    </form>
  );
}
