// One zod schema per plan form and action: the browser and the server apply the same one.
import { z } from "zod";
import { oneLine } from "../text";
import { planLimitsSchema } from "../planner/schemas";
import { TERMS } from "../planner/types";

const id = (what: string) =>
  z
    .string({ error: `Choose ${what}.` })
    .trim()
    .min(1, `Choose ${what}.`)
    .max(100);
const term = z.enum(TERMS, { error: "Choose autumn, spring or summer." });

export const generatePlanSchema = planLimitsSchema.extend({
  roundId: id("a round"),
  title: oneLine(z.string().trim().max(200, "Keep the title under 200 characters.")).optional(),
  /** add staff who did not answer the round to the Core in-school (whole-staff) sessions */
  includeNonRespondents: z.boolean().default(false),
});
export type GeneratePlanInput = z.input<typeof generatePlanSchema>;

export const removeItemSchema = z.object({ planId: id("a plan"), itemId: id("a booking") });
export const moveItemSchema = z.object({ planId: id("a plan"), itemId: id("a booking"), term });
export const removeAttendeeSchema = z.object({ planId: id("a plan"), attendeeId: id("an attendee") });
export const addAttendeeSchema = z.object({
  planId: id("a plan"),
  itemId: id("a booking"),
  personId: id("a person"),
});
export const addItemSchema = z.object({
  planId: id("a plan"),
  courseId: id("a course"),
  term,
  personIds: z.array(z.string().min(1)).min(1, "Choose at least one person to attend.").max(500),
});
export const approveSchema = z.object({ planId: id("a plan"), versionId: id("a version") });
export const reviseSchema = z.object({ planId: id("a plan") });

export type AddItemInput = z.input<typeof addItemSchema>;
export type MoveItemInput = z.input<typeof moveItemSchema>;
