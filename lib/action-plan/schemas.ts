// One zod schema per action-plan form and action: the browser and the server apply the same one.
import { z } from "zod";
import { oneLine, plainText } from "../text";
import { PRINCIPLE_KEYS, type PrincipleKey } from "../review/principles";

const id = (what: string) =>
  z
    .string({ error: `Choose ${what}.` })
    .trim()
    .min(1, `Choose ${what}.`)
    .max(100);
const line = (max: number, what: string) =>
  oneLine(z.string().trim().min(1, `Enter ${what}.`).max(max, `Keep this under ${max} characters.`));
const text = (max: number) => plainText(z.string().trim().max(max, `Keep this under ${max} characters.`));
const isoDate = (what: string) =>
  z
    .string({ error: `Enter ${what}.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter ${what}.`)
    .refine((s) => !Number.isNaN(Date.parse(s)), `Enter ${what} as a real date.`);

export const ACTION_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "DROPPED"] as const;
export const ACTION_STATUS_LABELS: Record<(typeof ACTION_STATUSES)[number], string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  DROPPED: "Dropped",
};
export const RAGS = ["RED", "AMBER", "GREEN"] as const;
export const RAG_LABELS: Record<(typeof RAGS)[number], string> = {
  RED: "Red",
  AMBER: "Amber",
  GREEN: "Green",
};

export const measureSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("core-training"), targetPercent: z.number().int().min(1).max(100) }),
  z.object({ kind: z.literal("round-response"), targetPercent: z.number().int().min(1).max(100) }),
  z.object({ kind: z.literal("plan-approved") }),
  z.object({ kind: z.literal("review-done") }),
]);

export const actionSchema = z
  .object({
    key: id("an action key"),
    title: line(300, "what will be done"),
    ownerId: id("an owner"),
    startOn: isoDate("a start date"),
    dueOn: isoDate("a due date"),
    status: z.enum(ACTION_STATUSES, { error: "Choose a status." }),
    measure: measureSchema.nullable().default(null),
    ragOverride: z.preprocess((v) => (v === "" ? null : v), z.enum(RAGS).nullable().default(null)),
    ragNote: text(500).default(""),
    successMeasure: line(500, "how you will know it worked"),
    resources: text(1000).default(""),
    costPounds: z.coerce
      .number({ error: "Enter the cost in pounds, such as 0 or 45.50." })
      .refine(Number.isFinite, "Enter the cost in pounds, such as 0 or 45.50.")
      .pipe(
        z.number().min(0, "The cost cannot be negative.").max(1_000_000, "Keep the cost under £1,000,000."),
      ),
    competencyCodes: z.array(z.string().trim().min(1).max(40)).max(50).default([]),
    suggestionKey: z.string().max(200).nullable().default(null),
  })
  .superRefine((a, ctx) => {
    if (a.dueOn < a.startOn)
      ctx.addIssue({
        code: "custom",
        path: ["dueOn"],
        message: "The due date cannot be before the start date.",
      });
    if (a.ragOverride && a.ragNote.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["ragNote"],
        message: "Say why you are setting the RAG by hand.",
      });
  });

export const objectiveSchema = z.object({
  key: id("an objective key"),
  principleKey: z.enum(PRINCIPLE_KEYS as [PrincipleKey, ...PrincipleKey[]], { error: "Choose a principle." }),
  title: line(300, "the objective"),
  actions: z.array(actionSchema).max(50, "Keep an objective to 50 actions."),
});

export const savePlanSchema = z.object({
  versionId: id("a version"),
  /** The revision the form was opened at: a save based on an older one is refused. */
  revision: z.number().int().min(0),
  objectives: z.array(objectiveSchema).max(40, "Keep the plan to 40 objectives."),
});
export type SavePlanInput = z.input<typeof savePlanSchema>;
export type SavedPlan = z.output<typeof savePlanSchema>;
export type ActionInput = z.output<typeof actionSchema>;
export type ObjectiveInput = z.output<typeof objectiveSchema>;

export const submitSchema = z.discriminatedUnion("to", [
  z.object({ versionId: id("a version"), revision: z.number().int().min(0), to: z.literal("trust") }),
  z.object({
    versionId: id("a version"),
    revision: z.number().int().min(0),
    to: z.literal("validator"),
    validatorName: line(200, "the validator's name"),
    validatorEmail: z.email("Enter the validator's email address.").trim().toLowerCase().max(254),
  }),
]);
export type SubmitInput = z.output<typeof submitSchema>;

export const decideSchema = z
  .object({
    versionId: id("a version"),
    decision: z.enum(["VALIDATED", "CHANGES_REQUESTED"], { error: "Choose validate or ask for changes." }),
    note: text(2000).default(""),
    // The form has a box per item; the empty ones are not comments.
    comments: z.preprocess(
      (v) => (Array.isArray(v) ? v.filter((c) => typeof c?.body !== "string" || c.body.trim() !== "") : v),
      z
        .array(z.object({ itemKey: z.string().max(100).nullable(), body: line(2000, "a comment") }))
        .max(200)
        .default([]),
    ),
  })
  .superRefine((d, ctx) => {
    if (d.decision === "CHANGES_REQUESTED" && d.note.length === 0 && d.comments.length === 0)
      ctx.addIssue({ code: "custom", path: ["note"], message: "Say what should change." });
  });
export type DecideInput = z.input<typeof decideSchema>;
export type DecideOutput = z.output<typeof decideSchema>;

export const rejectSuggestionSchema = z.object({ key: z.string().trim().min(1).max(200) });
export const reviseSchema = z.object({ versionId: id("a version") });
/** Accepting a validator's link makes an account exactly as accepting an invitation does. */
export { acceptInvitationSchema as acceptValidatorSchema } from "../people/schemas";

/** The calendar address actions take no input: the person and school come from the session and URL. */
export const feedSchema = z.object({}).strict();
