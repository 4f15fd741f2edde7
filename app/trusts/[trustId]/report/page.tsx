import type { Metadata } from "next";
import Link from "next/link";
import { GovernorDocView } from "@/components/exports/governor-doc";
import { PrintButton } from "@/components/gaps/print-button";
import { ScrollTable, td, th } from "@/components/gaps/scroll-table";
import { filterParams } from "@/components/trust/filter-form";
import { TrendTable } from "@/components/trust/heatmap-table";
import { NeedBarChartLazy } from "@/components/trust/need-bar-chart-lazy";
import { NeedTrendChartLazy } from "@/components/trust/need-trend-chart-lazy";
import { formatPercent } from "@/lib/format";
import { roundTo } from "@/lib/gaps/format";
import { requireTrust } from "@/lib/tenancy/guard";
import { trustReportDoc } from "@/lib/trust/figures";

export const metadata: Metadata = { title: "Report for the board" };

type Props = {
  params: Promise<{ trustId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The board's report: the document the PDF also prints, then charts, each with its table. */
export default async function TrustReport({ params, searchParams }: Props) {
  const { trustId } = await params;
  const ctx = await requireTrust(trustId, "trust:view");
  const search = await searchParams;
  const now = new Date();
  const {
    doc,
    views: { heatmap, query },
  } = await trustReportDoc(ctx, search, now);
  const name = new Map(heatmap.domains.map((d) => [d.code, d.name]));
  const bars = heatmap.trust.map((t) => ({
    label: name.get(t.domainCode) ?? t.domainCode,
    rate: t.rate === null ? null : roundTo(100 * t.rate),
  }));
  const anyFigures = heatmap.trust.some((t) => t.rate !== null);
  const series = heatmap.domains.map((d) => ({ key: d.code, title: d.name }));
  const trendRows = heatmap.trend.map((t) => ({
    label: t.term,
    ...Object.fromEntries(t.cells.map((c) => [c.domainCode, c.rate === null ? null : roundTo(100 * c.rate)])),
  }));
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton />
        <a
          href={`/trusts/${trustId}/report/pdf?${filterParams(query)}`}
          className="font-medium text-harbour-700 underline underline-offset-2"
        >
          Download the report (PDF)
        </a>
        <Link
          className="font-medium text-harbour-700 underline underline-offset-2"
          href={`/trusts/${trustId}?${filterParams(query)}`}
        >
          Back to the overview
        </Link>
      </div>
      <GovernorDocView doc={doc} />
      {anyFigures && (
        <section aria-labelledby="report-needs" className="mt-8 print:break-before-page">
          <h2 id="report-needs" className="mb-2 text-xl font-semibold">
            The trust&apos;s needs by domain
          </h2>
          <NeedBarChartLazy
            rows={bars}
            summary={`A bar chart of the trust's need rate in each of ${bars.length} domains; the table below gives the same figures.`}
          />
          <ScrollTable label="The trust's need rate by domain">
            <table className="w-full text-sm">
              <caption className="sr-only">The trust&apos;s need rate by domain, pooled over people</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={th}>
                    Domain
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Need rate
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Schools
                  </th>
                </tr>
              </thead>
              <tbody>
                {heatmap.trust.map((t) => (
                  <tr key={t.domainCode} className="border-b border-slate-200">
                    <th scope="row" className={th}>
                      {name.get(t.domainCode)}
                    </th>
                    <td className={td}>{formatPercent(t.rate)}</td>
                    <td className={td}>{t.schools}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      )}
      {heatmap.trend.length > 1 && (
        <section aria-labelledby="report-trend" className="mt-8 print:break-inside-avoid">
          <h2 id="report-trend" className="mb-2 text-xl font-semibold">
            Needs across terms
          </h2>
          <NeedTrendChartLazy
            rows={trendRows}
            series={series}
            summary={`A line chart of the trust's need rate by domain over ${heatmap.trend.length} terms; the table below gives the same figures.`}
          />
          <TrendTable heatmap={heatmap} />
        </section>
      )}
    </>
  );
}
