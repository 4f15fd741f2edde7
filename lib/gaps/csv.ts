// CSV export of the gap report. Exports carry full precision (DESIGN.md): String(number), no rounding.
// Cells and lines are written by lib/csv, the one CSV writer.
import { csvCell, toCsv } from "../csv";
import type { GapAnalysis } from "./types";

export const GAP_CSV_HEADER = "competency_code,domain,tier,in_scope,with_gap,need_rate,mean_gap,total_gap";

/** One cell, quoted and formula-escaped the way every Harbour export is (lib/csv). */
export const csvField = csvCell;

/** One row per competency in priority order, CRLF line ends, header first. */
export function gapReportCsv(analysis: GapAnalysis): string {
  const rows = analysis.competencies.map((c) => [c.code, c.domainCode, c.tier, c.inScope, c.withGap, c.needRate, c.meanGap, c.totalGap]);
  return toCsv(GAP_CSV_HEADER.split(","), rows);
}
