import { formatNumber, formatPercent } from "@/lib/gaps/format";
import type { DisplayRow } from "@/lib/gaps/queries";
import { TIER_NAMES } from "@/lib/tiers";
import { ScrollTable, td, th } from "./scroll-table";

/** The per-competency figures in priority order, rounded for display (the CSV keeps full precision). */
export function PriorityTable({ rows, k }: { rows: DisplayRow[]; k: number }) {
  return (
    <ScrollTable label="Gaps by competency, in priority order">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">Gaps by competency, highest total gap first</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={th}>Competency</th>
            <th scope="col" className={th}>Domain</th>
            <th scope="col" className={th}>Tier</th>
            <th scope="col" className={`${th} text-right`}>In scope</th>
            <th scope="col" className={`${th} text-right`}>With a gap</th>
            <th scope="col" className={`${th} text-right`}>Need rate</th>
            <th scope="col" className={`${th} text-right`}>Mean gap</th>
            <th scope="col" className={`${th} text-right`}>Total gap</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} className="border-b border-slate-200">
              <th scope="row" className={th}>{r.code}</th>
              <td className="py-2 pr-3">{r.domainCode}</td>
              <td className="py-2 pr-3">{TIER_NAMES[r.tier]}</td>
              {r.withheld ? (
                <td colSpan={5} className="py-2 pr-3 text-right text-slate-700">Withheld: fewer than {k}</td>
              ) : (
                <>
                  <td className={td}>{r.inScope}</td>
                  <td className={td}>{r.withGap}</td>
                  <td className={td}>{formatPercent(r.needRate)}</td>
                  <td className={td}>{formatNumber(r.meanGap)}</td>
                  <td className={td}>{r.totalGap}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
