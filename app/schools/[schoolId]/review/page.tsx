import type { Metadata } from "next";
import Link from "next/link";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { PrincipleResults } from "@/components/review/principle-results";
import { StartReviewForm } from "@/components/review/start-review-form";
import { ExportLinks } from "@/components/exports/export-links";
import { Trend } from "@/components/review/trend-table";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { evidenceByTarget } from "@/lib/evidence/queries";
import { formatDate } from "@/lib/format";
import { can } from "@/lib/permissions";
import { PRINCIPLES } from "@/lib/review/principles";
import { reviewOverview } from "@/lib/review/queries";
import { trendSeries } from "@/lib/review/scores";
import { requireSchoolAny } from "@/lib/tenancy/resource";
import { startReview } from "./actions";

export const metadata: Metadata = { title: "Whole-school review" };

const link = "font-medium text-harbour-700 underline underline-offset-2";

export default async function ReviewPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchoolAny(schoolId, ["review:view", "review:contribute"]);
  const [overview, evidence] = await Promise.all([reviewOverview(ctx), evidenceByTarget(ctx)]);
  const base = `/schools/${schoolId}/review`;
  const manage = can(ctx.role, "review:manage");
  const leader = can(ctx.role, "review:view");
  const { open, latest } = overview;

  return (
    <>
      <PageHeader
        title="Whole-school review"
        lead="How the school stands against the eight principles of a whole-school approach to mental health and wellbeing."
      />
      <Section title="The review in progress">
        {open ? (
          <div className="flex flex-col gap-2">
            <p>Started on {formatDate(open.startedAt)}.</p>
            <ul className="flex flex-col gap-1">
              {open.mayContribute && (
                <li>
                  <Link className={link} href={`${base}/${open.id}/contribute`}>
                    Add or change your ratings
                  </Link>
                </li>
              )}
              {manage && (
                <li>
                  <Link className={link} href={`${base}/${open.id}/agree`}>
                    See everyone&apos;s ratings and agree the school&apos;s
                  </Link>
                </li>
              )}
            </ul>
            {!open.mayContribute && (
              <p>The senior mental health lead has not asked you to contribute to this review.</p>
            )}
          </div>
        ) : manage ? (
          <StartReviewForm schoolId={schoolId} action={startReview.bind(null, schoolId)} />
        ) : (
          <EmptyState>No review is open at the moment.</EmptyState>
        )}
      </Section>
      {leader && (
        <>
          <Section title="Where the school stands">
            {latest ? (
              <>
                <p className="mb-4">From the review agreed on {formatDate(latest.agreedAt)}.</p>
                <div className="mb-4">
                  <ExportLinks
                    label="Print and download the review"
                    links={[
                      { href: `${base}/print`, label: "Print (for governors)" },
                      { href: `${base}/export`, label: "Download PDF", download: true },
                    ]}
                  />
                </div>
                <PrincipleResults statements={latest.statements} benchmarks={overview.benchmarks ?? []} />
              </>
            ) : (
              <EmptyState>
                No review has been agreed yet. The school&apos;s scores appear here once one is.
              </EmptyState>
            )}
          </Section>
          <Section title="Trend">
            {overview.agreed.length > 0 ? (
              <Trend points={trendSeries(overview.agreed)} />
            ) : (
              <EmptyState>The trend appears once a review has been agreed.</EmptyState>
            )}
          </Section>
          {can(ctx.role, "evidence:view") && (
            <Section title="Evidence for each principle">
              <div className="grid grid-cols-1 gap-2 md:grid-cols-2">
                {PRINCIPLES.map((p) => (
                  <EvidencePanel
                    key={p.key}
                    schoolId={schoolId}
                    target={`principle:${p.key}`}
                    title={p.title}
                    items={evidence.get(`principle:${p.key}`) ?? []}
                  />
                ))}
              </div>
            </Section>
          )}
        </>
      )}
    </>
  );
}
