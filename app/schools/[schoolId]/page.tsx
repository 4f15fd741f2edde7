import Link from "next/link";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { schoolOverview } from "@/lib/people/queries";
import { requireSchool } from "@/lib/tenancy/guard";
import { TIER_NAMES, TIERS } from "@/lib/tiers";

export default async function SchoolHome({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId);
  if (!can(ctx.role, "school:view")) {
    return (
      <>
        <PageHeader title="My training" lead="Your self-assessments and your training plan." />
        <Section title="My self-assessments">
          <EmptyState>There is no self-assessment open for you at the moment. Your lead will let you know.</EmptyState>
        </Section>
        <Section title="My training plan">
          <EmptyState>You are not booked on any training yet.</EmptyState>
        </Section>
      </>
    );
  }
  const overview = await schoolOverview(ctx);
  return (
    <>
      <PageHeader title="School overview" lead={ctx.schoolName} />
      <Section title="Staff">
        <p className="mb-3">
          {overview.staffCount} {overview.staffCount === 1 ? "person" : "people"} in Harbour
          {overview.pendingInvitations > 0 && `, and ${overview.pendingInvitations} invited who have not joined yet`}.
        </p>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {TIERS.map((t) => (
            <div key={t} className="rounded-md bg-harbour-50 p-3">
              <dt className="text-sm text-slate-700">Tier {t}: {TIER_NAMES[t]}</dt>
              <dd className="text-2xl font-semibold">{overview.byTier[t]}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3">
          <Link href={`/schools/${schoolId}/people`} className="text-harbour-700 underline">
            {can(ctx.role, "people:manage") ? "Manage people and invitations" : "See people"}
          </Link>
        </p>
      </Section>
    </>
  );
}
