import type { PublishedCell } from "@/lib/disclosure";
import type { GapReport } from "@/lib/gaps/queries";
import { ScrollTable, td, th } from "./scroll-table";

type Props = { report: GapReport & { publication: NonNullable<GapReport["publication"]> } };

const shade = (percent: number) =>
  percent >= 50 ? "bg-red-100" : percent >= 25 ? "bg-amber-100" : "bg-green-50";

/**
 * Need rate by domain and group, as a number with a colour (never colour alone). A table on wide
 * screens; on a phone each domain lists its groups, so no figure is off the side of the screen.
 */
export function HeatmapTable({ report }: Props) {
  const { groups } = report.publication.recoding;
  const cells = new Map(report.publication.heatmap.map((c) => [`${c.domainCode}|${c.groupKey}`, c]));
  const cell = (domain: string, group: string) => cells.get(`${domain}|${group}`);
  const domains = report.domains.filter((d) =>
    report.publication.heatmap.some((c) => c.domainCode === d.code),
  );
  const shownGroups = groups.filter((g) => report.publication.heatmap.some((c) => c.groupKey === g.key));
  return (
    <>
      <div className="hidden md:block">
        <ScrollTable label="Need rate by domain and group">
          <table className="w-full text-sm">
            <caption className="sr-only">Share of ratings below target, by domain and group of staff</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className={th}>
                  Domain
                </th>
                {shownGroups.map((g) => (
                  <th key={g.key} scope="col" className={`${th} text-right`}>
                    {g.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {domains.map((d) => (
                <tr key={d.code} className="border-b border-slate-200">
                  <th scope="row" className={th}>
                    {d.name}
                  </th>
                  {shownGroups.map((g) => (
                    <Cell key={g.key} cell={cell(d.code, g.key)} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </div>
      <div className="flex flex-col gap-3 md:hidden">
        {domains.map((d) => (
          <section key={d.code} aria-label={d.name}>
            <h3 className="font-medium">{d.name}</h3>
            <dl className="grid grid-cols-[1fr_auto] gap-x-3 text-sm">
              {shownGroups.map((g) => {
                const c = cell(d.code, g.key);
                return (
                  <div key={g.key} className="contents">
                    <dt className="py-1">{g.label}</dt>
                    <dd className={`px-2 py-1 text-right tabular-nums ${c ? shade(c.needRatePercent) : ""}`}>
                      {c ? `${c.needRatePercent}%` : "not asked"}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        ))}
      </div>
    </>
  );
}

function Cell({ cell }: { cell: PublishedCell | undefined }) {
  if (!cell) return <td className={`${td} text-slate-600`}>not asked</td>;
  return <td className={`${td} ${shade(cell.needRatePercent)}`}>{cell.needRatePercent}%</td>;
}
