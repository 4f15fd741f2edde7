import { z } from "zod";
import { PASSWORD_MAX } from "./password-rules";

/** The sign-in form's schema, applied in the browser and again on the server. */
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .max(254)
    .pipe(z.email("Enter a valid email address.")),
  password: z
    .string()
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX * 4),
});
export type SignInInput = z.infer<typeof signInSchema>;
