import type { Metadata } from "next";
import Link from "next/link";
import { InviteForm } from "@/components/people/invite-form";
import { PeoplePager, PeopleSearch } from "@/components/people/people-search";
import { PersonRowForm } from "@/components/people/person-row-form";
import { RosterImportForm } from "@/components/people/roster-import-form";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { ROLE_LABELS } from "@/lib/people/labels";
import { listMembersPage } from "@/lib/people/members";
import { can } from "@/lib/permissions";
import { requireSchool } from "@/lib/tenancy/guard";
import { JOB_ROLES } from "@/lib/tiers";
import { changePerson, importPeople, invitePerson, removePerson } from "./actions";

export const metadata: Metadata = { title: "People" };

type Search = { q?: string | string[]; page?: string | string[] };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function PeoplePage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<Search>;
}) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "school:view");
  const manage = can(ctx.role, "people:manage");
  const query = await searchParams;
  const search = first(query.q)?.trim() ?? "";
  const view = await listMembersPage(ctx, { search, page: Number(first(query.page) ?? 1) });
  const base = `/schools/${schoolId}/people`;

  return (
    <>
      <PageHeader title="People" lead={`Everyone at ${ctx.schoolName} in Harbour, and their roles.`} />
      <Section title={`Members (${view.total})`}>
        <PeopleSearch action={base} search={search} />
        {search && (
          <p className="mb-3" role="status">
            {view.matching === 0
              ? `No one matches “${search}”.`
              : `${view.matching} of ${view.total} ${view.matching === 1 ? "matches" : "match"} “${search}”.`}
          </p>
        )}
        {view.total === 0 ? (
          <EmptyState>No one has joined yet. Invite your staff below.</EmptyState>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200">
            {view.people.map((p) => (
              // Name and role beside the Change button, the email on the full width below; an open
              // form takes the full width under them.
              <li key={p.membershipId} className="grid grid-cols-[1fr_auto] items-center gap-x-3 py-3">
                <div className="min-w-0">
                  <p className="font-medium">{p.name}</p>
                  <p className="text-sm text-slate-700">
                    {ROLE_LABELS[p.role]} · {JOB_ROLES[p.jobRole].label}
                  </p>
                </div>
                <p className="col-span-2 row-start-2 break-all text-sm text-slate-700">{p.email}</p>
                {manage && (
                  <details className="group col-start-2 row-start-1 open:col-span-2 open:col-start-1 open:row-start-3">
                    <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100">
                      <span className="group-open:hidden">Change</span>
                      <span className="hidden group-open:inline">Close</span>
                      <span className="sr-only"> role or remove {p.name}</span>
                    </summary>
                    <div className="mt-3">
                      <PersonRowForm
                        person={p}
                        change={changePerson.bind(null, schoolId)}
                        remove={removePerson.bind(null, schoolId)}
                      />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
        <PeoplePager base={base} search={search} page={view.page} pages={view.pages} />
      </Section>
      {can(ctx.role, "lead:appoint") && (
        <Section title="Senior mental health lead">
          <p>
            When the lead changes, appoint the new one here: the old lead&apos;s open actions pass to them.{" "}
            <Link href={`${base}/lead`} className="font-medium underline">
              Appoint a new lead
            </Link>
          </p>
        </Section>
      )}
      {manage && (
        <>
          <Section title="Invite someone">
            <InviteForm action={invitePerson.bind(null, schoolId)} />
          </Section>
          <Section title="Sync from your MIS (Wonde)">
            <p>
              If your school&apos;s MIS is reached through Wonde, Harbour can propose joiners, leavers and job
              role changes from it for you to accept.{" "}
              <Link href={`${base}/sync`} className="font-medium underline">
                Sync from your MIS
              </Link>
            </p>
          </Section>
          <Section title="Import a roster">
            <RosterImportForm action={importPeople.bind(null, schoolId)} />
          </Section>
        </>
      )}
      <Section title={`Invited, not yet joined (${view.pendingTotal})`}>
        {view.pendingTotal === 0 ? (
          <EmptyState>No invitations are waiting.</EmptyState>
        ) : (
          <>
            <ul className="flex flex-col gap-1">
              {view.pending.map((i) => (
                <li key={i.id} className="break-all">
                  {i.email} · {ROLE_LABELS[i.role]}
                  {i.jobRole && ` · ${JOB_ROLES[i.jobRole].label}`} · expires {formatDate(i.expiresAt)}
                </li>
              ))}
            </ul>
            {view.pendingTotal > view.pending.length && (
              <p className="mt-2 text-sm text-slate-700">The newest {view.pending.length} are shown.</p>
            )}
          </>
        )}
      </Section>
    </>
  );
}
