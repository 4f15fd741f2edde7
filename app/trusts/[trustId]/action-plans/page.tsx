import type { Metadata } from "next";
import { Queue } from "@/components/action-plan/review-page";
import { PageHeader, Section } from "@/components/ui/page-header";
import { reviewerQueue } from "@/lib/action-plan/queries";
import { requireTrust } from "@/lib/tenancy/guard";

export const metadata: Metadata = { title: "Action plans to validate" };

export default async function TrustActionPlans({ params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await requireTrust(trustId, "action-plan:review");
  const rows = await reviewerQueue({ personId: ctx.personId, trustId: ctx.trustId });
  return (
    <>
      <PageHeader title="Action plans" lead="Schools' action plans sent to the trust to validate." />
      <Section title="Sent to the trust">
        <Queue rows={rows} hrefOf={(id) => `/trusts/${trustId}/action-plans/${id}`} />
      </Section>
    </>
  );
}
