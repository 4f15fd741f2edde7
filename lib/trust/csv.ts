// The overview and heatmap tables as CSV (lib/csv): the same published figures as the pages, at full
// precision; withheld figures are blank with "withheld" in their status column. Pure.
import { toCsv, type CsvValue } from "../csv";
import { SCHOOL_PHASE_LABELS } from "../people/labels";
import type { Heatmap, Overview, OverviewRow, Share } from "./overview";

const shareCells = (s: Share): CsvValue[] => [
  s.withheld ? null : s.share,
  s.withheld ? "withheld" : s.share === null ? "no figures yet" : s.meets ? "meets target" : "below target",
];

export function overviewCsv(rows: OverviewRow[], trust: Overview["trust"]): string {
  const header = [
    "school",
    "urn",
    "phase",
    "staff",
    "has_lead",
    "latest_round",
    "latest_round_status",
    "asked",
    "submitted",
    "response_rate",
    "figures_from_round",
    "core_coverage",
    "core_status",
    "enhanced_share_of_staff",
    "enhanced_status",
    "need_1",
    "need_2",
    "need_3",
  ];
  const lines: CsvValue[][] = rows.map((r) => [
    r.name,
    r.urn,
    SCHOOL_PHASE_LABELS[r.phase],
    r.staffCount,
    r.hasLead ? "yes" : "no",
    r.latestRound?.title ?? null,
    r.latestRound?.status.toLowerCase() ?? null,
    r.latestRound?.asked ?? null,
    r.latestRound?.submitted ?? null,
    r.responseRate,
    r.figuresRound?.title ?? null,
    ...shareCells(r.core),
    ...shareCells(r.enhanced),
    r.topNeeds[0] ?? null,
    r.topNeeds[1] ?? null,
    r.topNeeds[2] ?? null,
  ]);
  lines.push([
    "Trust (pooled over people in published figures)",
    null,
    null,
    trust.staffCount,
    null,
    null,
    null,
    trust.asked,
    trust.submitted,
    trust.responseRate,
    null,
    trust.core.share,
    `${trust.core.schools} schools`,
    trust.enhanced.share,
    `${trust.enhanced.schools} schools`,
    null,
    null,
    null,
  ]);
  return toCsv(header, lines);
}

export function heatmapCsv(h: Heatmap): string {
  const header = ["school", "round", "domain_code", "domain", "need_rate", "status"];
  const name = new Map(h.domains.map((d) => [d.code, d.name]));
  const lines: CsvValue[][] = [];
  for (const s of h.schools)
    for (const c of s.cells)
      lines.push([
        s.name,
        s.round,
        c.domainCode,
        name.get(c.domainCode) ?? c.domainCode,
        c.withheld ? null : c.rate,
        c.withheld ? "withheld" : c.rate === null ? "no figures yet" : "shown",
      ]);
  for (const t of h.trust)
    lines.push([
      "Trust (pooled over people in published figures)",
      null,
      t.domainCode,
      name.get(t.domainCode) ?? t.domainCode,
      t.rate,
      `${t.schools} schools`,
    ]);
  return toCsv(header, lines);
}
