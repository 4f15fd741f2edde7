"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { recordTraining } from "@/lib/records/queries";
import { remindExpiring } from "@/lib/records/reminders";
import { recordTrainingSchema } from "@/lib/records/schemas";
import { z } from "zod";

/** Everyone may record their own training; naming someone else needs records:manage (checked in the data layer). */
export const recordCompletedTraining = schoolAction({
  name: "recordCompletedTraining",
  permission: "assessment:take",
  schema: recordTrainingSchema,
  run: async (input, ctx) => {
    const out = await recordTraining(ctx, input);
    revalidatePath(`/schools/${ctx.schoolId}/records`);
    return out;
  },
});

export const remindExpiringTraining = schoolAction({
  name: "remindExpiringTraining",
  permission: "records:manage",
  schema: z.object({}),
  run: (_input, ctx) => remindExpiring(ctx),
});
