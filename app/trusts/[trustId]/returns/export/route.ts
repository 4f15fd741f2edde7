import { SCHOOL_PHASE_LABELS } from "@/lib/people/labels";
import { areaTable } from "@/lib/returns/area";
import { areaCsv, returnsCsv } from "@/lib/returns/csv";
import { authorityReturns } from "@/lib/returns/queries";
import { download, routeError, routeTrust } from "@/lib/tenancy/route";

// The returns sent to the authority, or the area's needs by phase or district, as CSV.
export async function GET(request: Request, { params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await routeTrust(trustId, ["returns:view"]);
  if (ctx instanceof Response) return ctx;
  const table = new URL(request.url).searchParams.get("table");
  if (table !== "returns" && table !== "phase" && table !== "district")
    return new Response("Ask for table=returns, table=phase or table=district.", { status: 400 });
  try {
    const returns = await authorityReturns(ctx);
    const text =
      table === "returns"
        ? returnsCsv(returns)
        : areaCsv(areaTable(returns, table, (p) => SCHOOL_PHASE_LABELS[p]));
    return download({ filename: `area-${table}.csv`, contentType: "text/csv", text });
  } catch (error) {
    return routeError(error, "authorityReturnsExport");
  }
}
