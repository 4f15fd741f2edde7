import { renderPdf } from "@/lib/exports/pdf";
import { download, routeError, routeTrust } from "@/lib/tenancy/route";
import { trustReportDoc } from "@/lib/trust/figures";

// The board's report as a tagged PDF (decision 0027's pdfkit document), for the phase and group chosen.
export async function GET(request: Request, { params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await routeTrust(trustId, ["trust:view"]);
  if (ctx instanceof Response) return ctx;
  try {
    const now = new Date();
    const { doc } = await trustReportDoc(ctx, Object.fromEntries(new URL(request.url).searchParams), now);
    return download({
      filename: `trust-report-${now.toISOString().slice(0, 10)}.pdf`,
      contentType: "application/pdf",
      bytes: await renderPdf(doc),
    });
  } catch (error) {
    return routeError(error, "trustReportPdf");
  }
}
