import { isExportFormat } from "@/lib/framework/forms";
import { exportFramework } from "@/lib/framework/history";
import { download, routeError, routeTrust } from "@/lib/tenancy/route";

// The trust's framework (or the default it would adopt), as JSON or CSV.
export async function GET(request: Request, { params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await routeTrust(trustId, ["framework:manage"]);
  if (ctx instanceof Response) return ctx;
  const format = new URL(request.url).searchParams.get("format");
  if (!isExportFormat(format)) return new Response("Ask for format=json or format=csv.", { status: 400 });
  try {
    return download(await exportFramework(ctx, format));
  } catch (error) {
    return routeError(error, "exportFramework");
  }
}
