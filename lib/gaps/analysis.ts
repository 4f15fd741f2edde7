// Gap analysis, exactly as DESIGN.md fixes it. Pure: no database, no clock, no process.env.
// The per-person rule (scope, target, gap) lives in ./gap; this file aggregates it per round.
import { compareCodes, gapOf } from "./gap";
import {
  DEFAULT_TARGETS,
  type CompetencyGap,
  type GapAnalysis,
  type GapCompetency,
  type Respondent,
  type Targets,
  type Tier,
  type TierCoverage,
} from "./types";

export * from "./types";
export { gapOf, compareCodes } from "./gap";
export { formatPercent, formatNumber, roundTo } from "./format";

export type GapInput = {
  competencies: GapCompetency[];
  respondents: Respondent[];
  targets?: Targets;
};

/** One person's gap on every in-scope competency they rated (zeros included), in code order. */
export function personGaps(
  respondent: Respondent,
  competencies: GapCompetency[],
  targets: Targets = DEFAULT_TARGETS,
): { code: string; gap: number }[] {
  const out: { code: string; gap: number }[] = [];
  for (const c of competencies) {
    const gap = gapOf(respondent, c, targets);
    if (gap !== null) out.push({ code: c.code, gap });
  }
  return out.sort((a, b) => compareCodes(a.code, b.code));
}

/** Only the positive gaps, keyed by code: the shape the training planner takes. */
export function gapRecord(
  respondent: Respondent,
  competencies: GapCompetency[],
  targets: Targets = DEFAULT_TARGETS,
): Record<string, number> {
  const record: Record<string, number> = {};
  for (const { code, gap } of personGaps(respondent, competencies, targets)) if (gap > 0) record[code] = gap;
  return record;
}

export function analyseGaps({ competencies, respondents, targets = DEFAULT_TARGETS }: GapInput): GapAnalysis {
  const rows: CompetencyGap[] = competencies.map((c) => {
    let inScopeCount = 0;
    let withGap = 0;
    let totalGap = 0;
    for (const r of respondents) {
      const gap = gapOf(r, c, targets);
      if (gap === null) continue;
      inScopeCount += 1;
      totalGap += gap;
      if (gap > 0) withGap += 1;
    }
    return {
      code: c.code,
      domainCode: c.domainCode,
      tier: c.tier,
      inScope: inScopeCount,
      withGap,
      needRate: inScopeCount === 0 ? null : withGap / inScopeCount,
      meanGap: inScopeCount === 0 ? null : totalGap / inScopeCount,
      totalGap,
    };
  });
  return {
    respondents: respondents.length,
    competencies: rows.sort(byPriority),
    tierCoverage: tierCoverage(competencies, respondents, targets),
  };
}

/** Priority order: total_gap desc, then need_rate desc (null counts as lowest), then code asc. */
export function byPriority(a: CompetencyGap, b: CompetencyGap): number {
  if (a.totalGap !== b.totalGap) return b.totalGap - a.totalGap;
  const ra = a.needRate ?? -1;
  const rb = b.needRate ?? -1;
  if (ra !== rb) return rb - ra;
  return compareCodes(a.code, b.code);
}

/**
 * Tier coverage for T: among people whose required tier is at least T, the share whose gap is 0 on
 * every tier-T competency. A person is counted only if they rated at least one tier-T competency, so
 * an empty form never reads as "covered".
 */
export function tierCoverage(
  competencies: GapCompetency[],
  respondents: Respondent[],
  targets: Targets = DEFAULT_TARGETS,
): TierCoverage[] {
  return ([1, 2, 3] as Tier[]).map((tier) => {
    const ofTier = competencies.filter((c) => c.tier === tier);
    let people = 0;
    let covered = 0;
    for (const r of respondents) {
      if (r.requiredTier < tier) continue;
      const gaps = ofTier.map((c) => gapOf(r, c, targets)).filter((g): g is number => g !== null);
      if (gaps.length === 0) continue;
      people += 1;
      if (gaps.every((g) => g === 0)) covered += 1;
    }
    return { tier, people, covered, share: people === 0 ? null : covered / people };
  });
}
