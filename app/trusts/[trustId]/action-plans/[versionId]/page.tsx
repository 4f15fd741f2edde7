import type { Metadata } from "next";
import { ReviewPage } from "@/components/action-plan/review-page";
import { reviewerVersionView } from "@/lib/action-plan/queries";
import { orNotFound } from "@/lib/tenancy/resource";
import { requireTrust } from "@/lib/tenancy/guard";
import { decideTrustActionPlan } from "../actions";

export const metadata: Metadata = { title: "Review an action plan" };

type Props = { params: Promise<{ trustId: string; versionId: string }> };

export default async function TrustReview({ params }: Props) {
  const { trustId, versionId } = await params;
  const ctx = await requireTrust(trustId, "action-plan:review");
  // A version not sent to this trust is a 404, exactly like another trust's URL.
  const view = await orNotFound(
    reviewerVersionView({ personId: ctx.personId, trustId: ctx.trustId }, versionId),
  );
  return (
    <ReviewPage
      view={view}
      decide={decideTrustActionPlan.bind(null, trustId)}
      hrefOf={(id) => `/trusts/${trustId}/action-plans/${id}`}
      pdfHref={`/trusts/${trustId}/action-plans/${versionId}/pdf`}
    />
  );
}
