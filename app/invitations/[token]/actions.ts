"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/define";
import { currentPersonId } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { acceptAsNewAccount, acceptAsSignedIn } from "@/lib/people/accept-invitation";
import { acceptInvitationSchema } from "@/lib/people/schemas";

export const createAccountAction = publicAction({
  name: "acceptInvitationNewAccount",
  schema: acceptInvitationSchema,
  run: (input) => acceptAsNewAccount(input),
});

// Whoever is signed in accepts for their own account; the session is re-checked here, not trusted from the page.
export const acceptSignedInAction = publicAction({
  name: "acceptInvitationSignedIn",
  schema: z.object({ token: z.string().min(20).max(100) }),
  run: async ({ token }) => {
    const personId = await currentPersonId();
    if (!personId)
      throw new UserError("Your session has ended. Sign in again, then open the link.", "forbidden");
    return acceptAsSignedIn(token, personId);
  },
});
