// The needs across a local authority's area, pooled from the summary returns its schools sent.
// Pure: no database, no clock. Each return is already what the disclosure core publishes
// (lib/disclosure publishRollup): withheld statements carry no figures, and a school's domain need
// sums its published statements only.
//
// Pooling (decision 0037): an area figure (a phase, a district, the whole area) is pooled over people
// (Σ with_gap / Σ in_scope), never averaged over schools, and only over the school figures the
// authority can already read in the returns. So it is a sum of published parts: subtracting the parts
// from it reveals nothing, and a withheld school figure is never inside it. A pooled figure is also
// withheld when it rests on fewer than k people (k: the largest of the schools' thresholds, at least 5).
import { compareCodes } from "../gaps/gap";
import type { SchoolPhase } from "../generated/prisma/enums";
import type { RollupPublication } from "../disclosure";
import { effectiveK } from "../suppression";

export type ReturnFact = {
  id: string;
  schoolId: string;
  schoolName: string;
  urn: string;
  phase: SchoolPhase;
  district: string | null;
  roundTitle: string;
  closedOn: Date;
  asked: number;
  submitted: number;
  submittedAt: Date;
  figures: RollupPublication;
};

export type AreaCell = {
  inScope: number;
  withGap: number;
  schools: number;
  rate: number | null;
  withheld: boolean;
};
export type AreaGroup = {
  key: string;
  label: string;
  schools: number;
  respondents: number;
  cells: Record<string, AreaCell>;
};
export type AreaTable = {
  by: "phase" | "district";
  k: number;
  domains: { code: string; name: string }[];
  groups: AreaGroup[];
  area: AreaGroup;
};
export type AreaNeed = {
  code: string;
  statement: string;
  tier: number;
  inScope: number;
  withGap: number;
  totalGap: number;
  schools: number;
  rate: number | null;
};

export const NO_DISTRICT = "District not recorded";

/** Each school's newest return (by the round's closing date, then when it was sent): the area's picture. */
export function latestPerSchool(returns: ReturnFact[]): ReturnFact[] {
  const best = new Map<string, ReturnFact>();
  for (const r of returns) {
    const b = best.get(r.schoolId);
    if (
      !b ||
      r.closedOn > b.closedOn ||
      (r.closedOn.getTime() === b.closedOn.getTime() && r.submittedAt > b.submittedAt)
    )
      best.set(r.schoolId, r);
  }
  return [...best.values()].sort(
    (a, b) => a.schoolName.localeCompare(b.schoolName) || a.id.localeCompare(b.id),
  );
}

/** The threshold for area figures: the strictest of the schools', never below 5. */
export function areaK(returns: ReturnFact[]): number {
  return Math.max(effectiveK(5), ...returns.map((r) => effectiveK(r.figures.k)));
}

function pool(label: string, key: string, returns: ReturnFact[], k: number): AreaGroup {
  const cells: Record<string, AreaCell> = {};
  for (const r of returns)
    for (const d of r.figures.domains) {
      const c = (cells[d.domainCode] ??= { inScope: 0, withGap: 0, schools: 0, rate: null, withheld: false });
      c.inScope += d.inScope;
      c.withGap += d.withGap;
      c.schools += 1;
    }
  for (const c of Object.values(cells)) {
    c.withheld = c.inScope < k;
    c.rate = c.withheld || c.inScope === 0 ? null : c.withGap / c.inScope;
    if (c.withheld) Object.assign(c, { inScope: 0, withGap: 0, schools: 0 });
  }
  return {
    key,
    label,
    schools: returns.length,
    respondents: returns.reduce((sum, r) => sum + r.figures.respondents, 0),
    cells,
  };
}

/** Need by domain for each phase or district, and for the whole area, from each school's newest return. */
export function areaTable(
  all: ReturnFact[],
  by: "phase" | "district",
  phaseLabel: (p: SchoolPhase) => string,
): AreaTable {
  const returns = latestPerSchool(all);
  const k = areaK(returns);
  const domains = new Map<string, string>();
  for (const r of returns)
    for (const d of r.figures.domains)
      if (!domains.has(d.domainCode)) domains.set(d.domainCode, d.domainName);
  const groups = new Map<string, { label: string; returns: ReturnFact[] }>();
  for (const r of returns) {
    const key = by === "phase" ? r.phase : (r.district ?? "");
    const label = by === "phase" ? phaseLabel(r.phase) : (r.district ?? NO_DISTRICT);
    const g = groups.get(key) ?? { label, returns: [] };
    groups.set(key, g);
    g.returns.push(r);
  }
  return {
    by,
    k,
    domains: [...domains.entries()]
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => compareCodes(a.code, b.code)),
    // Groups in name order, the unrecorded district last: the order says nothing about a figure.
    groups: [...groups.entries()]
      .sort(([ka, a], [kb, b]) => (ka === "" ? 1 : 0) - (kb === "" ? 1 : 0) || a.label.localeCompare(b.label))
      .map(([key, g]) => pool(g.label, key, g.returns, k)),
    area: pool("Whole area", "area", returns, k),
  };
}

/** The area's top needs in words: published statements pooled over schools, in priority order. */
export function areaNeeds(all: ReturnFact[], n = 5): AreaNeed[] {
  const returns = latestPerSchool(all);
  const k = areaK(returns);
  const needs = new Map<string, AreaNeed>();
  for (const r of returns)
    for (const row of r.figures.rows) {
      if (row.withheld) continue;
      const a = needs.get(row.code) ?? {
        code: row.code,
        statement: row.statement,
        tier: row.tier,
        inScope: 0,
        withGap: 0,
        totalGap: 0,
        schools: 0,
        rate: null,
      };
      needs.set(row.code, a);
      a.inScope += row.inScope;
      a.withGap += row.withGap;
      a.totalGap += row.totalGap;
      a.schools += 1;
    }
  return [...needs.values()]
    .filter((a) => a.inScope >= k && a.totalGap > 0)
    .map((a) => ({ ...a, rate: a.withGap / a.inScope }))
    .sort((a, b) => b.totalGap - a.totalGap || b.rate! - a.rate! || compareCodes(a.code, b.code))
    .slice(0, n);
}
