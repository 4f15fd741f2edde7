import { currentPersonId } from "@/lib/auth/session";
import { reviewerPlanPdf } from "@/lib/exports/queries";
import { download, routeError } from "@/lib/tenancy/route";

// An external validator's PDF of a version sent to them; any other version is a 404 (row-level
// security finds nothing, exactly as for the page).
export async function GET(_request: Request, { params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  const personId = await currentPersonId();
  if (!personId) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  try {
    return download(await reviewerPlanPdf({ personId }, versionId));
  } catch (error) {
    return routeError(error, "exportValidatorActionPlan");
  }
}
