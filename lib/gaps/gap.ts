// The one gap rule every gap view shares. Pure: no database, no clock.
import { inScope } from "../tiers";
import { DEFAULT_TARGETS, type GapCompetency, type Respondent, type Targets } from "./types";

/**
 * max(0, target - rating) when the competency is in scope for the person (its tier is at most their
 * required tier); null when it is out of scope, or unrated (possible only if the framework changed
 * after they submitted): guessing a rating would invent need, so an unrated competency is not counted.
 */
export function gapOf(
  respondent: Respondent,
  competency: GapCompetency,
  targets: Targets = DEFAULT_TARGETS,
): number | null {
  if (!inScope(competency.tier, respondent.requiredTier)) return null;
  const rating = respondent.ratings[competency.code];
  if (typeof rating !== "number" || !Number.isFinite(rating)) return null;
  return Math.max(0, targets[competency.tier] - rating);
}

/** Plain code-point order, so codes and keys sort the same on every machine and locale. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
