import { Readable } from "node:stream";
import { trustEvidenceFile } from "@/lib/accreditation/trust";
import { evidenceStorage } from "@/lib/evidence/storage";
import { UserError } from "@/lib/errors";
import { fileDownload, routeError, routeTrust } from "@/lib/tenancy/route";

// An evidence file tagged to a submitted self-evaluation of one of the trust's schools, as a
// download to the trust leader (read-only; decision 0034).
export async function GET(
  request: Request,
  { params }: { params: Promise<{ trustId: string; submissionId: string; itemId: string }> },
) {
  const { trustId, submissionId, itemId } = await params;
  const ctx = await routeTrust(trustId, ["accreditation:manage"], request);
  if (ctx instanceof Response) return ctx;
  try {
    const file = await trustEvidenceFile(ctx, submissionId, itemId);
    const stream = await evidenceStorage().get(file.fileKey);
    if (!stream) throw new UserError("That file was not found.", "not_found");
    return fileDownload({
      body: Readable.toWeb(stream) as ReadableStream<Uint8Array>,
      fileName: file.fileName,
      contentType: file.fileType,
      size: file.size,
    });
  } catch (error) {
    return routeError(error, "downloadTrustAccreditationEvidence");
  }
}
