import { z } from "zod";
import { PASSWORD_MAX } from "../auth/password-limits";

/** Six digits from the app; spaces people type are dropped. */
export const totpCodeSchema = z
  .string()
  .transform((v) => v.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app."));

/** The code typed at sign-in: from the app, or a recovery code. */
export const secondFactorCodeSchema = z
  .string()
  .trim()
  .min(1, "Enter the code from your authenticator app, or a recovery code.")
  .max(40, "That code is too long.");

export const confirmTwoFactorSchema = z.object({ code: totpCodeSchema });
export type ConfirmTwoFactorInput = z.input<typeof confirmTwoFactorSchema>;

export const turnOffTwoFactorSchema = z.object({
  password: z
    .string()
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX * 4),
  code: secondFactorCodeSchema,
});
export type TurnOffTwoFactorInput = z.input<typeof turnOffTwoFactorSchema>;

export const newRecoveryCodesSchema = z.object({ code: totpCodeSchema });
export type NewRecoveryCodesInput = z.input<typeof newRecoveryCodesSchema>;
