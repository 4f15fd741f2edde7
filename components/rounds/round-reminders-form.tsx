"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { roundRemindersFormSchema, type RoundRemindersFormInput } from "@/lib/reminders/forms";
import type { RoundReminderDays } from "@/lib/reminders/rules";
import { ReminderDaysFields } from "./reminder-days-fields";

type Props = {
  roundId: string;
  current: RoundReminderDays | null;
  action: (values: RoundRemindersFormInput) => Promise<ActionResult<{ reminders: RoundReminderDays | null }>>;
};

const box = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

export function describeReminders(r: RoundReminderDays | null): string {
  if (!r) return "No automatic reminders.";
  const day = (n: number) =>
    n === 0 ? "on the closing day" : `${n} ${n === 1 ? "day" : "days"} before closing`;
  return r.secondDaysBefore === null
    ? `One reminder, ${day(r.firstDaysBefore)}.`
    : `Reminders ${day(r.firstDaysBefore)} and ${day(r.secondDaysBefore)}.`;
}

/** Changes a round's automatic reminders; reminders already sent stay sent. */
export function RoundRemindersForm({ roundId, current, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(roundRemindersFormSchema, action, {
    roundId,
    remindDaysBefore: box(current?.firstDaysBefore),
    remindAgainDaysBefore: box(current?.secondDaysBefore),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Automatic reminders" className="flex flex-col gap-3">
      <ReminderDaysFields
        idPrefix="round-reminders"
        register={(f) => form.register(f)}
        errorOf={(f) => errorOf(f)}
      />
      <div>
        <Button type="submit" variant="secondary" busy={busy}>
          Save reminders
        </Button>
      </div>
      <div aria-live="polite">
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && <Alert tone="success">Saved. {describeReminders(result.data.reminders)}</Alert>}
      </div>
    </form>
  );
}
