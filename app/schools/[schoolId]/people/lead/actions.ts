"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { appointLead } from "@/lib/lead-handover/queries";
import { appointLeadSchema } from "@/lib/lead-handover/schemas";

export const appointNewLead = schoolAction({
  name: "appointNewLead",
  permission: "lead:appoint",
  schema: appointLeadSchema,
  run: async (input, ctx) => {
    const out = await appointLead(ctx, input);
    revalidatePath(`/schools/${ctx.schoolId}`, "layout");
    return out;
  },
});
