import { planDownload } from "@/lib/exports/queries";
import { download, routeError, routeSchool } from "@/lib/tenancy/route";

const FORMATS = ["pdf", "csv", "ics"] as const;

// The action plan as a PDF for governors, a CSV of its actions, or an iCalendar file of their due
// dates (?format=pdf|csv|ics, optionally &version=<id> of one of the school's own versions).
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await routeSchool(schoolId, ["action-plan:view"]);
  if (ctx instanceof Response) return ctx;
  const query = new URL(request.url).searchParams;
  const format = FORMATS.find((f) => f === (query.get("format") ?? "pdf"));
  if (!format)
    return new Response("Ask for format=pdf, format=csv or format=ics.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  try {
    return download(await planDownload(ctx, format, { versionId: query.get("version") ?? undefined }));
  } catch (error) {
    return routeError(error, "exportActionPlan");
  }
}
