"use server";

import { revalidatePath } from "next/cache";
import { publicAction, validatorAction } from "@/lib/actions/define";
import { decidePlan } from "@/lib/action-plan/queries";
import { acceptValidatorSchema, decideSchema } from "@/lib/action-plan/schemas";
import { acceptAsNewValidator } from "@/lib/action-plan/validators";

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
