"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { retentionSchema } from "@/lib/privacy/retention";
import { setRetention } from "@/lib/privacy/retention-queries";

export const saveRetention = schoolAction({
  name: "saveRetention",
  permission: "retention:manage",
  schema: retentionSchema,
  run: async (input, ctx) => {
    const out = await setRetention(ctx, input.years);
    revalidatePath(`/schools/${ctx.schoolId}/settings/retention`);
    return out;
  },
});
