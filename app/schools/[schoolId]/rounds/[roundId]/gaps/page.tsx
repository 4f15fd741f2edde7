import type { Metadata } from "next";
import Link from "next/link";
import { HeatmapTable } from "@/components/gaps/heatmap-table";
import { PriorityList } from "@/components/gaps/priority-table";
import { ChangeList, CoverageTable, PeopleGaps } from "@/components/gaps/report-parts";
import { PrintButton } from "@/components/gaps/print-button";
import { TrainingAnswersSection } from "@/components/gaps/training-answers";
import { Alert } from "@/components/ui/alert";
import { Pager } from "@/components/ui/pager";
import { PageHeader, Section } from "@/components/ui/page-header";
import { gapReport } from "@/lib/gaps/queries";
import { requireSchool } from "@/lib/tenancy/guard";
import { orNotFound } from "@/lib/tenancy/resource";
import { ServicesPanel } from "@/components/services/services-panel";
import { directoryCount } from "@/lib/services/queries";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Gap report" };

type Params = {
  params: Promise<{ schoolId: string; roundId: string }>;
  searchParams: Promise<{ people?: string | string[] }>;
};

export default async function GapReportPage({ params, searchParams }: Params) {
  const { schoolId, roundId } = await params;
  const ctx = await requireSchool(schoolId, "gaps:view");
  const asked = (await searchParams).people;
  const report = await orNotFound(gapReport(ctx, roundId, new Date(), Number(asked) || 1));
  const services = can(ctx.role, "services:view") ? await directoryCount(ctx) : null;
  const base = `/schools/${schoolId}/rounds/${roundId}`;
  const { publication } = report;
  return (
    <>
      <p className="mb-2 print:hidden">
        <Link href={base} className="text-harbour-700 underline">
          Back to the round
        </Link>
      </p>
      <PageHeader
        title={`Gap report: ${report.round.title}`}
        lead={`${report.respondents} submitted ${report.respondents === 1 ? "response" : "responses"} · ${report.round.mode === "NAMED" ? "Named" : "Confidential"} round`}
      />
      {services && <ServicesPanel schoolId={schoolId} {...services} />}
      {report.withheldReason || !publication ? (
        <Alert>{report.withheldReason}</Alert>
      ) : (
        <>
          <p className="mb-4 max-w-prose text-sm text-slate-700">
            {publication.mode === "full"
              ? "This is a named round: as the school's lead or head you can see each person's answers below, so every figure is shown in full. Figures from confidential rounds, and any that leave the school, merge small groups of staff and leave out what would identify someone."
              : `This is a confidential round. To protect individuals, staff are counted by tier rather than by job role, a tier with fewer than ${report.k} people who submitted is counted with the tier below it, and statements answered by too few people are not reported.`}
          </p>
          <div className="mb-4 flex flex-wrap gap-3 print:hidden">
            <a href={`${base}/gaps/export`} download className="text-harbour-700 underline">
              Download the gap report (CSV)
            </a>
            <PrintButton />
          </div>
          <Section title="Priorities">
            <p className="mb-2 text-sm text-slate-700">
              Highest total gap first: the total of how many levels each person is below the target. Figures
              are rounded here; the CSV keeps full precision.
            </p>
            <PriorityList report={{ ...report, publication }} />
          </Section>
          <Section title="Need by domain and group of staff">
            <p className="mb-2 text-sm text-slate-700">
              The share of ratings below the target in each domain, for each group of staff
              {publication.mode === "controlled"
                ? ` (by tier: every group has at least ${report.k} people who submitted)`
                : ""}
              .
            </p>
            <HeatmapTable report={{ ...report, publication }} />
          </Section>
          <Section title="Tier coverage">
            <CoverageTable report={{ ...report, publication }} />
          </Section>
          {report.answers && (
            <Section title="What staff said about training">
              <TrainingAnswersSection answers={report.answers} k={report.k} />
            </Section>
          )}
          <Section title="Change since the previous round">
            <ChangeList report={{ ...report, publication }} />
          </Section>
          {report.people && report.peoplePage && (
            <Section title="Each person's gaps">
              <Pager
                page={report.peoplePage}
                noun={{ one: "person", many: "people" }}
                label="Pages of people"
                href={(page) => `${base}/gaps?people=${page}#section-each-person-s-gaps`}
              />
              <PeopleGaps report={report} />
            </Section>
          )}
        </>
      )}
    </>
  );
}
