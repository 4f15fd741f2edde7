import Link from "next/link";
import { MyRounds } from "@/components/assessment/my-rounds";
import { Notices } from "@/components/assessment/notices";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { schoolOverview } from "@/lib/people/queries";
import { listMyNotifications } from "@/lib/rounds/progress";
import { listMyRounds } from "@/lib/rounds/queries";
import type { SchoolContext } from "@/lib/tenancy/context";
import { requireSchool } from "@/lib/tenancy/guard";
import { TIER_NAMES, TIERS } from "@/lib/tiers";
import { dismissNotice } from "./actions";

export default async function SchoolHome({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId);
  const [rounds, notices] = await Promise.all([listMyRounds(ctx), listMyNotifications(ctx)]);
  const reminders = <Notices schoolId={schoolId} notices={notices} dismiss={dismissNotice.bind(null, schoolId)} />;

  if (!can(ctx.role, "school:view")) {
    return (
      <>
        <PageHeader title="My training" lead="Your self-assessments and your training plan." />
        {reminders}
        <Section title="My self-assessments">
          <MyRounds schoolId={schoolId} rounds={rounds} />
        </Section>
        <Section title="My training plan">
          <EmptyState>You are not booked on any training yet.</EmptyState>
        </Section>
      </>
    );
  }
  return (
    <>
      <PageHeader title="School overview" lead={ctx.schoolName} />
      {reminders}
      {/* Leads and heads self-assess too: their own rounds come first when there are any. */}
      {rounds.length > 0 && (
        <Section title="My self-assessments">
          <MyRounds schoolId={schoolId} rounds={rounds} />
        </Section>
      )}
      <StaffOverview ctx={ctx} />
    </>
  );
}

async function StaffOverview({ ctx }: { ctx: SchoolContext }) {
  const overview = await schoolOverview(ctx);
  return (
    <Section title="Staff">
      <p className="mb-3">
        {overview.staffCount} {overview.staffCount === 1 ? "person" : "people"} in Harbour
        {overview.pendingInvitations > 0 && `, and ${overview.pendingInvitations} invited who have not joined yet`}.
      </p>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {TIERS.map((t) => (
          <div key={t} className="rounded-md bg-harbour-50 p-3">
            <dt className="text-sm text-slate-700">
              Tier {t}: {TIER_NAMES[t]}
            </dt>
            <dd className="text-2xl font-semibold">{overview.byTier[t]}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3">
        <Link href={`/schools/${ctx.schoolId}/people`} className="text-harbour-700 underline">
          {can(ctx.role, "people:manage") ? "Manage people and invitations" : "See people"}
        </Link>
      </p>
    </Section>
  );
}
