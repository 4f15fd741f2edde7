// A summary return's stored figures: what publishRollup published, kept as counts of people only.
// Rates are worked out again on reading (Postgres keeps JSON numbers as decimals, which would round
// a rate's last digit; exports carry full precision). Pure.
import type { RollupPublication } from "../disclosure";

/** The publication without its derived rates, for storing. */
export function toSnapshot(pub: RollupPublication) {
  return {
    k: pub.k,
    respondents: pub.respondents,
    rows: pub.rows.map((r) => ({
      code: r.code,
      domainCode: r.domainCode,
      domainName: r.domainName,
      statement: r.statement,
      tier: r.tier,
      inScope: r.inScope,
      withGap: r.withGap,
      totalGap: r.totalGap,
      withheld: r.withheld,
    })),
    coverage: pub.coverage.map((c) => ({
      tier: c.tier,
      people: c.people,
      covered: c.covered,
      withheld: c.withheld,
    })),
    domains: pub.domains,
  };
}
export type ReturnSnapshot = ReturnType<typeof toSnapshot>;

/** The publication again, its rates worked out from the stored counts (withheld ones stay blank). */
export function fromSnapshot(s: ReturnSnapshot): RollupPublication {
  return {
    k: s.k,
    respondents: s.respondents,
    rows: s.rows.map((r) => ({
      ...r,
      needRate: r.withheld || r.inScope === 0 ? null : r.withGap / r.inScope,
      meanGap: r.withheld || r.inScope === 0 ? null : r.totalGap / r.inScope,
    })),
    coverage: s.coverage.map((c) => ({
      ...c,
      share: c.withheld || c.people === 0 ? null : c.covered / c.people,
    })),
    domains: s.domains,
  };
}
