// Password rules, shared by the forms and the server. The common-password check lives in
// isCommonPassword (server side only) so the 49,000-entry list never reaches the browser.
import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-limits";

export { PASSWORD_MAX, PASSWORD_MIN };

export const passwordSchema = z
  .string()
  .refine((p) => [...p].length >= PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .refine((p) => [...p].length <= PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const COMMON_PASSWORD_MESSAGE =
  "That password is on a list of commonly used passwords. Choose something less predictable.";

/** A form's password must be typed twice alike; the mismatch is said beside the second field. */
export const withPasswordConfirmed = <
  T extends z.ZodObject<{ password: z.ZodType; confirmPassword: z.ZodType }>,
>(
  schema: T,
) =>
  schema.refine((v: { password: unknown; confirmPassword: unknown }) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords do not match.",
  });
