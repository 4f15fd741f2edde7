// The review's forms: one zod schema each, used by the browser (react-hook-form) and by the server
// action. Ratings travel per principle, one form each, so a failed save loses at most one form's
// typing, and that stays on screen.
import { z } from "zod";
import { oneLine, plainText } from "../text";
import { PRINCIPLE_KEYS, principleOf, type PrincipleKey, type ReviewLevel } from "./principles";

export const EVIDENCE_MAX = 2000;
const reviewId = z.string().min(1, "Choose a review.");
const principleKey = z.enum(PRINCIPLE_KEYS as [PrincipleKey, ...PrincipleKey[]], "Choose a principle.");
const evidence = plainText(
  z.string().trim().max(EVIDENCE_MAX, `Keep the evidence note under ${EVIDENCE_MAX} characters.`),
);

/** Radio values arrive as text; "" is "not rated yet". */
const levelChoice = z.enum(["", "0", "1", "2", "3"], "Choose a level.");
const ratingRow = z.object({ statementKey: z.string(), level: levelChoice, evidence });

/** The rows must be exactly the principle's statements, in order: nothing else can be written. */
const ratingsOf = (requireLevel: boolean) =>
  z
    .object({
      reviewId,
      principleKey,
      contributorId: z.string().min(1).optional(),
      ratings: z.array(ratingRow),
    })
    .superRefine((form, ctx) => {
      const keys = principleOf(form.principleKey).statements.map((s) => s.key);
      if (form.ratings.length !== keys.length || form.ratings.some((r, i) => r.statementKey !== keys[i])) {
        ctx.addIssue({
          code: "custom",
          path: ["form"],
          message: "These statements do not match the principle.",
        });
        return;
      }
      form.ratings.forEach((r, i) => {
        if (requireLevel && r.level === "")
          ctx.addIssue({
            code: "custom",
            path: ["ratings", i, "level"],
            message: "Choose the school's level.",
          });
        if (r.level === "" && r.evidence !== "")
          ctx.addIssue({
            code: "custom",
            path: ["ratings", i, "level"],
            message: "Choose a level for this evidence, or clear the note.",
          });
      });
    })
    .transform((form) => ({
      reviewId: form.reviewId,
      principleKey: form.principleKey,
      ...(form.contributorId ? { contributorId: form.contributorId } : {}),
      ratings: form.ratings.map((r) => ({
        statementKey: r.statementKey,
        level: r.level === "" ? null : (Number(r.level) as ReviewLevel),
        evidence: r.evidence,
      })),
    }));

/** A contributor's own ratings (or, with contributorId, a governor's, entered by the lead). */
export const contributionFormSchema = ratingsOf(false);
export type ContributionFormInput = z.input<typeof contributionFormSchema>;

/** The school's agreed rating of every statement of one principle. */
export const agreementFormSchema = ratingsOf(true);
export type AgreementFormInput = z.input<typeof agreementFormSchema>;
export type RatingsInput = z.output<typeof contributionFormSchema>;

export const startReviewFormSchema = z.object({ allStaff: z.boolean("Choose who may contribute.") });
export type StartReviewFormInput = z.input<typeof startReviewFormSchema>;

export const contributorsFormSchema = z.object({
  reviewId,
  allStaff: z.boolean("Choose who may contribute."),
  // An unticked group of checkboxes can arrive as false rather than [].
  personIds: z.preprocess(
    (v) => (v === false || v === undefined || v === null ? [] : typeof v === "string" ? [v] : v),
    z.array(z.string().min(1)).max(2000, "Choose fewer people."),
  ),
});
export type ContributorsFormInput = z.input<typeof contributorsFormSchema>;

export const governorFormSchema = z.object({
  reviewId,
  name: oneLine(
    z.string().trim().min(2, "Enter the governor's name.").max(120, "Keep the name under 120 characters."),
  ),
});
export type GovernorFormInput = z.input<typeof governorFormSchema>;

export const reviewActionSchema = z.object({ reviewId });
export type ReviewActionInput = z.input<typeof reviewActionSchema>;
