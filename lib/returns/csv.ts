// The returns an authority received, and its area tables, as CSV (lib/csv): the published figures at
// full precision; withheld figures are blank with "withheld" in their status column. Pure.
import { toCsv, type CsvValue } from "../csv";
import { SCHOOL_PHASE_LABELS } from "../people/labels";
import { latestPerSchool, NO_DISTRICT, type AreaTable, type ReturnFact } from "./area";

const day = (d: Date) => d.toISOString().slice(0, 10);

/** One line per return and statement: ranked statements, then withheld ones (blank figures). */
export function returnsCsv(returns: ReturnFact[]): string {
  const header = [
    "school",
    "urn",
    "phase",
    "district",
    "round",
    "round_closed_on",
    "sent_on",
    "latest_for_school",
    "asked",
    "submitted",
    "competency_code",
    "statement",
    "domain",
    "tier",
    "in_scope",
    "with_gap",
    "need_rate",
    "mean_gap",
    "status",
  ];
  const latest = new Set(latestPerSchool(returns).map((r) => r.id));
  const lines: CsvValue[][] = returns.flatMap((r) =>
    r.figures.rows.map((row) => [
      r.schoolName,
      r.urn,
      SCHOOL_PHASE_LABELS[r.phase],
      r.district ?? NO_DISTRICT,
      r.roundTitle,
      day(r.closedOn),
      day(r.submittedAt),
      latest.has(r.id) ? "yes" : "no",
      r.asked,
      r.submitted,
      row.code,
      row.statement,
      row.domainName,
      row.tier,
      row.withheld ? null : row.inScope,
      row.withheld ? null : row.withGap,
      row.withheld ? null : row.needRate,
      row.withheld ? null : row.meanGap,
      row.withheld ? "withheld" : "published",
    ]),
  );
  return toCsv(header, lines);
}

/** One line per group (phase or district, then the whole area) and domain. */
export function areaCsv(table: AreaTable): string {
  const header = [
    table.by,
    "schools",
    "respondents",
    "domain_code",
    "domain",
    "in_scope",
    "with_gap",
    "need_rate",
    "status",
  ];
  const lines: CsvValue[][] = [...table.groups, table.area].flatMap((g) =>
    table.domains.map((d) => {
      const c = g.cells[d.code];
      return [
        g.label,
        g.schools,
        g.respondents,
        d.code,
        d.name,
        c && !c.withheld ? c.inScope : null,
        c && !c.withheld ? c.withGap : null,
        c && !c.withheld ? c.rate : null,
        !c ? "no figures" : c.withheld ? "withheld" : "published",
      ];
    }),
  );
  return toCsv(header, lines);
}
