import { ScrollTable, td, th } from "@/components/gaps/scroll-table";
import { formatPercent } from "@/lib/format";
import type { Heatmap } from "@/lib/trust/overview";
import { needShade } from "./shade";

const cellText = (c: { rate: number | null; withheld: boolean }, hasRound: boolean) =>
  c.withheld
    ? "Withheld"
    : !hasRound
      ? "No closed round"
      : c.rate === null
        ? "Not asked"
        : formatPercent(c.rate);

/**
 * Need rate (share of in-scope ratings below target) by school and domain: the number in every cell,
 * with a colour behind it. This table is the heatmap, so it is readable by a screen reader as it is.
 * On a phone each school lists its domains, so no figure hides off the side of the screen.
 */
export function HeatmapTable({ heatmap }: { heatmap: Heatmap }) {
  const { domains, schools, trust } = heatmap;
  return (
    <>
      <div className="hidden md:block">
        <ScrollTable label="Need rate by school and domain">
          <table className="w-full text-sm">
            <caption className="sr-only">
              Need rate by school and domain, from each school&apos;s latest closed round
            </caption>
            <thead>
              <tr className="border-b border-slate-300 align-bottom">
                <th scope="col" className={th}>
                  School
                </th>
                {domains.map((d) => (
                  <th key={d.code} scope="col" className={`${th} text-right`}>
                    {d.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {schools.map((s) => (
                <tr key={s.id} className="border-b border-slate-200">
                  <th scope="row" className={th}>
                    {s.name}
                    <span className="block font-normal text-slate-600">
                      {s.round ?? "No closed round yet"}
                    </span>
                  </th>
                  {s.cells.map((c) => (
                    <td
                      key={c.domainCode}
                      className={`${td} ${c.withheld ? "bg-slate-100 text-slate-700" : needShade(c.rate)}`}
                    >
                      {cellText(c, s.round !== null)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-slate-400">
                <th scope="row" className={th}>
                  Trust, pooled over people
                </th>
                {trust.map((t) => (
                  <td key={t.domainCode} className={`${td} ${needShade(t.rate)}`}>
                    {formatPercent(t.rate)}
                    <span className="block text-xs text-slate-700">{t.schools} schools</span>
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </ScrollTable>
      </div>
      <div className="flex flex-col gap-4 md:hidden">
        {schools.map((s) => (
          <section key={s.id} aria-label={s.name}>
            <h3 className="font-medium">{s.name}</h3>
            <p className="text-sm text-slate-600">{s.round ?? "No closed round yet"}</p>
            <dl className="grid grid-cols-[1fr_auto] gap-x-3 text-sm">
              {s.cells.map((c) => (
                <div key={c.domainCode} className="contents">
                  <dt className="py-1">{domains.find((d) => d.code === c.domainCode)?.name}</dt>
                  <dd
                    className={`px-2 py-1 text-right tabular-nums ${c.withheld ? "bg-slate-100" : needShade(c.rate)}`}
                  >
                    {cellText(c, s.round !== null)}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </>
  );
}

/** The trust's need rate per domain across terms, as a table (the chart beside it draws the same). */
export function TrendTable({ heatmap }: { heatmap: Heatmap }) {
  return (
    <ScrollTable label="Need rate across terms">
      <table className="w-full text-sm">
        <caption className="sr-only">Trust need rate by domain for each term, pooled over people</caption>
        <thead>
          <tr className="border-b border-slate-300 align-bottom">
            <th scope="col" className={th}>
              Term
            </th>
            {heatmap.domains.map((d) => (
              <th key={d.code} scope="col" className={`${th} text-right`}>
                {d.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.trend.map((t) => (
            <tr key={t.term} className="border-b border-slate-200">
              <th scope="row" className={th}>
                {t.term}
              </th>
              {t.cells.map((c) => (
                <td key={c.domainCode} className={`${td} ${needShade(c.rate)}`}>
                  {formatPercent(c.rate)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
