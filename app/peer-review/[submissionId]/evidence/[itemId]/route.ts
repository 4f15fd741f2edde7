import { Readable } from "node:stream";
import { currentPersonId } from "@/lib/auth/session";
import { reviewerEvidenceFile } from "@/lib/accreditation/evidence";
import { evidenceStorage } from "@/lib/evidence/storage";
import { UserError } from "@/lib/errors";
import { fileDownload, routeError, TO_SIGN_IN } from "@/lib/tenancy/route";

// An evidence file of a submission assigned to the signed-in peer reviewer, as a download.
export async function GET(
  request: Request,
  { params }: { params: Promise<{ submissionId: string; itemId: string }> },
) {
  const { submissionId, itemId } = await params;
  const personId = await currentPersonId();
  if (!personId) return TO_SIGN_IN(request);
  try {
    const file = await reviewerEvidenceFile(personId, submissionId, itemId);
    const stream = await evidenceStorage().get(file.fileKey);
    if (!stream) throw new UserError("That file was not found.", "not_found");
    return fileDownload({
      body: Readable.toWeb(stream) as ReadableStream<Uint8Array>,
      fileName: file.fileName,
      contentType: file.fileType,
      size: file.size,
    });
  } catch (error) {
    return routeError(error, "downloadAccreditationEvidence");
  }
}
