"use server";

import { after } from "next/server";
import { publicAction } from "@/lib/actions/define";
import { sendResetLink } from "@/lib/auth/password-reset";
import { requestResetSchema } from "@/lib/auth/password-reset-schemas";
import { logError } from "@/lib/log";

// The answer is the same for every address and comes before any work on it: finding the account and
// mailing it run after the response, so neither its words nor its timing say whether an account exists.
export const requestResetAction = publicAction({
  name: "requestPasswordReset",
  schema: requestResetSchema,
  run: async ({ email }) => {
    after(() => sendResetLink(email).catch((error) => logError(error, "sendResetLink")));
    return { email };
  },
});
