// The lead's round forms: one zod schema each, used by the browser (react-hook-form) and by the
// server action. Dates are typed as whole days and become instants here (see ./dates.ts); the data
// layer (./queries.ts) checks what depends on the clock.
import { z } from "zod";
import { uploadText } from "../csv/limits";
import { oneLine } from "../text";
import type { JobRole } from "../generated/prisma/enums";
import { JOB_ROLE_KEYS } from "../tiers";
import { DAY_PATTERN, endOfLondonDay, isRealDay, startOfLondonDay } from "./dates";
import { reminderDaysOf, reminderFieldProblems, roundReminderFields } from "../reminders/forms";
import type { OpenRoundInput } from "./rules";

const day = (what: string) =>
  z
    .string(`Enter the ${what} date.`)
    .regex(DAY_PATTERN, `Enter the ${what} date.`)
    .refine(isRealDay, `Enter a real ${what} date.`);

const roundId = z.string().min(1, "Choose a round.");

export const openRoundFormSchema = z
  .object({
    title: oneLine(
      z
        .string()
        .trim()
        .min(3, "Give the round a title of at least 3 characters.")
        .max(200, "Keep the title under 200 characters."),
    ),
    opensOn: day("opening"),
    closesOn: day("closing"),
    mode: z.enum(["NAMED", "CONFIDENTIAL"], "Choose named or confidential."),
    audience: z.enum(["ALL_STAFF", "JOB_ROLES"], "Choose who is asked."),
    // An unticked group of checkboxes can arrive as false rather than [].
    jobRoles: z.preprocess(
      (v) => (v === false || v === undefined || v === null ? [] : v),
      z.array(z.enum(JOB_ROLE_KEYS as [JobRole, ...JobRole[]], "Choose job roles from the list.")),
    ),
    // Automatic reminders to those who have not submitted (lib/reminders); blank or absent: none.
    ...roundReminderFields,
  })
  .superRefine((r, ctx) => {
    // ISO days compare correctly as text.
    if (isRealDay(r.opensOn) && isRealDay(r.closesOn) && r.closesOn < r.opensOn) {
      ctx.addIssue({
        code: "custom",
        path: ["closesOn"],
        message: "The closing date must not be before the opening date.",
      });
    }
    if (r.audience === "JOB_ROLES" && r.jobRoles.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["jobRoles"],
        message: "Choose at least one job role, or ask all staff.",
      });
    }
    for (const p of reminderFieldProblems(r))
      ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
  })
  .transform((r): OpenRoundInput => ({
    title: r.title,
    opensAt: startOfLondonDay(r.opensOn),
    closesAt: endOfLondonDay(r.closesOn),
    mode: r.mode,
    audience: r.audience,
    jobRoles: r.audience === "ALL_STAFF" ? [] : [...new Set(r.jobRoles)],
    reminders: reminderDaysOf(r),
  }));
export type OpenRoundFormInput = z.input<typeof openRoundFormSchema>;

export const extendRoundFormSchema = z
  .object({ roundId, closesOn: day("new closing") })
  .transform((r) => ({ roundId: r.roundId, closesAt: endOfLondonDay(r.closesOn) }));
export type ExtendRoundFormInput = z.input<typeof extendRoundFormSchema>;

export const roundActionSchema = z.object({ roundId });
export type RoundActionInput = z.input<typeof roundActionSchema>;

export const importResponsesSchema = z.object({
  roundId,
  csv: uploadText("Choose a CSV file."),
});
export type ImportResponsesInput = z.input<typeof importResponsesSchema>;
