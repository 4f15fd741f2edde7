"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { submitReturn, withdrawReturn } from "@/lib/returns/queries";
import { returnRoundSchema } from "@/lib/returns/schemas";

export const sendSummaryReturn = schoolAction({
  name: "sendSummaryReturn",
  permission: "returns:submit",
  schema: returnRoundSchema,
  run: async ({ roundId }, ctx) => {
    const out = await submitReturn(ctx, roundId);
    revalidatePath(`/schools/${ctx.schoolId}/returns`);
    return out;
  },
});

export const withdrawSummaryReturn = schoolAction({
  name: "withdrawSummaryReturn",
  permission: "returns:submit",
  schema: returnRoundSchema,
  run: async ({ roundId }, ctx) => {
    const out = await withdrawReturn(ctx, roundId);
    revalidatePath(`/schools/${ctx.schoolId}/returns`);
    return out;
  },
});
