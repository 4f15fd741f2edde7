import type { Metadata } from "next";
import { InviteForm } from "@/components/people/invite-form";
import { PersonRowForm } from "@/components/people/person-row-form";
import { RosterImportForm } from "@/components/people/roster-import-form";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { ROLE_LABELS } from "@/lib/people/labels";
import { listPeople } from "@/lib/people/queries";
import { can } from "@/lib/permissions";
import { requireSchool } from "@/lib/tenancy/guard";
import { JOB_ROLES } from "@/lib/tiers";
import { changePerson, importPeople, invitePerson, removePerson } from "./actions";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "school:view");
  const manage = can(ctx.role, "people:manage");
  const { people, pending } = await listPeople(ctx);

  return (
    <>
      <PageHeader title="People" lead={`Everyone at ${ctx.schoolName} in Harbour, and their roles.`} />
      {manage && (
        <>
          <Section title="Invite someone">
            <InviteForm action={invitePerson.bind(null, schoolId)} />
          </Section>
          <Section title="Import a roster">
            <RosterImportForm action={importPeople.bind(null, schoolId)} />
          </Section>
        </>
      )}
      <Section title={`Members (${people.length})`}>
        {people.length === 0 ? (
          <EmptyState>No one has joined yet. Invite your staff above.</EmptyState>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200">
            {people.map((p) => (
              <li key={p.membershipId} className="py-3">
                <p className="font-medium">{p.name}</p>
                <p className="mb-2 break-all text-sm text-slate-700">
                  {p.email} · {ROLE_LABELS[p.role]} · {JOB_ROLES[p.jobRole].label}
                </p>
                {manage && (
                  <PersonRowForm
                    person={p}
                    change={changePerson.bind(null, schoolId)}
                    remove={removePerson.bind(null, schoolId)}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={`Invited, not yet joined (${pending.length})`}>
        {pending.length === 0 ? (
          <EmptyState>No invitations are waiting.</EmptyState>
        ) : (
          <ul className="flex flex-col gap-1">
            {pending.map((i) => (
              <li key={i.id} className="break-all">
                {i.email} · {ROLE_LABELS[i.role]}
                {i.jobRole && ` · ${JOB_ROLES[i.jobRole].label}`} · expires {formatDate(i.expiresAt)}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
