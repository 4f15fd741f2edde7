"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { importResponses } from "@/lib/assessment/csv-queries";
import { UserError } from "@/lib/errors";
import { getFramework } from "@/lib/framework/queries";
import { roundRemindersFormSchema } from "@/lib/reminders/forms";
import { setRoundReminders } from "@/lib/reminders/queries";
import { sendReminders } from "@/lib/rounds/progress";
import * as rounds from "@/lib/rounds/queries";
import {
  extendRoundFormSchema,
  importResponsesSchema,
  openRoundFormSchema,
  roundActionSchema,
} from "@/lib/rounds/forms";

const refresh = (schoolId: string, roundId?: string) => {
  revalidatePath(`/schools/${schoolId}/rounds`);
  if (roundId) revalidatePath(`/schools/${schoolId}/rounds/${roundId}`);
};

export const openRound = schoolAction({
  name: "openRound",
  permission: "rounds:manage",
  schema: openRoundFormSchema,
  run: async (input, ctx) => {
    // A round pins a version of the school's own framework, so the lead adopts one first (the page offers it).
    if ((await getFramework(ctx)).source !== "own") {
      throw new UserError("Adopt a framework for your school before opening a round.", "conflict");
    }
    const round = await rounds.openRound(ctx, input);
    refresh(ctx.schoolId);
    return { id: round.id, title: round.title, status: round.status, opensAt: round.opensAt };
  },
});

export const extendRound = schoolAction({
  name: "extendRound",
  permission: "rounds:manage",
  schema: extendRoundFormSchema,
  run: async (input, ctx) => {
    const round = await rounds.extendRound(ctx, input.roundId, input.closesAt);
    refresh(ctx.schoolId, round.id);
    return { closesAt: round.closesAt };
  },
});

export const closeRound = schoolAction({
  name: "closeRound",
  permission: "rounds:manage",
  schema: roundActionSchema,
  run: async (input, ctx) => {
    const round = await rounds.closeRound(ctx, input.roundId);
    refresh(ctx.schoolId, round.id);
    return { closedAt: round.closedAt };
  },
});

export const remindRound = schoolAction({
  name: "remindRound",
  permission: "rounds:manage",
  schema: roundActionSchema,
  run: async (input, ctx) => {
    const sent = await sendReminders(ctx, input.roundId);
    refresh(ctx.schoolId, input.roundId);
    return sent;
  },
});

export const setRoundReminderDays = schoolAction({
  name: "setRoundReminderDays",
  permission: "rounds:manage",
  schema: roundRemindersFormSchema,
  run: async (input, ctx) => {
    const reminders = await setRoundReminders(ctx, input.roundId, input.reminders);
    refresh(ctx.schoolId, input.roundId);
    return { reminders };
  },
});

export const importRoundResponses = schoolAction({
  name: "importRoundResponses",
  permission: "rounds:manage",
  schema: importResponsesSchema,
  run: async (input, ctx) => {
    const imported = await importResponses(ctx, input.roundId, input.csv);
    refresh(ctx.schoolId, input.roundId);
    return imported;
  },
});
