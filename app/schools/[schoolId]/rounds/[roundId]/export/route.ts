import { exportResponses } from "@/lib/assessment/csv-queries";
import { download, routeError, routeSchool } from "@/lib/tenancy/route";

// A round's submitted responses as CSV (README: Response export); a route in the authorisation matrix.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ schoolId: string; roundId: string }> },
) {
  const { schoolId, roundId } = await params;
  const ctx = await routeSchool(schoolId, ["rounds:view"]);
  if (ctx instanceof Response) return ctx;
  try {
    return download(await exportResponses(ctx, roundId));
  } catch (error) {
    return routeError(error, "exportResponses");
  }
}
