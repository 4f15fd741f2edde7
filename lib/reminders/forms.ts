// The reminder forms' one schema each, used by the browser (react-hook-form) and the server action.
import { z } from "zod";
import { MAX_DAYS_BEFORE, type RoundReminderDays } from "./rules";

// A number of days typed in a box: blank means "none".
const days = (what: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{0,3}$/, `Enter the ${what} as a whole number of days, or leave it blank.`)
    .refine(
      (v) => v === "" || (Number(v) >= min && Number(v) <= max),
      `Enter between ${min} and ${max} days.`,
    )
    .optional();

/** The round form's reminder fields (opening a round, and changing them later). */
export const roundReminderFields = {
  remindDaysBefore: days("first reminder", 1, MAX_DAYS_BEFORE),
  remindAgainDaysBefore: days("second reminder", 0, MAX_DAYS_BEFORE - 1),
};

type ReminderFieldValues = { remindDaysBefore?: string; remindAgainDaysBefore?: string };

/** Errors for the pair: a second reminder needs a first, and comes after it (fewer days before). */
export function reminderFieldProblems(v: ReminderFieldValues): { path: string; message: string }[] {
  const first = v.remindDaysBefore ?? "";
  const second = v.remindAgainDaysBefore ?? "";
  if (second === "") return [];
  if (first === "")
    return [{ path: "remindAgainDaysBefore", message: "Choose the first reminder before a second one." }];
  return Number(second) < Number(first)
    ? []
    : [
        {
          path: "remindAgainDaysBefore",
          message: "The second reminder must be closer to the closing date than the first.",
        },
      ];
}

export function reminderDaysOf(v: ReminderFieldValues): RoundReminderDays | null {
  const first = v.remindDaysBefore ?? "";
  if (first === "") return null;
  const second = v.remindAgainDaysBefore ?? "";
  return { firstDaysBefore: Number(first), secondDaysBefore: second === "" ? null : Number(second) };
}

export const roundRemindersFormSchema = z
  .object({ roundId: z.string().min(1, "Choose a round."), ...roundReminderFields })
  .superRefine((v, ctx) => {
    for (const p of reminderFieldProblems(v))
      ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
  })
  .transform((v) => ({ roundId: v.roundId, reminders: reminderDaysOf(v) }));
export type RoundRemindersFormInput = z.input<typeof roundRemindersFormSchema>;

export const reminderChannelSchema = z.object({
  channel: z.enum(["EMAIL_AND_APP", "APP_ONLY"], "Choose how you get reminders."),
});
export type ReminderChannelInput = z.input<typeof reminderChannelSchema>;
