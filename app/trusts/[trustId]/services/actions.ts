"use server";

import { revalidatePath } from "next/cache";
import { trustAction } from "@/lib/actions/define";
import { decideSuggestion, removeService, saveService } from "@/lib/services/queries";
import { decideSuggestionSchema, serviceIdSchema, serviceSchema } from "@/lib/services/schemas";

export const saveLocalService = trustAction({
  name: "saveLocalService",
  permission: "services:manage",
  schema: serviceSchema,
  run: async (input, ctx) => {
    const out = await saveService(ctx, input);
    revalidatePath(`/trusts/${ctx.trustId}/services`);
    return out;
  },
});

export const removeLocalService = trustAction({
  name: "removeLocalService",
  permission: "services:manage",
  schema: serviceIdSchema,
  run: async ({ serviceId }, ctx) => {
    const out = await removeService(ctx, serviceId);
    revalidatePath(`/trusts/${ctx.trustId}/services`);
    return out;
  },
});

export const decideServiceSuggestion = trustAction({
  name: "decideServiceSuggestion",
  permission: "services:manage",
  schema: decideSuggestionSchema,
  run: async ({ suggestionId, decision }, ctx) => {
    const out = await decideSuggestion(ctx, suggestionId, decision);
    revalidatePath(`/trusts/${ctx.trustId}/services`);
    return out;
  },
});
