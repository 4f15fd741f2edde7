// The "add a course" form and the catalogue filters: one zod schema each, for the browser and the
// server. Costs are typed in pounds and stored in pence; the limits match the database's CHECKs.
import { z } from "zod";
import { plainText } from "../text";

export const COURSE_FORMATS = ["ONLINE_SELF_PACED", "LIVE_ONLINE", "FACE_TO_FACE", "IN_SCHOOL"] as const;
export type CourseFormat = (typeof COURSE_FORMATS)[number];
export const FORMAT_LABELS: Record<CourseFormat, string> = {
  ONLINE_SELF_PACED: "Online, self-paced",
  LIVE_ONLINE: "Live online",
  FACE_TO_FACE: "Face-to-face",
  IN_SCHOOL: "In school",
};

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const text = (what: string, min: number, max: number) =>
  plainText(
    z
      .string()
      .trim()
      .min(min, `Enter the ${what}${min > 1 ? ` (at least ${min} characters)` : ""}.`)
      .max(max, `Keep the ${what} under ${max} characters.`),
  );
const number = (message: string) => z.coerce.number(message).refine(Number.isFinite, message);

export const NO_COMPETENCY =
  "A course must develop at least one competency: choose one and the level it brings it to.";

const outcome = z.object({
  competencyCode: z.string().trim().max(20),
  level: number("Choose a level from 1 to 4.").pipe(
    z.number().int().min(1, "Choose a level from 1 to 4.").max(4, "Choose a level from 1 to 4."),
  ),
});

export const addCourseSchema = z
  .object({
    provider: text("provider", 2, 200),
    title: text("title", 3, 200),
    summary: text("summary", 10, 2000),
    tier: number("Choose tier 1, 2 or 3.").pipe(
      z.number().int().min(1, "Choose tier 1, 2 or 3.").max(3, "Choose tier 1, 2 or 3."),
    ),
    // Rows left without a competency are dropped, so an empty form gets the one clear message.
    outcomes: z
      .array(outcome)
      .transform((rows) => rows.filter((r) => r.competencyCode !== ""))
      .refine((rows) => rows.length > 0, NO_COMPETENCY)
      .refine(
        (rows) => new Set(rows.map((r) => r.competencyCode)).size === rows.length,
        "Choose each competency only once.",
      ),
    format: z.enum(COURSE_FORMATS, "Choose a format."),
    hoursPerParticipant: number("Enter the hours as a number.")
      .refine((h) => h > 0, "Enter more than 0 hours.")
      .refine((h) => h <= 500, "Enter at most 500 hours."),
    costModel: z.enum(["PER_PLACE", "PER_SESSION"], "Choose per place or per session."),
    sessionCapacity: z.preprocess(blank, number("Enter the capacity as a whole number.").optional()),
    costPounds: number("Enter the cost in pounds, such as 45 or 45.50.")
      .refine((c) => c >= 0, "The cost cannot be negative.")
      .refine((c) => c <= 1_000_000, "Enter at most £1,000,000."),
    qualityAssured: z.boolean().default(false),
    refreshMonths: z.preprocess(
      blank,
      number("Enter the months as a whole number.")
        .pipe(
          z
            .number()
            .int("Enter whole months.")
            .min(1, "Enter 1 to 120 months, or leave it blank.")
            .max(120, "Enter 1 to 120 months, or leave it blank."),
        )
        .optional(),
    ),
    bookingUrl: z.preprocess(
      blank,
      z
        .url({ protocol: /^https$/, error: "Enter a web address starting https://" })
        .max(500, "Keep the address under 500 characters.")
        .optional(),
    ),
  })
  .superRefine((c, ctx) => {
    if (c.costModel !== "PER_SESSION") return;
    const cap = c.sessionCapacity;
    if (cap === undefined || !Number.isInteger(cap) || cap < 1 || cap > 500) {
      ctx.addIssue({
        code: "custom",
        path: ["sessionCapacity"],
        message: "Enter how many staff one session takes (1 to 500).",
      });
    }
  })
  .transform(({ costPounds, sessionCapacity, ...c }) => ({
    ...c,
    costPence: Math.round(costPounds * 100),
    sessionCapacity: c.costModel === "PER_SESSION" ? (sessionCapacity ?? null) : null,
  }));
export type AddCourseInput = z.input<typeof addCourseSchema>;
export type AddCourseValues = z.output<typeof addCourseSchema>;

export const retireCourseSchema = z.object({ courseId: z.string().min(1).max(64) });
export type RetireCourseInput = z.input<typeof retireCourseSchema>;

/** The browse filters, from the page's query string; anything unrecognised is ignored. */
export const courseFilterSchema = z.object({
  tier: z.preprocess(blank, z.coerce.number().int().min(1).max(3).optional()).catch(undefined),
  format: z.preprocess(blank, z.enum(COURSE_FORMATS).optional()).catch(undefined),
  competency: z.preprocess(blank, z.string().trim().max(20).optional()).catch(undefined),
});
export type CourseFilter = z.output<typeof courseFilterSchema>;
