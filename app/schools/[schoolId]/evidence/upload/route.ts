import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { fieldErrorsOf } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { UserError } from "@/lib/errors";
import { receiveFile, TOO_BIG_MESSAGE } from "@/lib/evidence/file-check";
import { MAX_FILE_BYTES } from "@/lib/evidence/file-rules";
import { uploadSchema } from "@/lib/evidence/schemas";
import { addFile } from "@/lib/evidence/store";
import { routeError, routeSchool, sameOrigin } from "@/lib/tenancy/route";

const json = (body: ActionResult<unknown>, status = 200) => Response.json(body, { status });

// A file for the evidence library: the raw file as the body (streamed to disk with a 10 MB limit),
// its title in ?title= and the name it had in X-File-Name (decision 0029). The school is checked first.
export async function POST(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await routeSchool(schoolId, ["evidence:manage"]);
  if (ctx instanceof Response) return ctx;
  if (!sameOrigin(request)) return new Response("Uploads come from Harbour's own pages.", { status: 403 });
  const parsed = uploadSchema.safeParse({ title: new URL(request.url).searchParams.get("title") ?? "" });
  if (!parsed.success)
    return json(
      {
        ok: false,
        code: "invalid",
        message: "Please correct the highlighted fields.",
        fieldErrors: fieldErrorsOf(parsed.error),
      },
      400,
    );
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_FILE_BYTES)
    return json(
      { ok: false, code: "invalid", message: TOO_BIG_MESSAGE, fieldErrors: { file: [TOO_BIG_MESSAGE] } },
      413,
    );
  if (!request.body)
    return json(
      { ok: false, code: "invalid", message: "Choose a file.", fieldErrors: { file: ["Choose a file."] } },
      400,
    );
  let clientName = "evidence";
  try {
    clientName = decodeURIComponent(request.headers.get("x-file-name") ?? "evidence").slice(0, 255);
  } catch {
    // A name that does not decode is replaced: the stored name comes from the checked type anyway.
  }
  try {
    const file = await receiveFile(Readable.fromWeb(request.body as WebReadableStream<Uint8Array>));
    const item = await addFile(ctx, { title: parsed.data.title, clientName, file });
    return json({ ok: true, data: item });
  } catch (error) {
    if (error instanceof UserError && error.kind === "validation")
      return json(
        { ok: false, code: "invalid", message: error.message, fieldErrors: error.fieldErrors },
        400,
      );
    return routeError(error, "uploadEvidence");
  }
}
