import type { Metadata } from "next";
import { ReviewPage } from "@/components/action-plan/review-page";
import { reviewerVersionView } from "@/lib/action-plan/queries";
import { requirePersonId } from "@/lib/auth/session";
import { orNotFound } from "@/lib/tenancy/resource";
import { decideValidatorActionPlan } from "../actions";

export const metadata: Metadata = { title: "Validate an action plan" };

export default async function ValidatorReview({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  const personId = await requirePersonId();
  // A plan not sent to this validator is a 404: row-level security finds nothing.
  const view = await orNotFound(reviewerVersionView({ personId }, versionId));
  return (
    <ReviewPage
      view={view}
      decide={decideValidatorActionPlan}
      hrefOf={(id) => `/review/${id}`}
      pdfHref={`/review/${versionId}/pdf`}
    />
  );
}
