// The roster sync's forms: one zod schema each, used by react-hook-form and by the server action.
import { z } from "zod";
import { jobRoleSchema } from "../people/schemas";
import { oneLine } from "../text";

export const wondeConnectionSchema = z.object({
  wondeSchoolId: z
    .string()
    .trim()
    .min(1, "Enter the school ID Wonde gave you.")
    .max(40, "That is longer than a Wonde school ID.")
    .regex(/^[A-Za-z0-9]+$/, "A Wonde school ID has only letters and digits, for example A1930499544."),
  // Blank keeps the token already saved; the server asks for one if there is none.
  token: z
    .string()
    .trim()
    .max(200, "That is longer than a Wonde token.")
    .regex(/^[A-Za-z0-9._~+/=-]*$/, "A Wonde token has only letters, digits and . _ - characters."),
});
export type WondeConnectionInput = z.input<typeof wondeConnectionSchema>;

export const roleMappingSchema = z.object({
  mappings: z
    .array(
      z.object({
        title: oneLine(z.string().trim().min(1).max(120)),
        jobRole: jobRoleSchema,
      }),
    )
    .min(1)
    .max(500),
});
export type RoleMappingInput = z.input<typeof roleMappingSchema>;

export const proposalChoiceSchema = z.object({
  keys: z.array(z.string().min(1).max(400)).min(1, "Choose at least one proposal.").max(5000),
});
export type ProposalChoiceInput = z.input<typeof proposalChoiceSchema>;
