"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { saveOwnAssessment } from "@/lib/lead-development/queries";
import { saveLeadAssessmentSchema } from "@/lib/lead-development/rules";

/** The lead saves a new, dated self-assessment of their own development (each save is kept). */
export const saveLeadAssessment = schoolAction({
  name: "saveLeadAssessment",
  permission: "development:self",
  schema: saveLeadAssessmentSchema,
  run: async (input, ctx) => {
    const out = await saveOwnAssessment(ctx, input);
    revalidatePath(`/schools/${ctx.schoolId}/my-development`);
    return out;
  },
});
