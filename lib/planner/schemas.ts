// Validation for what callers feed the planner: one zod schema for the limits form (browser and
// server), and a check that refuses courses the planner cannot use.
import { z } from "zod";
import { UserError } from "../errors";
import {
  DEFAULT_WEIGHTS,
  TERMS,
  type PlanCourse,
  type PlanLimits,
  type TierOrder,
  type TierWeights,
} from "./types";

const wholePence = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;

const weight = z
  .number({ error: "Enter a weight between 0 and 1,000." })
  .min(0, "A weight cannot be negative.")
  .max(1000, "A weight can be at most 1,000.");

export const planLimitsSchema = z.object({
  budgetPounds: z
    .number({ error: "Enter the budget in pounds." })
    .min(0, "The budget cannot be negative.")
    .max(1_000_000, "The budget can be at most £1,000,000.")
    .refine(wholePence, "Give the budget in pounds and pence, with at most two decimal places."),
  hoursPerPersonPerYear: z
    .number({ error: "Enter the hours each person can spend on training in a year." })
    .min(0, "Hours cannot be negative.")
    .max(200, "Allow at most 200 hours of training per person per year."),
  inSchoolSessions: z
    .number({ error: "Enter how many in-school sessions you can host." })
    .int("Enter a whole number of sessions.")
    .min(0, "Sessions cannot be negative.")
    .max(50, "Allow at most 50 in-school sessions a year."),
  terms: z
    .array(z.enum(TERMS, { error: "Choose autumn, spring or summer." }))
    .min(1, "Choose at least one term.")
    .refine((ts) => new Set(ts).size === ts.length, "Choose each term once.")
    .default([...TERMS]),
  /** "strict" (default): Core before Enhanced before Specialist, always; "weighted": the weights below */
  order: z.enum(["strict", "weighted"], { error: "Choose how to order the tiers." }).default("strict"),
  weights: z
    .object({ 1: weight, 2: weight, 3: weight })
    .refine((w) => w[1] + w[2] + w[3] > 0, "At least one tier needs a weight above 0.")
    .default({ ...DEFAULT_WEIGHTS }),
});
export type PlanLimitsInput = z.input<typeof planLimitsSchema>;
export type PlanLimitsParsed = z.output<typeof planLimitsSchema>;

/** The parsed form in the planner's units: pounds become whole pence. */
export function toPlanLimits(parsed: PlanLimitsParsed): {
  limits: PlanLimits;
  weights: TierWeights;
  order: TierOrder;
} {
  return {
    limits: {
      budgetPence: Math.round(parsed.budgetPounds * 100),
      hoursPerPersonPerYear: parsed.hoursPerPersonPerYear,
      inSchoolSessions: parsed.inSchoolSessions,
      terms: parsed.terms,
    },
    weights: { 1: parsed.weights[1], 2: parsed.weights[2], 3: parsed.weights[3] },
    order: parsed.order,
  };
}

type NamedCourse = Pick<PlanCourse, "id" | "costModel" | "sessionCapacity" | "outcomes"> & { title?: string };

/** What stops a course being planned with, in words for the person fixing the catalogue. */
export function plannableCourseProblems(course: NamedCourse): string[] {
  const name = course.title ? `"${course.title}"` : `Course ${course.id}`;
  const problems: string[] = [];
  if (course.outcomes.length === 0) {
    problems.push(
      `${name} has no outcomes, so it cannot close any gap. Add at least one competency and the level it develops.`,
    );
  }
  if (course.costModel === "PER_SESSION" && !(Number(course.sessionCapacity) >= 1)) {
    problems.push(
      `${name} is priced per session but has no session capacity. Enter how many people one session holds.`,
    );
  }
  return problems;
}

/** Throws a validation UserError naming every course the planner cannot use. */
export function assertPlannableCourses(courses: NamedCourse[]): void {
  const problems = courses.flatMap(plannableCourseProblems);
  if (problems.length > 0) throw new UserError(problems.join(" "), "validation");
}
