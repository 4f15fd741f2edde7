// One zod schema per accreditation form and action: the browser and the server apply the same one.
import { z } from "zod";
import { oneLine, plainText } from "../text";
import { LEVELS, RATINGS } from "./rules";

const id = (what: string) =>
  z
    .string({ error: `Choose ${what}.` })
    .trim()
    .min(1, `Choose ${what}.`)
    .max(100);
const text = (max: number) => plainText(z.string().trim().max(max, `Keep this under ${max} characters.`));
const rating = z.enum(RATINGS, { error: "Choose a rating." });

/** The school's ratings: every criterion on the page at once; an empty rating is not saved. */
export const selfEvaluationSchema = z.object({
  submissionId: id("a self-evaluation"),
  ratings: z
    .array(
      z.object({
        criterionId: id("a criterion"),
        rating: z.union([rating, z.literal("")]),
        narrative: text(4000),
      }),
    )
    .max(60),
});
export type SelfEvaluationInput = z.input<typeof selfEvaluationSchema>;

export const submissionIdSchema = z.object({ submissionId: id("a self-evaluation") });
export type SubmissionIdInput = z.input<typeof submissionIdSchema>;

export const assignReviewerSchema = z.object({
  submissionId: id("a self-evaluation"),
  reviewerId: id("a peer reviewer"),
});
export type AssignReviewerInput = z.input<typeof assignReviewerSchema>;

export const peerReviewSchema = z.object({
  submissionId: id("a self-evaluation"),
  ratings: z
    .array(
      z.object({
        criterionId: id("a criterion"),
        rating: z.union([rating, z.literal("")]),
        comment: text(4000),
      }),
    )
    .max(60),
  note: text(4000),
  send: z.boolean(),
});
export type PeerReviewInput = z.input<typeof peerReviewSchema>;

export const INTERVIEWEES = ["STAFF", "PUPILS", "PARENTS", "GOVERNORS"] as const;
export const INTERVIEWEE_LABEL: Record<(typeof INTERVIEWEES)[number], string> = {
  STAFF: "Staff",
  PUPILS: "Pupils",
  PARENTS: "Parents and carers",
  GOVERNORS: "Governors",
};

export const visitSchema = z.object({
  submissionId: id("a self-evaluation"),
  visitedOn: z
    .string({ error: "Enter the day of the visit." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the day of the visit.")
    .refine((s) => !Number.isNaN(Date.parse(s)), "Enter the day of the visit as a real date."),
  assessors: oneLine(
    z.string().trim().min(1, "Name at least one assessor.").max(500, "Keep this under 500 characters."),
  ),
  interviewed: z
    .array(z.enum(INTERVIEWEES))
    .min(1, "Tick who the assessors spoke to.")
    .max(INTERVIEWEES.length),
  findings: plainText(
    z.string().trim().min(1, "Write what the visit found.").max(8000, "Keep this under 8000 characters."),
  ),
});
export type VisitInput = z.input<typeof visitSchema>;

/** The trust leader invites a visit assessor, from outside the school (decision 0042). */
export const inviteVisitAssessorSchema = z.object({
  submissionId: id("a self-evaluation"),
  name: oneLine(
    z.string().trim().min(1, "Enter the assessor's name.").max(200, "Keep this under 200 characters."),
  ),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "That email address is too long.")
    .pipe(z.email("Enter the assessor's email address.")),
});
export type InviteVisitAssessorInput = z.input<typeof inviteVisitAssessorSchema>;

export const withdrawVisitAssessorSchema = z.object({ assessorId: id("an invitation") });

/** Assessors as typed: one name per comma or line. */
export const assessorNames = (s: string) =>
  s
    .split(/[,;]/)
    .map((n) => n.trim())
    .filter(Boolean);

export const decisionSchema = z.object({
  submissionId: id("a self-evaluation"),
  level: z.enum(LEVELS, { error: "Choose the decision." }),
  feedback: text(8000),
});
export type DecisionInput = z.input<typeof decisionSchema>;

// A trust's own scheme (decision 0034): the whole scheme is sent at once and published as a new
// version. A criterion carried over keeps its stable key; a new one is sent with an empty key.
export const MIN_CRITERIA = 3;
export const MAX_CRITERIA = 6;
const line = (what: string, max: number) =>
  oneLine(z.string().trim().min(1, what).max(max, `Keep this under ${max} characters.`));
export const schemeEditSchema = z.object({
  fromSchemeId: id("the scheme to start from"),
  name: line("Give the scheme a name.", 200),
  description: text(1000),
  changeSummary: line("Say in a line what this version changes.", 300),
  strands: z
    .array(
      z.object({
        title: line("Give the strand a title.", 120),
        summary: text(600),
        criteria: z
          .array(
            z.object({
              key: z.string().trim().max(10),
              text: plainText(
                z.string().trim().min(1, "Write the criterion.").max(600, "Keep this under 600 characters."),
              ),
              guidance: text(1000),
            }),
          )
          .min(MIN_CRITERIA, `A strand needs at least ${MIN_CRITERIA} criteria.`)
          .max(MAX_CRITERIA, `A strand has at most ${MAX_CRITERIA} criteria.`),
      }),
    )
    .min(1)
    .max(12),
});
export type SchemeEditInput = z.input<typeof schemeEditSchema>;
