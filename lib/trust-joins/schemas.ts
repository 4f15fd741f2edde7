// The one zod schema per form: the browser validates with it through react-hook-form, the server again.
import { z } from "zod";
import { oneLine } from "../text";

export const urnSchema = z
  .string()
  .trim()
  .regex(/^[0-9]{6}$/, "Enter the school's URN: six digits, as in Get Information About Schools.");

const optionalEmail = z
  .string()
  .trim()
  .max(254, "That email address is too long.")
  .transform((e) => e.toLowerCase())
  .pipe(z.union([z.literal(""), z.email("Enter a valid email address.")]));

/** A trust leader adds a school; the head's name and email are needed only when it is new to Harbour. */
export const addSchoolSchema = z.object({
  urn: urnSchema,
  headName: oneLine(z.string().trim().max(120, "Use at most 120 characters.")),
  headEmail: optionalEmail,
});
export type AddSchoolInput = z.input<typeof addSchoolSchema>;

export const decideJoinSchema = z.object({
  requestId: z.string().trim().min(1).max(100),
  decision: z.enum(["ACCEPT", "DECLINE"]),
});
export type DecideJoinInput = z.input<typeof decideJoinSchema>;
