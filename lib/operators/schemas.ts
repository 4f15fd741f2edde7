// One zod schema per operator form: the browser validates with it, the server action again.
import { z } from "zod";
import { passwordSchema, withPasswordConfirmed } from "../auth/password-rules";
import { uploadText } from "../csv/limits";
import { TrustKind } from "../generated/prisma/enums";
import { emailSchema as email, personNameSchema as name } from "../people/schemas";
const urn = z
  .string()
  .trim()
  .regex(/^[0-9]{6}$/, "A URN is six digits, as in Get Information About Schools.");

export const firstOperatorSchema = withPasswordConfirmed(
  z.object({
    code: z.string().trim().min(1, "Enter the setup code."),
    name,
    email,
    password: passwordSchema,
    confirmPassword: z.string(),
  }),
);
export type FirstOperatorInput = z.input<typeof firstOperatorSchema>;

export const registerImportSchema = z.object({
  csv: uploadText("Choose the register's CSV file."),
});

export const addSchoolSchema = z.object({ urn });
export type AddSchoolInput = z.input<typeof addSchoolSchema>;

export const addOrganisationSchema = z.object({
  kind: z.enum(TrustKind, { error: "Choose a trust or a local authority." }),
  name,
  registerCode: z
    .string()
    .trim()
    .regex(/^[0-9]{0,8}$/, "Use the register's number: digits only.")
    .transform((v) => v || undefined),
});
export type AddOrganisationInput = z.input<typeof addOrganisationSchema>;

/** The first leader of a school (its lead or head) or of a trust or authority. */
export const appointSchema = z.object({
  placeId: z.string().min(1, "Choose where they lead."),
  role: z.enum(["LEAD", "HEAD", "TRUST_LEADER"], { error: "Choose a role." }),
  name,
  email,
});
export type AppointInput = z.input<typeof appointSchema>;

export const removeDemoSchema = z.object({ confirm: z.literal(true) });
