"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { rejectSuggestion, savePlan, startNewVersion, submitPlan } from "@/lib/action-plan/queries";
import {
  rejectSuggestionSchema,
  reviseSchema,
  savePlanSchema,
  submitSchema,
} from "@/lib/action-plan/schemas";
import { confirmHandover } from "@/lib/lead-handover/queries";
import { confirmHandoverSchema } from "@/lib/lead-handover/schemas";
import { feedSchema } from "@/lib/action-plan/schemas";
import { makeFeed, stopFeed } from "@/lib/exports/feeds";
import type { SchoolContext } from "@/lib/tenancy/context";

const refresh = (ctx: SchoolContext) => revalidatePath(`/schools/${ctx.schoolId}/action-plan`);

export const saveActionPlan = schoolAction({
  name: "saveActionPlan",
  permission: "action-plan:manage",
  schema: savePlanSchema,
  run: async (input, ctx) => {
    const out = await savePlan(ctx, input);
    refresh(ctx);
    return out;
  },
});

export const submitActionPlan = schoolAction({
  name: "submitActionPlan",
  permission: "action-plan:manage",
  schema: submitSchema,
  run: async (input, ctx) => {
    const out = await submitPlan(ctx, input);
    refresh(ctx);
    return { versionId: out.versionId, link: out.link?.link ?? null, emailed: out.link?.emailed ?? false };
  },
});

export const startActionPlanVersion = schoolAction({
  name: "startActionPlanVersion",
  permission: "action-plan:manage",
  schema: reviseSchema,
  run: async (input, ctx) => {
    const out = await startNewVersion(ctx, input);
    refresh(ctx);
    return out;
  },
});

export const rejectActionSuggestion = schoolAction({
  name: "rejectActionSuggestion",
  permission: "action-plan:manage",
  schema: rejectSuggestionSchema,
  run: async (input, ctx) => {
    const out = await rejectSuggestion(ctx, input);
    refresh(ctx);
    return out;
  },
});

export const confirmHandedOver = schoolAction({
  name: "confirmHandedOver",
  permission: "action-plan:manage",
  schema: confirmHandoverSchema,
  run: async (input, ctx) => {
    const out = await confirmHandover(ctx, input);
    refresh(ctx);
    return out;
  },
});

/** A new secret calendar address for the plan's due dates; the old one stops working. Shown once. */
export const makeActionPlanFeed = schoolAction({
  name: "makeActionPlanFeed",
  permission: "action-plan:view",
  schema: feedSchema,
  run: async (_input, ctx) => makeFeed(ctx),
});

export const stopActionPlanFeed = schoolAction({
  name: "stopActionPlanFeed",
  permission: "action-plan:view",
  schema: feedSchema,
  run: async (_input, ctx) => {
    const out = await stopFeed(ctx);
    refresh(ctx);
    return out;
  },
});
