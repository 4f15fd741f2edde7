// CSV export of the gap report. Exports carry full precision (DESIGN.md): String(number), no rounding.
import type { GapAnalysis } from "./types";

export const GAP_CSV_HEADER = "competency_code,domain,tier,in_scope,with_gap,need_rate,mean_gap,total_gap";

/**
 * RFC 4180 quoting for one field. Text that a spreadsheet would run as a formula (leading = + - @,
 * tab or CR) is prefixed with an apostrophe; numbers are written as they are.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per competency in priority order, CRLF line ends, header first. */
export function gapReportCsv(analysis: GapAnalysis): string {
  const rows = analysis.competencies.map((c) =>
    [c.code, c.domainCode, c.tier, c.inScope, c.withGap, c.needRate, c.meanGap, c.totalGap]
      .map(csvField)
      .join(","),
  );
  return [GAP_CSV_HEADER, ...rows].join("\r\n") + "\r\n";
}
