import type { Metadata } from "next";
import { CoverageTable, ImpactTable } from "@/components/records/figures";
import { formatDate } from "@/lib/format";
import { RecordForm } from "@/components/records/record-form";
import { ExpiryReminderButton } from "@/components/records/expiry-reminder-button";
import { RecordList } from "@/components/records/record-list";
import { Alert } from "@/components/ui/alert";
import { PageHeader, Section } from "@/components/ui/page-header";
import { listCourses } from "@/lib/catalogue/queries";
import { can } from "@/lib/permissions";
import { recordFigures } from "@/lib/records/figures";
import {
  listExpiringRecords,
  listOwnRecords,
  listSchoolRecords,
  recordablePeople,
} from "@/lib/records/queries";
import { EXPIRY_WINDOW_DAYS } from "@/lib/records/rules";
import { londonDay } from "@/lib/rounds/dates";
import { requireSchool } from "@/lib/tenancy/guard";
import { recordCompletedTraining, remindExpiringTraining } from "./actions";

export const metadata: Metadata = { title: "Training records" };

// Expiring training is listed at the top of this page for the person and the lead, and the lead can
// send reminders (in-app notices, and email with SMTP set).
export default async function RecordsPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "assessment:take");
  const leader = can(ctx.role, "school:view");
  const today = londonDay(new Date());
  // Lists are bounded (newest first, with the full count); what expires soon is found in the database.
  const [own, courses, people, school, figures, ownExpiring, schoolExpiring] = await Promise.all([
    listOwnRecords(ctx),
    listCourses(ctx),
    recordablePeople(ctx),
    leader ? listSchoolRecords(ctx) : Promise.resolve({ rows: [], total: 0 }),
    leader ? recordFigures(ctx) : Promise.resolve(null),
    listExpiringRecords(ctx, { own: true }),
    leader ? listExpiringRecords(ctx) : Promise.resolve([]),
  ]);

  return (
    <>
      <PageHeader
        title="Training records"
        lead="Training completed, when it expires, and what it adds up to."
      />
      {ownExpiring.length > 0 && (
        <div className="mb-6">
          <Alert tone="info">
            <p className="font-medium">
              Your training due for renewal in the next {EXPIRY_WINDOW_DAYS} days:
            </p>
            <ul className="list-disc pl-5">
              {ownExpiring.map((r) => (
                <li key={r.id}>
                  {r.title}: expires {formatDate(r.expiresOn!)}
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      )}
      {leader && (
        <Section title={`Expiring in the next ${EXPIRY_WINDOW_DAYS} days (${schoolExpiring.length})`}>
          <RecordList
            records={schoolExpiring}
            showPerson
            today={today}
            empty={`Nothing in the school expires in the next ${EXPIRY_WINDOW_DAYS} days.`}
          />
          {schoolExpiring.length > 0 && can(ctx.role, "records:manage") && (
            <ExpiryReminderButton action={remindExpiringTraining.bind(null, schoolId)} />
          )}
        </Section>
      )}
      <Section title="Record completed training">
        <RecordForm
          action={recordCompletedTraining.bind(null, schoolId)}
          courses={courses.map((c) => ({ id: c.id, title: c.title, provider: c.provider }))}
          people={people}
          today={today}
        />
      </Section>
      <Section title={`Your training (${own.total})`}>
        <RecordList
          records={own.rows}
          total={own.total}
          today={today}
          empty="You have not recorded any training yet. Use the form above when you complete a course."
        />
      </Section>
      {leader && figures && (
        <>
          <Section title="Tier coverage">
            <CoverageTable figures={figures} />
          </Section>
          <Section title="Impact of training">
            <ImpactTable figures={figures} />
          </Section>
          <Section title={`School records (${school.total})`}>
            <RecordList
              records={school.rows}
              total={school.total}
              showPerson
              today={today}
              empty="No one in the school has recorded training yet."
            />
          </Section>
        </>
      )}
    </>
  );
}
