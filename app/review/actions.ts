"use server";

import { revalidatePath } from "next/cache";
import { publicAction, validatorAction } from "@/lib/actions/define";
import { decidePlan } from "@/lib/action-plan/queries";
import { acceptValidatorSchema, decideSchema } from "@/lib/action-plan/schemas";
import { z } from "zod";
import { currentPersonId } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { acceptAsNewValidator, acceptAsSignedInValidator } from "@/lib/action-plan/validators";

/** An external validator decides a version sent to them; row-level security shows them nothing else. */
export const decideValidatorActionPlan = validatorAction({
  name: "decideValidatorActionPlan",
  permission: "action-plan:review",
  schema: decideSchema,
  run: async (input, ctx) => {
    const out = await decidePlan({ personId: ctx.personId, scope: { personId: ctx.personId } }, input);
    revalidatePath("/review");
    return out;
  },
});

/** Accepting a validator's link with a new account (someone signed in accepts on the page itself). */
export const acceptValidatorLink = publicAction({
  name: "acceptValidatorLink",
  schema: acceptValidatorSchema,
  run: (input) => acceptAsNewValidator(input),
});

// Whoever is signed in accepts for their own account; the session is re-checked here.
export const acceptValidatorSignedIn = publicAction({
  name: "acceptValidatorSignedIn",
  schema: z.object({ token: z.string().min(20).max(100) }),
  run: async ({ token }) => {
    const personId = await currentPersonId();
    if (!personId)
      throw new UserError("Your session has ended. Sign in again, then open the link.", "forbidden");
    return acceptAsSignedInValidator(token, personId);
  },
});
