// The password-reset forms' schemas, shared by the forms and the actions.
import { z } from "zod";
import { passwordSchema, withPasswordConfirmed } from "./password-rules";
import { emailAddressSchema } from "./sign-in-schema";

export const requestResetSchema = z.object({ email: emailAddressSchema });
export type RequestResetInput = z.input<typeof requestResetSchema>;

export const resetPasswordSchema = withPasswordConfirmed(
  z.object({
    token: z.string().min(20).max(100),
    password: passwordSchema,
    confirmPassword: z.string(),
  }),
);
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
