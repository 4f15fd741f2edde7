import { readAuditFilter } from "@/lib/audit/filters";
import { auditLogCsv } from "@/lib/audit/log";
import { download, routeError, routeSchool } from "@/lib/tenancy/route";

// The school's audit log as CSV, with the page's filters.
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const ctx = await routeSchool((await params).schoolId, ["audit:view"]);
  if (ctx instanceof Response) return ctx;
  try {
    return download(
      await auditLogCsv(ctx, readAuditFilter(Object.fromEntries(new URL(request.url).searchParams))),
    );
  } catch (error) {
    return routeError(error, "exportAuditLog");
  }
}
