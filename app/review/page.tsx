import type { Metadata } from "next";
import { Queue } from "@/components/action-plan/review-page";
import { PageHeader, Section } from "@/components/ui/page-header";
import { reviewerQueue } from "@/lib/action-plan/queries";
import { requirePersonId } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Action plans sent to you" };

export default async function ValidatorQueue() {
  const personId = await requirePersonId();
  // Row-level security shows a validator only the versions sent to them.
  const rows = await reviewerQueue({ personId });
  return (
    <>
      <PageHeader
        title="Action plans sent to you"
        lead="Schools that asked you to validate their action plan."
      />
      <Section title="Plans">
        <Queue rows={rows} hrefOf={(id) => `/review/${id}`} />
      </Section>
    </>
  );
}
