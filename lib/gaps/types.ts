// Plain-data shapes for gap analysis. Pure: no database, no clock.
import type { Tier } from "../tiers";

export type { Tier };

export type GapCompetency = { code: string; domainCode: string; tier: Tier };

/** Target level per competency tier; DESIGN.md's default is 3 for every tier. */
export type Targets = Record<Tier, number>;
export const DEFAULT_TARGETS: Targets = { 1: 3, 2: 3, 3: 3 };

/** One submitted self-assessment. `jobRole` is the group key used by the heatmap. */
export type Respondent = {
  id: string;
  jobRole: string;
  requiredTier: Tier;
  /** competency code -> rating 0..4 */
  ratings: Record<string, number>;
};

export type CompetencyGap = {
  code: string;
  domainCode: string;
  tier: Tier;
  inScope: number;
  withGap: number;
  /** with_gap / in_scope; null when no one has it in scope. */
  needRate: number | null;
  /** sum of gaps / in_scope; null when no one has it in scope. */
  meanGap: number | null;
  totalGap: number;
};

export type TierCoverage = {
  tier: Tier;
  /** People the share rests on (required tier >= T): callers suppress with this. */
  people: number;
  covered: number;
  /** covered / people; null when there is no one to measure. */
  share: number | null;
};

export type GapAnalysis = {
  respondents: number;
  /** In priority order: total_gap desc, need_rate desc (null lowest), code asc. */
  competencies: CompetencyGap[];
  tierCoverage: TierCoverage[];
};
