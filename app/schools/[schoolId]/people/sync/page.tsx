import type { Metadata } from "next";
import Link from "next/link";
import { FetchButton } from "@/components/roster-sync/fetch-button";
import { ProposalsForm } from "@/components/roster-sync/proposals-form";
import { RoleMappingForm } from "@/components/roster-sync/role-mapping-form";
import { WondeConnectionForm } from "@/components/roster-sync/wonde-connection-form";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format";
import { syncView } from "@/lib/roster-sync/queries";
import { problemSentence } from "@/lib/roster-sync/words";
import { requireSchool } from "@/lib/tenancy/guard";
import {
  acceptRosterProposals,
  fetchFromWonde,
  rejectRosterProposals,
  saveRosterRoleMappings,
  saveWondeConnection,
} from "./actions";

export const metadata: Metadata = { title: "Sync from your MIS" };

export default async function RosterSyncPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "people:manage");
  const view = await syncView(ctx);
  const p = view.proposals;
  const unmapped = p?.titles.filter((t) => !t.jobRole) ?? [];

  return (
    <>
      <PageHeader
        title="Sync from your MIS (Wonde)"
        lead={
          <>
            Harbour reads your staff from your MIS through Wonde and proposes who to invite, whose job role to
            change and who to remove. Nothing changes until you accept.{" "}
            <Link href={`/schools/${schoolId}/people`} className="underline">
              Back to People
            </Link>
          </>
        }
      />
      <Section title="Wonde connection">
        <WondeConnectionForm current={view.connection} action={saveWondeConnection.bind(null, schoolId)} />
      </Section>
      {view.connection && (
        <Section title="Fetch your staff">
          {view.lastFetchedAt && (
            <p className="mb-3 text-slate-700">Last fetched {formatDateTime(view.lastFetchedAt)}.</p>
          )}
          <FetchButton
            action={fetchFromWonde.bind(null, schoolId)}
            label={view.lastFetchedAt ? "Fetch again from Wonde" : "Fetch staff from Wonde"}
          />
        </Section>
      )}
      {p && (
        <>
          {p.problems.length > 0 && (
            <Section title={`Needs your attention (${p.problems.length})`}>
              <p className="mb-2">Nothing is proposed for these people until this is fixed:</p>
              <ul className="flex list-disc flex-col gap-1 pl-5">
                {p.problems.map((problem) => (
                  <li key={problem.wondeId}>{problemSentence(problem)}</li>
                ))}
              </ul>
            </Section>
          )}
          <Section title="Job roles for your MIS role titles">
            {p.titles.length === 0 ? (
              <EmptyState>Your MIS lists no role titles.</EmptyState>
            ) : (
              <>
                <p className="mb-3">
                  {unmapped.length > 0
                    ? `${unmapped.length} ${unmapped.length === 1 ? "title needs" : "titles need"} a Harbour job role. Check the suggestions and save.`
                    : "Every role title has a Harbour job role. Change any here; the school keeps them for every sync."}
                </p>
                <RoleMappingForm
                  key={p.titles.map((t) => t.titleKey).join("|")}
                  titles={p.titles}
                  action={saveRosterRoleMappings.bind(null, schoolId)}
                />
              </>
            )}
          </Section>
          <Section title="Proposals">
            <ProposalsForm
              proposals={p}
              accept={acceptRosterProposals.bind(null, schoolId)}
              reject={rejectRosterProposals.bind(null, schoolId)}
            />
          </Section>
        </>
      )}
    </>
  );
}
