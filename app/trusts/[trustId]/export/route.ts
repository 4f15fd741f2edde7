import { download, routeError, routeTrust } from "@/lib/tenancy/route";
import { heatmapCsv, overviewCsv } from "@/lib/trust/csv";
import { trustViews } from "@/lib/trust/figures";
import { arrange, overviewQuery } from "@/lib/trust/overview";

// The overview (as sorted and filtered on the page) or the heatmap, as CSV.
export async function GET(request: Request, { params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await routeTrust(trustId, ["trust:view"]);
  if (ctx instanceof Response) return ctx;
  const search = new URL(request.url).searchParams;
  const table = search.get("table");
  if (table !== "overview" && table !== "heatmap")
    return new Response("Ask for table=overview or table=heatmap.", { status: 400 });
  try {
    const views = await trustViews(ctx);
    const text =
      table === "overview"
        ? overviewCsv(
            arrange(views.overview.rows, overviewQuery(Object.fromEntries(search))),
            views.overview.trust,
          )
        : heatmapCsv(views.heatmap);
    return download({ filename: `trust-${table}.csv`, contentType: "text/csv", text });
  } catch (error) {
    return routeError(error, "trustExport");
  }
}
