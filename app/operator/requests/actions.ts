"use server";

import { revalidatePath } from "next/cache";
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
    revalidatePath("/operator/requests");
    return decided;
  },
});
