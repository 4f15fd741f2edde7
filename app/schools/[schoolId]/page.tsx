import Link from "next/link";
import { MyRounds } from "@/components/assessment/my-rounds";
import { Notices } from "@/components/assessment/notices";
import { NextSteps } from "@/components/home/next-steps";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { homeFacts } from "@/lib/home/queries";
import { nextSteps } from "@/lib/home/next-steps";
import { can } from "@/lib/permissions";
import { schoolOverview } from "@/lib/people/queries";
import { myPlanItems } from "@/lib/plans/queries";
import { EXPIRY_WINDOW_DAYS } from "@/lib/records/rules";
import { listMyNotifications } from "@/lib/rounds/progress";
import { listMyRounds } from "@/lib/rounds/queries";
import type { SchoolContext } from "@/lib/tenancy/context";
import { requireSchool } from "@/lib/tenancy/guard";
import { TIER_NAMES, TIERS } from "@/lib/tiers";
import { TrustJoinNotice } from "@/components/joining/trust-join-notice";
import { schoolJoinRequests } from "@/lib/trust-joins/queries";
import { decideTrustJoin, dismissNotice } from "./actions";

export default async function SchoolHome({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId);
  const [rounds, notices, booked] = await Promise.all([
    listMyRounds(ctx),
    listMyNotifications(ctx),
    myPlanItems(ctx),
  ]);
  const reminders = (
    <Notices schoolId={schoolId} notices={notices} dismiss={dismissNotice.bind(null, schoolId)} />
  );

  if (!can(ctx.role, "school:view")) {
    return (
      <>
        <PageHeader title="My training" lead="Your self-assessments and your training plan." />
        {reminders}
        <Section title="My self-assessments">
          <MyRounds schoolId={schoolId} rounds={rounds} />
        </Section>
        <Section title="My training plan">
          <MyBookings schoolId={schoolId} count={booked.length} />
        </Section>
      </>
    );
  }
  return (
    <>
      <PageHeader title="School overview" lead={ctx.schoolName} />
      <TrustJoinRequests ctx={ctx} />
      {reminders}
      <WhatNext ctx={ctx} />
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

async function TrustJoinRequests({ ctx }: { ctx: SchoolContext }) {
  const requests = await schoolJoinRequests(ctx);
  return (
    <TrustJoinNotice
      schoolName={ctx.schoolName}
      requests={requests}
      decide={can(ctx.role, "trust-join:decide") ? decideTrustJoin.bind(null, ctx.schoolId) : null}
    />
  );
}

async function WhatNext({ ctx }: { ctx: SchoolContext }) {
  const facts = await homeFacts(ctx);
  const steps = nextSteps(
    facts,
    {
      manageRounds: can(ctx.role, "rounds:manage"),
      managePlans: can(ctx.role, "plans:manage"),
      approvePlans: can(ctx.role, "plans:approve"),
      manageRecords: can(ctx.role, "records:manage"),
      developSelf: can(ctx.role, "development:self"),
      manageActionPlan: can(ctx.role, "action-plan:manage"),
      manageReview: can(ctx.role, "review:manage"),
      appointLead: can(ctx.role, "lead:appoint"),
      viewAccreditation: can(ctx.role, "accreditation:view"),
      selfEvaluate: can(ctx.role, "accreditation:self-evaluate"),
      submitReturns: can(ctx.role, "returns:submit"),
    },
    `/schools/${ctx.schoolId}`,
    EXPIRY_WINDOW_DAYS,
  );
  return (
    <Section title="What needs doing next">
      <NextSteps steps={steps} />
    </Section>
  );
}

/** The same bookings "My plan" lists, so the two pages never disagree. */
function MyBookings({ schoolId, count }: { schoolId: string; count: number }) {
  if (count === 0) {
    return (
      <EmptyState>
        You are not booked on any training yet. When your lead makes a training plan that includes you, it
        will appear here.
      </EmptyState>
    );
  }
  return (
    <p>
      You are booked on {count} {count === 1 ? "course" : "courses"}.{" "}
      <Link href={`/schools/${schoolId}/my-plan`} className="font-medium text-harbour-700 underline">
        See your training plan
      </Link>
    </p>
  );
}

async function StaffOverview({ ctx }: { ctx: SchoolContext }) {
  const overview = await schoolOverview(ctx);
  return (
    <Section title="Staff">
      <p className="mb-3">
        {overview.staffCount} {overview.staffCount === 1 ? "person" : "people"} in Harbour
        {overview.pendingInvitations > 0 &&
          `, and ${overview.pendingInvitations} invited who have not joined yet`}
        .
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
