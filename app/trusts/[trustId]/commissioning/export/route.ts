import { demandCsv, offersCsv } from "@/lib/commissioning/csv";
import { trustDemand, trustOffers } from "@/lib/commissioning/queries";
import { download, routeError, routeTrust } from "@/lib/tenancy/route";

// The pooled demand (with what plans buy and the savings) or the offers and bookings, as CSV.
export async function GET(request: Request, { params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await routeTrust(trustId, ["trust:commission"]);
  if (ctx instanceof Response) return ctx;
  const table = new URL(request.url).searchParams.get("table");
  if (table !== "demand" && table !== "offers")
    return new Response("Ask for table=demand or table=offers.", { status: 400 });
  try {
    const text = table === "demand" ? demandCsv(await trustDemand(ctx)) : offersCsv(await trustOffers(ctx));
    return download({ filename: `trust-commissioning-${table}.csv`, contentType: "text/csv", text });
  } catch (error) {
    return routeError(error, "trustCommissioningExport");
  }
}
