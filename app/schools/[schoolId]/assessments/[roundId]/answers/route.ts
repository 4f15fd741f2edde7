import { fieldErrorsOf } from "@/lib/actions/define";
import { HTTP_STATUS, type ActionResult } from "@/lib/actions/result";
import { saveAnswersFast } from "@/lib/assessment/fast-save";
import { isOverload } from "@/lib/db/errors";
import { saveAnswersSchema } from "@/lib/assessment/rules";
import { requestSession } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";
import { logError } from "@/lib/log";
import { securityHeaders } from "@/lib/security/headers";
import { sameOrigin } from "@/lib/tenancy/route";

// proxy.ts skips this route: its headers are set here, the same every time (no page, no nonce).
let headers: [string, string][] | null = null;
const HEADERS = () =>
  (headers ??= [
    ...securityHeaders({
      nonce: "",
      https: getConfig().appUrl.startsWith("https://"),
      development: false,
      storedFile: true,
    }),
    ["Cache-Control", "private, no-store"],
  ]);

const json = (body: ActionResult<unknown>, extra: [string, string][] = []) =>
  Response.json(body, {
    status: body.ok ? 200 : HTTP_STATUS[body.code],
    headers: [...HEADERS(), ...extra],
  });

// Autosave of ratings and comments (decision 0038): the hot path of an INSET hour, so it is a route
// handler with one SQL statement (lib/assessment/fast-save.ts) rather than a server action. Every
// failure has a failure status; overload is 503 with Retry-After, which the page's draft retries.
export async function POST(
  request: Request,
  { params }: { params: Promise<{ schoolId: string; roundId: string }> },
) {
  const { schoolId, roundId } = await params;
  if (!sameOrigin(request))
    return json({ ok: false, code: "forbidden", message: "Answers are saved from Harbour's own pages." });
  const who = await requestSession(request);
  if (!who)
    return json({ ok: false, code: "signed_out", message: "Your session has ended. Please sign in again." });
  const body: unknown = await request.json().catch(() => null);
  const parsed = saveAnswersSchema.safeParse({ ...(body as object), roundId });
  if (!parsed.success)
    return json({
      ok: false,
      code: "invalid",
      message: "Please correct the highlighted fields.",
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  try {
    return json(await saveAnswersFast(who, schoolId, parsed.data));
  } catch (error) {
    if (isOverload(error))
      return json(
        {
          ok: false,
          code: "busy",
          message: "Harbour cannot save just now; your answers are kept and sent again shortly.",
        },
        [["Retry-After", "2"]],
      );
    const id = logError(error, "saveAnswers");
    return json({
      ok: false,
      code: "unexpected",
      message: `Something went wrong on our side (reference ${id}). Nothing was saved.`,
    });
  }
}
