import { gapReportCsvFor } from "@/lib/gaps/queries";
import { download, routeError, routeSchool } from "@/lib/tenancy/route";

// The gap report as CSV (README: gap export); 404 for anyone without gaps:view in this school.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ schoolId: string; roundId: string }> },
) {
  const { schoolId, roundId } = await params;
  const ctx = await routeSchool(schoolId, ["gaps:view"]);
  if (ctx instanceof Response) return ctx;
  try {
    return download(await gapReportCsvFor(ctx, roundId));
  } catch (error) {
    return routeError(error, "exportGaps");
  }
}
