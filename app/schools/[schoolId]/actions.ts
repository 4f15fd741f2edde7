"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { schoolAction } from "@/lib/actions/define";
import { markNotificationRead } from "@/lib/rounds/progress";
import { decideJoin } from "@/lib/trust-joins/queries";
import { decideJoinSchema } from "@/lib/trust-joins/schemas";

const dismissSchema = z.object({ notificationId: z.string().trim().min(1).max(100) });

/** Marks one of the signed-in person's own in-app reminders as read (anyone else's is left alone). */
export const dismissNotice = schoolAction({
  name: "dismissNotice",
  permission: "assessment:take",
  schema: dismissSchema,
  run: async (input, ctx) => {
    await markNotificationRead(ctx, input.notificationId);
    revalidatePath(`/schools/${ctx.schoolId}`);
    return { dismissed: input.notificationId };
  },
});

/** The head accepts or declines a trust's request to add the school. */
export const decideTrustJoin = schoolAction({
  name: "decideTrustJoin",
  permission: "trust-join:decide",
  schema: decideJoinSchema,
  run: async (input, ctx) => {
    const decided = await decideJoin(ctx, input);
    revalidatePath(`/schools/${ctx.schoolId}`);
    return decided;
  },
});
