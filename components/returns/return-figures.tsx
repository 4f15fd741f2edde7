import { ScrollTable, td, th } from "@/components/gaps/scroll-table";
import { needShade } from "@/components/trust/shade";
import type { RollupPublication } from "@/lib/disclosure";
import { formatPercent } from "@/lib/format";
import { TIER_NAMES } from "@/lib/tiers";

/**
 * A summary return's figures as the disclosure core publishes them: ranked statements first, then
 * withheld ones in code order with no figures. The school sees exactly what its authority sees.
 */
export function ReturnFigures({ figures, caption }: { figures: RollupPublication; caption: string }) {
  const shown = figures.rows.filter((r) => !r.withheld).length;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">
        {figures.respondents} responded; {shown} of {figures.rows.length} statements have figures. Statements
        resting on fewer than {figures.k} people are withheld and listed last.
      </p>
      <ScrollTable label={caption}>
        <table className="w-full text-sm">
          <caption className="sr-only">{caption}, highest total gap first</caption>
          <thead>
            <tr className="border-b border-slate-300 align-bottom">
              <th scope="col" className={th}>
                Statement
              </th>
              <th scope="col" className={th}>
                Tier
              </th>
              <th scope="col" className={`${th} text-right`}>
                In scope
              </th>
              <th scope="col" className={`${th} text-right`}>
                With a gap
              </th>
              <th scope="col" className={`${th} text-right`}>
                Need rate
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.rows.map((r) => (
              <tr key={r.code} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  {r.statement}
                  <span className="block text-xs text-slate-600">{r.domainName}</span>
                </th>
                <td className="py-2 pr-3">{TIER_NAMES[r.tier]}</td>
                {r.withheld ? (
                  <td colSpan={3} className={`${td} bg-slate-100 text-slate-700`}>
                    Withheld
                  </td>
                ) : (
                  <>
                    <td className={td}>{r.inScope}</td>
                    <td className={td}>{r.withGap}</td>
                    <td className={`${td} ${needShade(r.needRate)}`}>{formatPercent(r.needRate)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
