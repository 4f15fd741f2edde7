"use server";

import { revalidatePath } from "next/cache";
import { trustAction } from "@/lib/actions/define";
import { decidePlan } from "@/lib/action-plan/queries";
import { decideSchema } from "@/lib/action-plan/schemas";

/** The trust leader validates a plan sent to the trust, or sends it back with comments per item. */
export const decideTrustActionPlan = trustAction({
  name: "decideTrustActionPlan",
  permission: "action-plan:review",
  schema: decideSchema,
  run: async (input, ctx) => {
    const out = await decidePlan(
      { personId: ctx.personId, scope: { personId: ctx.personId, trustId: ctx.trustId } },
      input,
    );
    revalidatePath(`/trusts/${ctx.trustId}/action-plans`);
    return out;
  },
});
