// The network's forms: one zod schema each, used by the browser (react-hook-form) and by the server
// action.
import { z } from "zod";
import { PRINCIPLE_KEYS, type PrincipleKey } from "../review/principles";
import { oneLine, plainText } from "../text";

const longText = (what: string, max: number) =>
  plainText(z.string().trim().min(1, `Write ${what}.`).max(max, `Keep ${what} under ${max} characters.`));
const id = (what: string) => z.string().min(1, `Choose ${what}.`).max(100);

export const caseStudyFormSchema = z.object({
  /** Empty for a new case study. */
  caseStudyId: z.string().max(100),
  title: oneLine(
    z.string().trim().min(1, "Give the case study a title.").max(150, "Keep the title under 150 characters."),
  ),
  summary: longText("a short summary", 600),
  whatWeDid: longText("what the school did", 4000),
  impact: longText("the impact it had", 4000),
  principleKeys: z
    .array(z.enum(PRINCIPLE_KEYS as [PrincipleKey, ...PrincipleKey[]]))
    .min(1, "Choose at least one principle it shows.")
    .max(8),
  criterionIds: z.array(z.string().min(1).max(100)).max(30),
  /** Empty until the lead chooses one; it must be chosen before the contact is asked. */
  contactId: z.string().max(100),
});
export type CaseStudyFormInput = z.input<typeof caseStudyFormSchema>;

export const caseStudyStepSchema = z.object({ caseStudyId: id("a case study") });

export const consentSchema = z.object({
  caseStudyId: id("a case study"),
  decision: z.enum(["agree", "decline"], "Choose whether you agree."),
});

export const optInSchema = z.object({ optIn: z.boolean() });

export const questionFormSchema = z.object({
  caseStudyId: id("a case study"),
  body: longText("your question", 2000),
});
export type QuestionFormInput = z.input<typeof questionFormSchema>;

export const replyFormSchema = z.object({
  questionId: id("a question"),
  reply: longText("your reply", 2000),
});
export type ReplyFormInput = z.input<typeof replyFormSchema>;

const PHASES = [
  "PRIMARY",
  "SECONDARY",
  "ALL_THROUGH",
  "SPECIAL",
  "ALTERNATIVE_PROVISION",
  "COLLEGE",
] as const;

/** The library's search, read from the page's query string: anything unknown is ignored. */
export const librarySearchSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  principle: z
    .enum(PRINCIPLE_KEYS as [PrincipleKey, ...PrincipleKey[]])
    .optional()
    .catch(undefined),
  phase: z.enum(PHASES).optional().catch(undefined),
  criterion: z.string().max(100).optional().catch(undefined),
});
export type LibrarySearch = z.output<typeof librarySearchSchema>;
