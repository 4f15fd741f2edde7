// Need-rate heatmap by domain x job-role group, with small-number suppression. Pure: no database.
import { effectiveK, isShowable, withheldParts } from "../suppression";
import { compareCodes, gapOf } from "./gap";
import {
  DEFAULT_TARGETS,
  type GapCompetency,
  type HeatmapCell,
  type Respondent,
  type Targets,
} from "./types";

export type HeatmapInput = {
  competencies: GapCompetency[];
  respondents: Respondent[];
  targets?: Targets;
  /** Small-number threshold from settings; never below 5 (see lib/suppression). */
  k?: number | null;
};

/**
 * One cell per (domain, group) where the group has anyone with an in-scope competency in the domain.
 *
 * Definition: a cell's need rate is pooled over (person, competency) pairs, not averaged per person:
 *   need_rate = #{in-scope, rated pairs in the domain with gap > 0} / #{in-scope, rated pairs in the domain}
 * so a group where everyone has one small gap reads differently from one where a few have many.
 * It rests on the number of people contributing at least one pair.
 *
 * Suppression: a cell resting on fewer than k people is withheld. The cells of one domain row are
 * the parts of that domain's whole-school figure, which a page may show beside them, so when exactly
 * one cell of a row is withheld the next smallest is withheld too (lib/suppression's withheldParts),
 * and nothing can be found by subtraction.
 */
export function gapHeatmap({
  competencies,
  respondents,
  targets = DEFAULT_TARGETS,
  k,
}: HeatmapInput): HeatmapCell[] {
  const kk = effectiveK(k);
  type Tally = { people: Set<string>; pairs: number; withGap: number };
  const tallies = new Map<string, Map<string, Tally>>();
  for (const c of competencies) {
    for (const r of respondents) {
      const gap = gapOf(r, c, targets);
      if (gap === null) continue;
      const row = tallies.get(c.domainCode) ?? new Map<string, Tally>();
      tallies.set(c.domainCode, row);
      const t = row.get(r.jobRole) ?? { people: new Set<string>(), pairs: 0, withGap: 0 };
      row.set(r.jobRole, t);
      t.people.add(r.id);
      t.pairs += 1;
      if (gap > 0) t.withGap += 1;
    }
  }

  const cells: HeatmapCell[] = [];
  for (const domainCode of [...tallies.keys()].sort(compareCodes)) {
    const row = tallies.get(domainCode)!;
    const groups = [...row.keys()].sort(compareCodes);
    const hidden = withheldParts(
      groups.map((g) => ({ key: g, respondents: row.get(g)!.people.size })),
      kk,
    );
    for (const group of groups) {
      const t = row.get(group)!;
      const respondentCount = t.people.size;
      const small = !isShowable(respondentCount, kk);
      const withheld = small || hidden.has(group);
      cells.push({
        domainCode,
        group,
        respondents: respondentCount,
        pairs: withheld ? null : t.pairs,
        pairsWithGap: withheld ? null : t.withGap,
        needRate: withheld ? null : t.withGap / t.pairs,
        withheld,
        withheldReason: small ? "small" : withheld ? "complementary" : null,
      });
    }
  }
  return cells;
}
