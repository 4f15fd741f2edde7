// The local services directory's forms (decision 0037): one zod schema each, for the browser and the
// server. The "last checked" day may not be in the future: the server checks that (it knows today).
import { z } from "zod";
import { oneLine, plainText } from "../text";

export const SERVICE_KINDS = [
  "MHST",
  "CYPMHS",
  "CHARITY",
  "AUTHORITY_TRAINING",
  "TRAINING_PROVIDER",
  "OTHER",
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export const SERVICE_KIND_LABELS: Record<ServiceKind, string> = {
  MHST: "Mental Health Support Team",
  CYPMHS: "Children and young people's mental health services",
  CHARITY: "Charity or voluntary service",
  AUTHORITY_TRAINING: "The authority's own training",
  TRAINING_PROVIDER: "Training provider",
  OTHER: "Other service",
};
export const SERVICE_TIER_LABELS: Record<string, string> = {
  "": "Any tier",
  "1": "1 Core (every adult)",
  "2": "2 Enhanced (pastoral and targeted roles)",
  "3": "3 Specialist (leads and designated roles)",
};

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const line = (what: string, max: number) =>
  oneLine(z.string().trim().min(2, `Enter ${what}.`).max(max, `Keep this under ${max} characters.`));
const text = (what: string, max: number) =>
  plainText(z.string().trim().min(2, `Enter ${what}.`).max(max, `Keep this under ${max} characters.`));

export const serviceSchema = z
  .object({
    id: z.string().max(40).optional(),
    name: line("the service's name", 200),
    kind: z.enum(SERVICE_KINDS, { error: "Choose what kind of service it is." }),
    tier: z.enum(["", "1", "2", "3"], { error: "Choose a tier, or any tier." }),
    forWhom: text("who it is for", 1000),
    howToRefer: text("how to refer (the route: a form, a phone line, an email)", 1000),
    threshold: z.preprocess(
      blank,
      plainText(z.string().trim().max(1000, "Keep this under 1000 characters.")).optional(),
    ),
    website: z.preprocess(
      blank,
      z
        .url({ protocol: /^https?$/, error: "Enter a web address starting https:// (or http://)." })
        .max(500, "Keep the address under 500 characters.")
        .optional(),
    ),
    lastCheckedOn: z
      .string({ error: "Enter the day the details were last checked." })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the day the details were last checked.")
      .refine((s) => !Number.isNaN(Date.parse(s)), "Enter a real date, as day, month and year."),
  })
  .superRefine((s, ctx) => {
    if (s.kind === "CYPMHS" && !s.threshold)
      ctx.addIssue({
        code: "custom",
        path: ["threshold"],
        message: "Say what the threshold for a referral is: schools need it before they refer.",
      });
  });
export type ServiceInput = z.input<typeof serviceSchema>;
export type ServiceValue = z.output<typeof serviceSchema>;

export const serviceIdSchema = z.object({ serviceId: z.string().min(1).max(40) });

export const suggestionSchema = z.object({
  serviceId: z.string().min(1, "Choose the entry.").max(40),
  text: plainText(
    z
      .string()
      .trim()
      .min(10, "Say what is wrong and what it should say (at least 10 characters).")
      .max(1000, "Keep this under 1000 characters."),
  ),
});
export type SuggestionInput = z.input<typeof suggestionSchema>;

export const decideSuggestionSchema = z.object({
  suggestionId: z.string().min(1).max(40),
  decision: z.enum(["ACCEPTED", "DISMISSED"]),
});
