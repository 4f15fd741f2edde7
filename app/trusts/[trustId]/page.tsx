import type { Metadata } from "next";
import Link from "next/link";
import { TrustInviteForm } from "@/components/people/trust-invite-form";
import { OverviewTable } from "@/components/trust/overview-table";
import { TargetsForm } from "@/components/trust/targets-form";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { SCHOOL_PHASE_LABELS } from "@/lib/people/labels";
import { can } from "@/lib/permissions";
import { requireTrust } from "@/lib/tenancy/guard";
import { trustViews } from "@/lib/trust/figures";
import { arrange, overviewQuery } from "@/lib/trust/overview";
import { inviteSchoolLeader, setTrustTargets } from "./actions";

export const metadata: Metadata = { title: "Trust overview" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function TrustHome({
  params,
  searchParams,
}: {
  params: Promise<{ trustId: string }>;
  searchParams: Search;
}) {
  const { trustId } = await params;
  const ctx = await requireTrust(trustId, "trust:view");
  const query = overviewQuery(await searchParams);
  const { schools, overview, targets } = await trustViews(ctx);
  const rows = arrange(overview.rows, query);
  const exportParams = new URLSearchParams({ table: "overview", sort: query.sort, dir: query.dir });
  if (query.phase) exportParams.set("phase", query.phase);
  return (
    <>
      <PageHeader
        title="Trust overview"
        lead={`${ctx.trustName}: your schools side by side. Harbour never shows individuals here, and withholds any figure resting on fewer than 5 people.`}
      />
      <Section title={`Schools (${schools.length})`}>
        {schools.length === 0 ? (
          <EmptyState>
            No schools belong to this trust yet.{" "}
            {can(ctx.role, "trust:add-schools") && (
              <Link href={`/trusts/${trustId}/schools`} className="text-harbour-700 underline">
                Add a school from the register
              </Link>
            )}
          </EmptyState>
        ) : (
          <>
            <p className="mb-3 text-slate-700">
              Next step: open a school to see its figures, or{" "}
              <Link href={`/trusts/${trustId}/heatmap`} className="text-harbour-700 underline">
                compare needs in the heatmap
              </Link>
              .
            </p>
            <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
              <input type="hidden" name="sort" value={query.sort} />
              <input type="hidden" name="dir" value={query.dir} />
              <div className="flex flex-col gap-1">
                <label htmlFor="overview-phase" className="font-medium">
                  Phase
                </label>
                <select
                  id="overview-phase"
                  name="phase"
                  defaultValue={query.phase ?? ""}
                  className="min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2"
                >
                  <option value="">All phases</option>
                  {Object.entries(SCHOOL_PHASE_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="submit"
                className="min-h-11 rounded-md border border-harbour-700 px-4 py-2 font-medium text-harbour-700"
              >
                Show
              </button>
              <a
                href={`/trusts/${trustId}/export?${exportParams}`}
                className="min-h-11 py-2 text-harbour-700 underline"
              >
                Download this table (CSV)
              </a>
            </form>
            {rows.length === 0 ? (
              <EmptyState>No school of this phase is in the trust.</EmptyState>
            ) : (
              <OverviewTable trustId={trustId} rows={rows} trust={overview.trust} query={query} />
            )}
            <p className="mt-3 text-sm text-slate-700">
              Targets: {targets.corePercent}% of respondents Core-confident, Enhanced-confident staff at{" "}
              {targets.enhancedPercent}% of all staff. Coverage is self-assessed, from each school&apos;s
              latest closed round. Accreditation stages, training plans, action plans and reviews are not
              shown here yet.
            </p>
          </>
        )}
      </Section>
      {can(ctx.role, "trust:set-targets") && (
        <Section title="Coverage targets">
          <TargetsForm targets={targets} action={setTrustTargets.bind(null, trustId)} />
        </Section>
      )}
      {schools.length > 0 && can(ctx.role, "trust:invite-leaders") && (
        <Section title="Invite a lead or head">
          <TrustInviteForm schools={schools} action={inviteSchoolLeader.bind(null, trustId)} />
        </Section>
      )}
    </>
  );
}
