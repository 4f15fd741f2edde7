import { Readable } from "node:stream";
import { openFile } from "@/lib/evidence/queries";
import { fileDownload, routeError, routeSchool } from "@/lib/tenancy/route";

// An evidence file, to the school's lead and head only, as a download (decision 0029).
export async function GET(
  request: Request,
  { params }: { params: Promise<{ schoolId: string; itemId: string }> },
) {
  const { schoolId, itemId } = await params;
  const ctx = await routeSchool(schoolId, ["evidence:view"], request);
  if (ctx instanceof Response) return ctx;
  try {
    const file = await openFile(ctx, itemId);
    return fileDownload({
      body: Readable.toWeb(file.stream) as ReadableStream<Uint8Array>,
      fileName: file.fileName,
      contentType: file.fileType,
      size: file.size,
    });
  } catch (error) {
    return routeError(error, "downloadEvidence");
  }
}
