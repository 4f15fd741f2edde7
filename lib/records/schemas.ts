// The "record completed training" form: one zod schema for the browser and the server action.
// What depends on the clock (not in the future) and on the database (the course, the person) is
// checked in ./queries.ts, with the error put beside the same field.
import { z } from "zod";
import { isRealDay } from "../rounds/dates";
import { oneLine, plainText } from "../text";
import { EARLIEST_DAY } from "./rules";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const recordTrainingSchema = z
  .object({
    /** Blank means "myself"; only the lead may name someone else (checked on the server). */
    personId: z.preprocess(blank, z.string().max(64).optional()),
    source: z.enum(["CATALOGUE", "EXTERNAL"], "Choose a catalogue course or other training."),
    courseId: z.preprocess(blank, z.string().max(64).optional()),
    externalTitle: z.preprocess(
      blank,
      oneLine(z.string().trim().max(200, "Keep the title under 200 characters.")).optional(),
    ),
    completedOn: z
      .string("Enter the date you completed it.")
      .refine(isRealDay, "Enter a real date, such as 2026-03-14.")
      .refine((d) => !isRealDay(d) || d >= EARLIEST_DAY, "Enter a date from 2000 onwards."),
    hours: z.coerce
      .number("Enter the hours as a number.")
      .refine(Number.isFinite, "Enter the hours as a number.")
      .refine((h) => h > 0, "Enter more than 0 hours.")
      .refine((h) => h <= 500, "Enter at most 500 hours."),
    note: z.preprocess(
      blank,
      plainText(z.string().trim().max(1000, "Keep the note under 1,000 characters.")).optional(),
    ),
  })
  .superRefine((r, ctx) => {
    if (r.source === "CATALOGUE" && !r.courseId) {
      ctx.addIssue({ code: "custom", path: ["courseId"], message: "Choose the course you completed." });
    }
    if (r.source === "EXTERNAL" && (!r.externalTitle || r.externalTitle.length < 3)) {
      ctx.addIssue({
        code: "custom",
        path: ["externalTitle"],
        message: "Give the training a title (at least 3 characters).",
      });
    }
  });
export type RecordTrainingInput = z.input<typeof recordTrainingSchema>;
export type RecordTrainingValues = z.output<typeof recordTrainingSchema>;
