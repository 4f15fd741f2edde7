// The one zod schema per form: the browser validates with it through react-hook-form, the server again.
import { z } from "zod";
import { JobRole } from "../generated/prisma/enums";
import { oneLine } from "../text";
import { urnSchema } from "../trust-joins/schemas";
import { emailRefusal } from "./domain";

export const lookUpSchema = z.object({ urn: urnSchema });
export type LookUpInput = z.input<typeof lookUpSchema>;

const baseRequest = z.object({
  urn: urnSchema,
  requesterName: oneLine(
    z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters."),
  ),
  jobRole: z.enum(JobRole, { error: "Choose your job role." }),
  email: z
    .string()
    .trim()
    .max(254, "That email address is too long.")
    .pipe(z.email("Enter a valid email address."))
    .transform((e) => e.toLowerCase()),
});

/**
 * The request form, for a school whose own domain is `domain` (null: the register names none). The
 * page builds it with the domain the look-up showed; the server builds it again from the register.
 */
export function schoolRequestSchema(domain: string | null) {
  return baseRequest.superRefine((value, issue) => {
    const refusal = emailRefusal(value.email, domain);
    if (refusal) issue.addIssue({ code: "custom", path: ["email"], message: refusal });
  });
}
export type SchoolRequestInput = z.input<typeof baseRequest>;
/** What the server action accepts before it knows the domain: the same fields. */
export const schoolRequestFields = baseRequest;

export const confirmLinkSchema = z.object({ token: z.string().min(20).max(100) });

export const operatorDecisionSchema = z.object({
  requestId: z.string().trim().min(1).max(100),
  decision: z.enum(["CONFIRM", "REFUSE"]),
});
export type OperatorDecisionInput = z.input<typeof operatorDecisionSchema>;
