"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { suggestCorrection } from "@/lib/services/queries";
import { suggestionSchema } from "@/lib/services/schemas";

export const suggestServiceCorrection = schoolAction({
  name: "suggestServiceCorrection",
  permission: "services:suggest",
  schema: suggestionSchema,
  run: async ({ serviceId, text }, ctx) => {
    const out = await suggestCorrection(ctx, serviceId, text);
    revalidatePath(`/schools/${ctx.schoolId}/services`);
    return out;
  },
});
