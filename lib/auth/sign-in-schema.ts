// zod/mini, not zod: this schema runs in the sign-in page's browser bundle, and mini's functions
// tree-shake to a few KiB where full zod is about 31 KiB gzipped (decision 0046). The server parses
// with the same schema, and zod's other schemas may embed it (password-reset-schemas.ts).
import * as z from "zod/mini";
import { PASSWORD_MAX } from "./password-limits";

/** An email address as a person types it into a form: trimmed, said plainly when missing or wrong. */
export const emailAddressSchema = z.pipe(
  z.string().check(z.trim(), z.minLength(1, "Enter your email address."), z.maxLength(254)),
  z.email("Enter a valid email address."),
);

/** The sign-in form's schema, applied in the browser and again on the server. */
export const signInSchema = z.object({
  email: emailAddressSchema,
  password: z.string().check(z.minLength(1, "Enter your password."), z.maxLength(PASSWORD_MAX * 4)),
  // Asked for only after the right password, when the person has two-step sign-in on (decision 0040).
  code: z.optional(z.string().check(z.maxLength(40, "That code is too long."))),
});
export type SignInInput = z.infer<typeof signInSchema>;
