// The lead's self-assessment as plain rules: the form's schema, the gaps in words, the gaps as
// Specialist competency needs for the planner, and when it is due again. Pure: no database, no clock.
import { z } from "zod";
import { gapFor } from "../assessment/rules";
import { DEFAULT_FRAMEWORK } from "../framework/default-framework";
import { plainText } from "../text";
import { LEAD_AREAS, LEAD_STATEMENT_KEYS, type LeadArea } from "./areas";

/** The staff rating scale's words (0 Not yet ... 4 Leading), so the lead rates as their staff do. */
export const RATING_LEVELS = DEFAULT_FRAMEWORK.ratingScale.map((r) => ({
  value: r.value,
  label: r.label,
  descriptor: r.descriptor,
}));

const RATING_MESSAGE = "Choose a rating from 0 (Not yet) to 4 (Leading).";
/** Radio buttons give strings ("3"); the same schema turns them into numbers on the server. */
const leadRating = z
  .string({ error: RATING_MESSAGE })
  .regex(/^[0-4]$/, RATING_MESSAGE)
  .transform(Number);

export const saveLeadAssessmentSchema = z.object({
  ratings: z.object(Object.fromEntries(LEAD_STATEMENT_KEYS.map((k) => [k, leadRating]))),
  note: plainText(z.string().trim().max(2000, "Keep the note under 2,000 characters.")).optional(),
});
export type SaveLeadAssessmentInput = z.input<typeof saveLeadAssessmentSchema>;
export type LeadRatings = Record<string, number>;

/** Stored ratings, read back defensively: unknown keys and out-of-range values are dropped. */
export function readRatings(raw: unknown): LeadRatings {
  const out: LeadRatings = {};
  if (!raw || typeof raw !== "object") return out;
  for (const key of LEAD_STATEMENT_KEYS) {
    const v = (raw as Record<string, unknown>)[key];
    if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 4) out[key] = v;
  }
  return out;
}

export type StatementGap = { key: string; text: string; rating: number | null; gap: number };
export type AreaGap = {
  areaKey: string;
  areaTitle: string;
  target: number;
  gap: number;
  statements: StatementGap[];
};

/**
 * Per area: each statement's gap, max(0, target - rating), and the area's gap, the largest of its
 * statements' (an area is met only when every statement in it is). An unrated statement counts as
 * 0 Not yet, so a half-kept record can never hide a need.
 */
export function areaGaps(ratings: LeadRatings, areas: LeadArea[] = LEAD_AREAS): AreaGap[] {
  return areas.map((area) => {
    const statements = area.statements.map((s) => {
      const rating = ratings[s.key] ?? null;
      return { key: s.key, text: s.text, rating, gap: gapFor(area.target, rating ?? 0) };
    });
    return {
      areaKey: area.key,
      areaTitle: area.title,
      target: area.target,
      gap: Math.max(0, ...statements.map((s) => s.gap)),
      statements,
    };
  });
}

/** The areas with a gap, largest first (then in the content's order): the lead's own gaps. */
export function ownGaps(ratings: LeadRatings, areas: LeadArea[] = LEAD_AREAS) {
  return areaGaps(ratings, areas)
    .map((a, order) => ({ ...a, order }))
    .filter((a) => a.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.order - b.order)
    .map(({ areaKey, areaTitle, gap }) => ({ areaKey, areaTitle, gap }));
}

/**
 * The gaps as needs on the framework's Specialist competencies: each area's gap goes to the
 * competencies it maps to (the largest when two areas share one), only for codes the school's
 * framework has at Specialist tier, and never above that tier's target (the planner reads a gap
 * as "rating = target - gap").
 */
export function competencyNeeds(
  ratings: LeadRatings,
  specialist: { code: string; tier: number }[],
  target: number,
  areas: LeadArea[] = LEAD_AREAS,
): Record<string, number> {
  const present = new Set(specialist.filter((c) => c.tier === 3).map((c) => c.code));
  const byKey = new Map(areas.map((a) => [a.key, a]));
  const out: Record<string, number> = {};
  for (const area of areaGaps(ratings, areas)) {
    if (area.gap === 0) continue;
    for (const code of byKey.get(area.areaKey)!.competencies) {
      if (!present.has(code)) continue;
      out[code] = Math.min(target, Math.max(out[code] ?? 0, area.gap));
    }
  }
  return out;
}

/** Once a term is the usual rhythm: a self-assessment older than this is due again. */
export const REVIEW_AFTER_DAYS = 120;

/** Due when never done, or when the last one (a London day, "YYYY-MM-DD") is REVIEW_AFTER_DAYS old. */
export function assessmentDue(lastOn: string | null, today: string): boolean {
  if (!lastOn) return true;
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${lastOn}T00:00:00Z`)) / 86_400_000;
  return days >= REVIEW_AFTER_DAYS;
}
