import { isExportFormat } from "@/lib/framework/forms";
import { exportFramework } from "@/lib/framework/history";
import { download, routeError, routeSchool } from "@/lib/tenancy/route";

// The school's framework in force, as JSON or CSV (README: Framework import and export).
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  // Whoever may read the framework page may take it away.
  const ctx = await routeSchool(schoolId, ["framework:manage", "school:view"]);
  if (ctx instanceof Response) return ctx;
  const format = new URL(request.url).searchParams.get("format");
  if (!isExportFormat(format)) return new Response("Ask for format=json or format=csv.", { status: 400 });
  try {
    return download(await exportFramework(ctx, format));
  } catch (error) {
    return routeError(error, "exportFramework");
  }
}
