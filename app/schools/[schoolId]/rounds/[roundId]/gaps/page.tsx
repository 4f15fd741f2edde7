import type { Metadata } from "next";
import Link from "next/link";
import { HeatmapTable } from "@/components/gaps/heatmap-table";
import { PriorityTable } from "@/components/gaps/priority-table";
import { ChangeTable, CoverageTable, PeopleGaps } from "@/components/gaps/report-parts";
import { PrintButton } from "@/components/gaps/print-button";
import { Alert } from "@/components/ui/alert";
import { PageHeader, Section } from "@/components/ui/page-header";
import { gapReport } from "@/lib/gaps/queries";
import { requireSchool } from "@/lib/tenancy/guard";
import { orNotFound } from "@/lib/tenancy/resource";

export const metadata: Metadata = { title: "Gap report" };

type Params = { params: Promise<{ schoolId: string; roundId: string }> };

export default async function GapReportPage({ params }: Params) {
  const { schoolId, roundId } = await params;
  const ctx = await requireSchool(schoolId, "gaps:view");
  const report = await orNotFound(gapReport(ctx, roundId));
  const base = `/schools/${schoolId}/rounds/${roundId}`;
  return (
    <>
      <p className="mb-2 print:hidden">
        <Link href={base} className="text-harbour-700 underline">Back to the round</Link>
      </p>
      <PageHeader
        title={`Gap report: ${report.round.title}`}
        lead={`${report.respondents} submitted ${report.respondents === 1 ? "response" : "responses"} · ${report.round.mode === "NAMED" ? "Named" : "Confidential"} round`}
      />
      {report.withheldReason ? (
        <Alert>{report.withheldReason}</Alert>
      ) : (
        <>
          <div className="mb-4 flex flex-wrap gap-3 print:hidden">
            <a href={`${base}/gaps/export`} download className="text-harbour-700 underline">Download the gap report (CSV)</a>
            <PrintButton />
          </div>
          <Section title="Priorities">
            <p className="mb-2 text-sm text-slate-700">
              Highest total gap first. Figures are rounded here; the CSV keeps full precision.
            </p>
            <PriorityTable rows={report.rows} k={report.k} />
          </Section>
          <Section title="Need by domain and job role">
            <HeatmapTable report={report} />
            <p className="mt-2 text-sm text-slate-700">
              A cell resting on fewer than {report.k} people is withheld; where only one in a row is, one more is withheld
              so that neither can be worked out from the school&apos;s total.
            </p>
          </Section>
          <Section title="Tier coverage">
            <CoverageTable report={report} />
          </Section>
          <Section title="Change since the previous round">
            <ChangeTable report={report} />
          </Section>
          {report.people && (
            <Section title="Each person's gaps">
              <PeopleGaps people={report.people} />
            </Section>
          )}
        </>
      )}
    </>
  );
}
