// The sign-in settings forms: one zod schema each, used by the browser and the server action.
import { z } from "zod";
import { domainSchema } from "./domains";

export const linkDomainSchema = z.object({ domain: domainSchema });
export type LinkDomainInput = z.input<typeof linkDomainSchema>;

export const unlinkDomainSchema = z.object({ domain: z.string().trim().toLowerCase().min(1).max(253) });

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const providerSettingsSchema = z.object({
  microsoftTenantId: z
    .string()
    .trim()
    .toLowerCase()
    .refine(
      (v) => v === "" || GUID.test(v),
      "Enter the directory (tenant) ID as shown in Microsoft Entra, for example 3f1c2a9e-0b7d-4c55-9e21-6a8d4f0b1c11.",
    ),
  // "" for none; otherwise one of the school's linked domains (checked on the server).
  googleHostedDomain: z.string().trim().toLowerCase().max(253),
  requireProvider: z.boolean(),
});
export type ProviderSettingsInput = z.input<typeof providerSettingsSchema>;
