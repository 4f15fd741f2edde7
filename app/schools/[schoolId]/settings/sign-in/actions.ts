"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { linkDomainSchema, providerSettingsSchema, unlinkDomainSchema } from "@/lib/sso/forms";
import { linkDomain, saveProviderSettings, unlinkDomain } from "@/lib/sso/settings";

const refresh = (schoolId: string) => revalidatePath(`/schools/${schoolId}/settings/sign-in`);

export const linkEmailDomain = schoolAction({
  name: "linkEmailDomain",
  permission: "sign-in:manage",
  schema: linkDomainSchema,
  run: async (input, ctx) => {
    const out = await linkDomain(ctx, input.domain);
    refresh(ctx.schoolId);
    return out;
  },
});

export const unlinkEmailDomain = schoolAction({
  name: "unlinkEmailDomain",
  permission: "sign-in:manage",
  schema: unlinkDomainSchema,
  run: async (input, ctx) => {
    const out = await unlinkDomain(ctx, input.domain);
    refresh(ctx.schoolId);
    return out;
  },
});

export const saveSignInProviders = schoolAction({
  name: "saveSignInProviders",
  permission: "sign-in:manage",
  schema: providerSettingsSchema,
  run: async (input, ctx) => {
    const out = await saveProviderSettings(ctx, input);
    refresh(ctx.schoolId);
    return out;
  },
});
