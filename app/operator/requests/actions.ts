"use server";

import { operatorAction } from "@/lib/actions/define";
import { confirmRequest, refuseRequest } from "@/lib/school-requests/operator";
import { operatorDecisionSchema } from "@/lib/school-requests/schemas";

/** An operator, having checked with the school out of band, confirms or refuses a request. */
export const decideSchoolRequest = operatorAction({
  name: "decideSchoolRequest",
  permission: "instance:manage",
  schema: operatorDecisionSchema,
  run: async (input, ctx) => {
    const decided =
      input.decision === "CONFIRM"
        ? await confirmRequest(ctx, input.requestId)
        : await refuseRequest(ctx, input.requestId);
    // No revalidation: the confirmed request would leave the list, and with it the lead's invitation
    // link the operator has to pass on. The list is fresh on the next visit.
    return decided;
  },
});
