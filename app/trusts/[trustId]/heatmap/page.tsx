import type { Metadata } from "next";
import Link from "next/link";
import { HeatmapTable, TrendTable } from "@/components/trust/heatmap-table";
import { NeedTrendChartLazy } from "@/components/trust/need-trend-chart-lazy";
import { FilterForm, filterParams } from "@/components/trust/filter-form";
import { ReviewHeatmapTable } from "@/components/trust/review-heatmap-table";
import { NEED_KEY, REVIEW_KEY } from "@/components/trust/shade";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { roundTo } from "@/lib/gaps/format";
import { requireTrust } from "@/lib/tenancy/guard";
import { trustViews } from "@/lib/trust/figures";

export const metadata: Metadata = { title: "Needs heatmap" };

export default async function TrustHeatmap({
  params,
  searchParams,
}: {
  params: Promise<{ trustId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { trustId } = await params;
  const ctx = await requireTrust(trustId, "trust:view");
  const { heatmap, review, groups, query, schools } = await trustViews(ctx, await searchParams);
  const anyReview = review.schools.some((s) => s.reviewedOn !== null);
  const anyFigures = heatmap.schools.some((s) => s.round !== null);
  const series = heatmap.domains.map((d) => ({ key: d.code, title: d.name }));
  const chartRows = heatmap.trend.map((t) => ({
    label: t.term,
    ...Object.fromEntries(t.cells.map((c) => [c.domainCode, c.rate === null ? null : roundTo(100 * c.rate)])),
  }));
  return (
    <>
      <PageHeader
        title="Needs heatmap"
        lead="The share of staff ratings below target in each domain, by school, from each school's latest closed round. Figures resting on fewer than 5 people are withheld."
        actions={
          anyFigures ? (
            <a
              href={`/trusts/${trustId}/export?${filterParams(query, { table: "heatmap" })}`}
              className="text-harbour-700 underline"
            >
              Download the heatmap (CSV)
            </a>
          ) : undefined
        }
      />
      {schools.length > 0 && <FilterForm query={query} groups={groups} keepSort={false} />}
      <Section title="Need rate by school and domain">
        {schools.length > 0 && heatmap.schools.length === 0 ? (
          <EmptyState>No school of the trust is in this phase and group.</EmptyState>
        ) : heatmap.schools.length === 0 ? (
          <EmptyState>
            No schools belong to this trust yet.{" "}
            <Link href={`/trusts/${trustId}`} className="text-harbour-700 underline">
              Back to the overview
            </Link>
          </EmptyState>
        ) : !anyFigures ? (
          <EmptyState>
            No school has a closed round yet. Figures appear here once a school&apos;s round closes.
          </EmptyState>
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-700">
              {NEED_KEY} The trust row counts people in the schools whose figures are shown.
            </p>
            <HeatmapTable heatmap={heatmap} />
          </>
        )}
      </Section>
      {heatmap.trend.length > 0 && (
        <Section title="Across terms">
          <p className="mb-3 text-sm text-slate-700">
            The trust&apos;s need rate in each domain, pooled over people in every round that closed that
            term.
          </p>
          <NeedTrendChartLazy
            rows={chartRows}
            series={series}
            summary={`A line chart of the trust's need rate by domain over ${heatmap.trend.length} terms; the table below gives the same figures.`}
          />
          <TrendTable heatmap={heatmap} />
        </Section>
      )}
      {review.schools.length > 0 && (
        <Section title="Whole-school review by principle">
          {!anyReview ? (
            <EmptyState>
              No school has agreed a whole-school review yet. Scores appear here once a school agrees one.
            </EmptyState>
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-700">
                Each school&apos;s latest agreed review: the mean of its statements&apos; agreed levels, from
                0 (not started) to 3 (embedded). {REVIEW_KEY}{" "}
                <a
                  href={`/trusts/${trustId}/export?${filterParams(query, { table: "review" })}`}
                  className="text-harbour-700 underline"
                >
                  Download the review table (CSV)
                </a>
              </p>
              <ReviewHeatmapTable review={review} />
            </>
          )}
        </Section>
      )}
    </>
  );
}
