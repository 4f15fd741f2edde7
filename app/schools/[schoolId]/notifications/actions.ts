"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { reminderChannelSchema } from "@/lib/reminders/forms";
import { setMyChannel } from "@/lib/reminders/queries";

export const chooseReminderChannel = schoolAction({
  name: "chooseReminderChannel",
  permission: "notifications:choose",
  schema: reminderChannelSchema,
  run: async (input, ctx) => {
    const channel = await setMyChannel(ctx, input.channel);
    revalidatePath(`/schools/${ctx.schoolId}/notifications`);
    return { channel };
  },
});
