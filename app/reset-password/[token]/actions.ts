"use server";

import { publicAction } from "@/lib/actions/define";
import { resetPassword } from "@/lib/auth/password-reset";
import { resetPasswordSchema } from "@/lib/auth/password-reset-schemas";

export const resetPasswordAction = publicAction({
  name: "resetPassword",
  schema: resetPasswordSchema,
  run: ({ token, password }) => resetPassword(token, password),
});
