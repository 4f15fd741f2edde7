// CSV export of the gap report, as published (lib/disclosure): ranked rows first, then withheld rows
// in code order with their figures left blank. Exports carry full precision (DESIGN.md).
import { toCsv } from "../csv";
import type { PublishedRow } from "../disclosure";

export const GAP_CSV_HEADER = "competency_code,domain,tier,in_scope,with_gap,need_rate,mean_gap,total_gap";

export function gapReportCsv(rows: PublishedRow[]): string {
  const lines = rows.map((r) => {
    const figures = r.withheld
      ? [null, null, null, null, null]
      : [r.inScope, r.withGap, r.needRate, r.meanGap, r.totalGap];
    return [r.code, r.domainCode, r.tier, ...figures];
  });
  return toCsv(GAP_CSV_HEADER.split(","), lines);
}
