import { planDownload } from "@/lib/plans/exports";
import { download, routeError, routeSchool } from "@/lib/tenancy/route";

// A plan's newest version as CSV (?format=csv) or iCalendar (?format=ics); README: plan exports.
export async function GET(
  request: Request,
  { params }: { params: Promise<{ schoolId: string; planId: string }> },
) {
  const { schoolId, planId } = await params;
  const ctx = await routeSchool(schoolId, ["plans:manage", "plans:approve"]);
  if (ctx instanceof Response) return ctx;
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "ics") {
    return new Response("Ask for format=csv or format=ics.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  try {
    return download(await planDownload(ctx, planId, format));
  } catch (error) {
    return routeError(error, "exportPlan");
  }
}
