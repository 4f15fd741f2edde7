import { reviewPdf } from "@/lib/exports/queries";
import { download, routeError, routeSchool } from "@/lib/tenancy/route";

// The latest agreed whole-school review as a PDF for governors.
export async function GET(_request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await routeSchool(schoolId, ["review:view"]);
  if (ctx instanceof Response) return ctx;
  try {
    return download(await reviewPdf(ctx));
  } catch (error) {
    return routeError(error, "exportReview");
  }
}
