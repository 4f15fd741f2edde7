import { formatPercent } from "@/lib/gaps/format";
import type { GapReport } from "@/lib/gaps/queries";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { JOB_ROLES } from "@/lib/tiers";
import { ScrollTable, td, th } from "./scroll-table";

/** Need rate by domain (rows) and job role (columns); a withheld cell says why instead of a figure. */
export function HeatmapTable({ report }: { report: GapReport }) {
  const groups = [...new Set(report.heatmap.map((c) => c.group))].sort();
  const domains = report.domains.filter((d) => report.heatmap.some((c) => c.domainCode === d.code));
  const cell = (domain: string, group: string) => report.heatmap.find((c) => c.domainCode === domain && c.group === group);
  return (
    <ScrollTable label="Need rate by domain and job role">
      <table className="w-full min-w-[30rem] text-sm">
        <caption className="sr-only">Share of in-scope ratings below target, by domain and job role</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={th}>Domain</th>
            {groups.map((g) => (
              <th key={g} scope="col" className={`${th} text-right`}>{JOB_ROLES[g as JobRole]?.label ?? g}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {domains.map((d) => (
            <tr key={d.code} className="border-b border-slate-200">
              <th scope="row" className={th}>{d.code} {d.name}</th>
              {groups.map((g) => {
                const c = cell(d.code, g);
                if (!c) return <td key={g} className={td}>–</td>;
                if (c.withheld)
                  return (
                    <td key={g} className={`${td} text-slate-700`}>
                      {c.withheldReason === "small" ? `Withheld: fewer than ${report.k}` : "Withheld"}
                    </td>
                  );
                const shade = (c.needRate ?? 0) >= 0.5 ? "bg-red-100" : (c.needRate ?? 0) >= 0.25 ? "bg-amber-100" : "bg-green-50";
                return <td key={g} className={`${td} ${shade}`}>{formatPercent(c.needRate)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
