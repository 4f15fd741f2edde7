// The trust targets form's one schema, shared by the form (react-hook-form) and the action.
import { z } from "zod";

const percent = (what: string) =>
  z.coerce
    .number({ error: `Give the ${what} target as a number from 0 to 100.` })
    .int(`Give the ${what} target as a whole number.`)
    .min(0, `The ${what} target cannot be below 0%.`)
    .max(100, `The ${what} target cannot be above 100%.`);

export const trustTargetsSchema = z.object({
  corePercent: percent("Core"),
  enhancedPercent: percent("Enhanced"),
});
export type TrustTargetsInput = z.input<typeof trustTargetsSchema>;

// A group of the trust's schools: the form's one schema, shared by the form and the action.
export const trustGroupSchema = z.object({
  groupId: z.string().max(40).optional(),
  name: z
    .string()
    .trim()
    .min(1, "Give the group a name, such as North hub.")
    .max(80, "Keep the name to 80 characters."),
  schoolIds: z
    .array(z.string().max(40))
    .max(1000)
    .refine((ids) => ids.length > 0, "Choose at least one school for the group."),
});
export type TrustGroupInput = z.input<typeof trustGroupSchema>;
export const deleteTrustGroupSchema = z.object({ groupId: z.string().min(1).max(40) });
