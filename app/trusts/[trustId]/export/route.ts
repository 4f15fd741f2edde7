import { download, routeError, routeTrust } from "@/lib/tenancy/route";
import { heatmapCsv, overviewCsv, reviewCsv } from "@/lib/trust/csv";
import { trustViews } from "@/lib/trust/figures";
import { arrange } from "@/lib/trust/overview";

// The overview (as sorted and filtered on the page), the heatmap or the review table, as CSV.
export async function GET(request: Request, { params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await routeTrust(trustId, ["trust:view"]);
  if (ctx instanceof Response) return ctx;
  const search = new URL(request.url).searchParams;
  const table = search.get("table");
  if (table !== "overview" && table !== "heatmap" && table !== "review")
    return new Response("Ask for table=overview, table=heatmap or table=review.", { status: 400 });
  try {
    const views = await trustViews(ctx, Object.fromEntries(search));
    const text =
      table === "overview"
        ? overviewCsv(arrange(views.overview.rows, views.query), views.overview.trust)
        : table === "heatmap"
          ? heatmapCsv(views.heatmap)
          : reviewCsv(views.review);
    return download({ filename: `trust-${table}.csv`, contentType: "text/csv", text });
  } catch (error) {
    return routeError(error, "trustExport");
  }
}
