import { readAuditFilter } from "@/lib/audit/filters";
import { auditLogCsv } from "@/lib/audit/log";
import { download, routeError, routeTrust } from "@/lib/tenancy/route";

// The trust's own audit log as CSV, with the page's filters.
export async function GET(request: Request, { params }: { params: Promise<{ trustId: string }> }) {
  const ctx = await routeTrust((await params).trustId, ["audit:view"]);
  if (ctx instanceof Response) return ctx;
  try {
    return download(
      await auditLogCsv(ctx, readAuditFilter(Object.fromEntries(new URL(request.url).searchParams))),
    );
  } catch (error) {
    return routeError(error, "exportAuditLog");
  }
}
