import { reviewerPlanPdf } from "@/lib/exports/queries";
import { download, routeError, routeTrust } from "@/lib/tenancy/route";

// A trust leader's PDF of a version a school sent to the trust; anything else is a 404.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ trustId: string; versionId: string }> },
) {
  const { trustId, versionId } = await params;
  const ctx = await routeTrust(trustId, ["action-plan:review"]);
  if (ctx instanceof Response) return ctx;
  try {
    return download(await reviewerPlanPdf({ personId: ctx.personId, trustId: ctx.trustId }, versionId));
  } catch (error) {
    return routeError(error, "exportTrustActionPlan");
  }
}
