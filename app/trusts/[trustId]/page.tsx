import type { Metadata } from "next";
import Link from "next/link";
import { TrustInviteForm } from "@/components/people/trust-invite-form";
import { FilterForm, filterParams } from "@/components/trust/filter-form";
import { OverviewTable } from "@/components/trust/overview-table";
import { TargetsForm } from "@/components/trust/targets-form";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { can } from "@/lib/permissions";
import { authorityReturns, isAuthority } from "@/lib/returns/queries";
import { requireTrust } from "@/lib/tenancy/guard";
import { trustViews } from "@/lib/trust/figures";
import { overviewPage } from "@/lib/trust/overview";
import { GroupsSection } from "./groups-section";
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
  const search = await searchParams;
  const views = await trustViews(ctx, search);
  const { overview, targets, groups, query } = views;
  // Only what the forms show goes to the client components: each school's rounds and rollups were
  // most of the page (decision 0047).
  const schools = views.schools.map((s) => ({ id: s.id, name: s.name }));
  // A page of schools, sorted over all of them; the footer still pools every chosen school.
  const { rows, page: paging } = overviewPage(overview.rows, query, Number(search.page ?? 1));
  const pageHref = (page: number) =>
    `/trusts/${trustId}?${filterParams(query, { sort: query.sort, dir: query.dir, page: String(page) })}`;
  // A local authority's users come for the returns its schools send (decision 0037).
  const authority = can(ctx.role, "returns:view") && (await isAuthority(ctx));
  const returns = authority ? await authorityReturns(ctx) : [];
  const returningSchools = new Set(returns.map((r) => r.schoolId)).size;
  const exportParams = filterParams(query, { table: "overview", sort: query.sort, dir: query.dir });
  return (
    <>
      <PageHeader
        title={authority ? "Overview" : "Trust overview"}
        lead={
          authority
            ? `${ctx.trustName}: the summary returns your area's schools send you, and any schools Harbour holds for you. Harbour never shows individuals here, and withholds any figure resting on fewer than 5 people.`
            : `${ctx.trustName}: your schools side by side. Harbour never shows individuals here, and withholds any figure resting on fewer than 5 people.`
        }
      />
      {authority && (
        <Section title="Summary returns">
          {returns.length === 0 ? (
            <EmptyState>
              No school has sent you a summary return yet. A school in your area sends one when a
              self-assessment round closes, and it appears here. Meanwhile,{" "}
              <Link href={`/trusts/${trustId}/services`} className="text-harbour-700 underline">
                check your local services directory
              </Link>
              : schools see it beside their gaps and plans.
            </EmptyState>
          ) : (
            <p>
              {returningSchools === 1 ? "1 school has" : `${returningSchools} schools have`} sent{" "}
              {returns.length === 1 ? "1 return" : `${returns.length} returns`}. Next step:{" "}
              <Link href={`/trusts/${trustId}/returns`} className="text-harbour-700 underline">
                see the returns and the needs across your area
              </Link>
              .
            </p>
          )}
        </Section>
      )}
      {(!authority || schools.length > 0) && (
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
              <FilterForm query={query} groups={groups} keepSort>
                <a
                  href={`/trusts/${trustId}/export?${exportParams}`}
                  className="min-h-11 py-2 text-harbour-700 underline"
                >
                  Download this table (CSV)
                </a>
                <a
                  href={`/trusts/${trustId}/report?${filterParams(query)}`}
                  className="min-h-11 py-2 text-harbour-700 underline"
                >
                  Report for the board
                </a>
              </FilterForm>
              {rows.length === 0 ? (
                <EmptyState>No school of the trust is in this phase and group.</EmptyState>
              ) : (
                <>
                  {paging.pages > 1 && (
                    <Pager
                      page={paging}
                      noun={{ one: "school", many: "schools" }}
                      label="Pages of schools"
                      href={pageHref}
                    />
                  )}
                  <OverviewTable trustId={trustId} rows={rows} trust={overview.trust} query={query} />
                  {paging.pages > 1 && (
                    <Pager
                      page={paging}
                      noun={{ one: "school", many: "schools" }}
                      label="Pages of schools, again"
                      href={pageHref}
                    />
                  )}
                </>
              )}
              <p className="mt-3 text-sm text-slate-700">
                Targets: {targets.corePercent}% of respondents Core-confident, Enhanced-confident staff at{" "}
                {targets.enhancedPercent}% of all staff. Self-assessed coverage is from each school&apos;s
                latest closed round; training coverage counts in-date training today. Action plans&apos; RAG
                is worked out by the school&apos;s own rules from the figures shown here.
              </p>
            </>
          )}
        </Section>
      )}
      {schools.length > 0 && can(ctx.role, "trust:manage-groups") && (
        <GroupsSection trustId={trustId} groups={groups} schools={schools} />
      )}
      {(!authority || schools.length > 0) && can(ctx.role, "trust:set-targets") && (
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
