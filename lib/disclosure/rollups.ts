// What the trust publishes about its schools' rounds, decided from the rollups (counts of people kept
// as responses are submitted) with the same rule as publishRound's controlled mode. Pure: no
// database, no clock.
//
// Per school and round: tier bands of at least k respondents (./recode tierBands), a statement
// published only when its tier is a band's lowest tier and at least k people have it in scope, tier
// coverage only for a band's lowest tier with at least k people. So every figure the trust sees of a
// school is one the school's own controlled report publishes (tests/unit/trust-disclosure.test.ts
// proves it against publishRound and runs the adversary on it).
//
// Across schools: a trust figure is pooled over people, but only over the schools whose figure is
// published. A total over every school beside parts with one withheld would give that part by
// subtraction, and withholding a second part still lets the two be bounded together (a pooled 0 shows
// both are 0); a total of published parts only carries nothing the parts do not.
import { byPriority } from "../gaps/analysis";
import { compareCodes } from "../gaps/gap";
import type { CompetencyGap } from "../gaps/types";
import { effectiveK } from "../suppression";
import type { Tier } from "../tiers";
import { tierBands } from "./recode";

export type CompetencyRollup = {
  code: string;
  domainCode: string;
  domainName: string;
  statement: string;
  tier: Tier;
  inScope: number;
  withGap: number;
  sumGap: number;
};
export type TierRollup = { tier: Tier; submitted: number; coveragePeople: number; coverageCovered: number };
export type RoundRollup = { k: number; competencies: CompetencyRollup[]; tiers: TierRollup[] };

export type RollupRow = CompetencyGap & { statement: string; domainName: string; withheld: boolean };
export type RollupCoverage = {
  tier: Tier;
  people: number;
  covered: number;
  share: number | null;
  withheld: boolean;
};
/** Need in one domain pooled over the published statements: with_gap and in_scope summed. */
export type DomainNeed = { domainCode: string; domainName: string; inScope: number; withGap: number };

export type RollupPublication = {
  k: number;
  respondents: number;
  /** Ranked rows first (priority order), then withheld rows in code order with every figure blank. */
  rows: RollupRow[];
  coverage: RollupCoverage[];
  /** One entry per domain with a published statement, in code order. */
  domains: DomainNeed[];
};

const TIERS: Tier[] = [1, 2, 3];

export function publishRollup(rollup: RoundRollup): RollupPublication {
  const k = effectiveK(rollup.k);
  const submittedByTier: Record<Tier, number> = { 1: 0, 2: 0, 3: 0 };
  for (const t of rollup.tiers) submittedByTier[t.tier] += t.submitted;
  const respondents = submittedByTier[1] + submittedByTier[2] + submittedByTier[3];
  const reported = new Set(tierBands(submittedByTier, k).map((band) => band[0]!));
  const rows = rollup.competencies.map((c) => ({
    code: c.code,
    domainCode: c.domainCode,
    domainName: c.domainName,
    statement: c.statement,
    tier: c.tier,
    inScope: c.inScope,
    withGap: c.withGap,
    totalGap: c.sumGap,
    needRate: c.inScope === 0 ? null : c.withGap / c.inScope,
    meanGap: c.inScope === 0 ? null : c.sumGap / c.inScope,
  }));
  const isPublished = (r: { tier: Tier; inScope: number }) => reported.has(r.tier) && r.inScope >= k;
  const ranked = rows.filter(isPublished).sort(byPriority);
  const withheld = rows.filter((r) => !isPublished(r)).sort((a, b) => compareCodes(a.code, b.code));
  const domains = new Map<string, DomainNeed>();
  for (const r of ranked) {
    const d = domains.get(r.domainCode) ?? {
      domainCode: r.domainCode,
      domainName: r.domainName,
      inScope: 0,
      withGap: 0,
    };
    domains.set(r.domainCode, d);
    d.inScope += r.inScope;
    d.withGap += r.withGap;
  }
  return {
    k,
    respondents,
    rows: [
      ...ranked.map((r) => ({ ...r, withheld: false })),
      ...withheld.map((r) => ({
        ...r,
        inScope: 0,
        withGap: 0,
        totalGap: 0,
        needRate: null,
        meanGap: null,
        withheld: true,
      })),
    ],
    coverage: TIERS.map((tier) => {
      const t = rollup.tiers.find((x) => x.tier === tier);
      const people = t?.coveragePeople ?? 0;
      const covered = t?.coverageCovered ?? 0;
      return reported.has(tier) && people >= k
        ? { tier, people, covered, share: people === 0 ? null : covered / people, withheld: false }
        : { tier, people: 0, covered: 0, share: null, withheld: true };
    }),
    domains: [...domains.values()].sort((a, b) => compareCodes(a.domainCode, b.domainCode)),
  };
}

/** The top needs in words: published statements with a gap, in priority order. */
export const topNeeds = (pub: RollupPublication, n = 3) =>
  pub.rows.filter((r) => !r.withheld && r.totalGap > 0).slice(0, n);

export type PooledFigure = { inScope: number; withGap: number; schools: number; rate: number | null };

/** Pools published domain needs over schools (people, not schools' rates); withheld ones are not in it. */
export function poolDomains(pubs: RollupPublication[]): Map<string, PooledFigure & { domainName: string }> {
  const out = new Map<string, PooledFigure & { domainName: string }>();
  for (const pub of pubs)
    for (const d of pub.domains) {
      const f = out.get(d.domainCode) ?? {
        domainName: d.domainName,
        inScope: 0,
        withGap: 0,
        schools: 0,
        rate: null,
      };
      out.set(d.domainCode, f);
      f.inScope += d.inScope;
      f.withGap += d.withGap;
      f.schools += 1;
      f.rate = f.inScope === 0 ? null : f.withGap / f.inScope;
    }
  return out;
}

/** Pools published tier coverage over schools. */
export function poolCoverage(pubs: RollupPublication[], tier: Tier) {
  let people = 0;
  let covered = 0;
  let schools = 0;
  for (const pub of pubs) {
    const c = pub.coverage.find((x) => x.tier === tier);
    if (!c || c.withheld) continue;
    people += c.people;
    covered += c.covered;
    schools += 1;
  }
  return { people, covered, schools, share: people === 0 ? null : covered / people };
}
