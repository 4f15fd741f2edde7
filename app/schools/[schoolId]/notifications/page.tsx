import type { Metadata } from "next";
import { ReminderChannelForm } from "@/components/reminders/reminder-channel-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { getMyChannel } from "@/lib/reminders/queries";
import { requireSchool } from "@/lib/tenancy/guard";
import { chooseReminderChannel } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

/** The signed-in person's own choice of how reminders reach them. */
export default async function NotificationsPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "notifications:choose");
  const channel = await getMyChannel(ctx);
  return (
    <>
      <PageHeader
        title="Notifications"
        lead="Harbour reminds you about self-assessments to finish and training that expires. Choose how."
      />
      <Section title="Reminders">
        <ReminderChannelForm current={channel} action={chooseReminderChannel.bind(null, schoolId)} />
      </Section>
    </>
  );
}
