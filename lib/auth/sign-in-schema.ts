import { z } from "zod";
import { PASSWORD_MAX } from "./password-rules";

/** An email address as a person types it into a form: trimmed, said plainly when missing or wrong. */
export const emailAddressSchema = z
  .string()
  .trim()
  .min(1, "Enter your email address.")
  .max(254)
  .pipe(z.email("Enter a valid email address."));

/** The sign-in form's schema, applied in the browser and again on the server. */
export const signInSchema = z.object({
  email: emailAddressSchema,
  password: z
    .string()
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX * 4),
  // Asked for only after the right password, when the person has two-step sign-in on (decision 0040).
  code: z.string().max(40, "That code is too long.").optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;
