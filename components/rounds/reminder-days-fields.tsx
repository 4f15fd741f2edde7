"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/ui/field";

type Box = "remindDaysBefore" | "remindAgainDaysBefore";
type Props = {
  idPrefix: string;
  register: (field: Box) => UseFormRegisterReturn;
  errorOf: (field: Box) => string | undefined;
};

/** The two reminder boxes shared by opening a round and changing its reminders later. */
export function ReminderDaysFields({ idPrefix, register, errorOf }: Props) {
  const first = "remindDaysBefore";
  const second = "remindAgainDaysBefore";
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 font-medium">Automatic reminders</legend>
      <p className="text-sm text-slate-700">
        Harbour reminds everyone asked who has not submitted, in Harbour and by email (unless they chose
        Harbour only), at most twice. Leave a box blank for no reminder; 0 means on the closing day.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${idPrefix}-first`}
          label="First reminder, days before closing"
          inputMode="numeric"
          error={errorOf(first)}
          {...register(first)}
        />
        <TextField
          id={`${idPrefix}-second`}
          label="Second reminder, days before closing"
          inputMode="numeric"
          error={errorOf(second)}
          {...register(second)}
        />
      </div>
    </fieldset>
  );
}
