import "server-only";
// Route handlers (downloads) check what pages check, with the same loaders as ./guard.ts, but answer
// with a Response: notFound() and redirect() are for rendering, not for a handler's return value.
import { signInHref } from "../auth/back";
import { currentPersonId } from "../auth/session";
import { isOverload } from "../db/errors";
import { UserError } from "../errors";
import { logError } from "../log";
import { STORED_FILE_POLICY } from "../security/headers";
import type { MembershipRole } from "../generated/prisma/enums";
import { can, type Permission } from "../permissions";
import { actionsWaitForSecondStep, SET_UP_SECOND_STEP_PATH } from "../two-factor/requirement";
import { loadSchoolContext, loadTrustContext, type SchoolContext, type TrustContext } from "./context";

const NOT_FOUND = () =>
  new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
// As for pages: whoever is signed out is sent to sign in, and back to a file they opened afterwards.
export const TO_SIGN_IN = (request?: Request) =>
  new Response(null, {
    status: 303,
    headers: { Location: request ? signInHref(new URL(request.url).pathname) : "/sign-in" },
  });
// And whoever must set up two-step sign-in first is sent to do so (decision 0040).
const TO_SET_UP = () =>
  new Response(null, { status: 303, headers: { Location: `${SET_UP_SECOND_STEP_PATH}?required=1` } });

const allowed = (role: MembershipRole, permissions: Permission[]) => permissions.some((p) => can(role, p));

/** The school context for a download, or the Response to send instead (sign in, or 404). */
export async function routeSchool(
  schoolId: string,
  permissions: Permission[],
  request?: Request,
): Promise<SchoolContext | Response> {
  const personId = await currentPersonId();
  if (!personId) return TO_SIGN_IN(request);
  if (await actionsWaitForSecondStep(personId)) return TO_SET_UP();
  const ctx = await loadSchoolContext(personId, schoolId);
  return ctx && allowed(ctx.role, permissions) ? ctx : NOT_FOUND();
}

export async function routeTrust(
  trustId: string,
  permissions: Permission[],
  request?: Request,
): Promise<TrustContext | Response> {
  const personId = await currentPersonId();
  if (!personId) return TO_SIGN_IN(request);
  if (await actionsWaitForSecondStep(personId)) return TO_SET_UP();
  const ctx = await loadTrustContext(personId, trustId);
  return ctx && allowed(ctx.role, permissions) ? ctx : NOT_FOUND();
}

/** A file to save, never shown inline or kept in a shared cache: it holds a school's data. Text or bytes (a PDF). */
export function download(
  file:
    | { filename: string; contentType: string; text: string }
    | { filename: string; contentType: string; bytes: Uint8Array },
): Response {
  const text = "text" in file;
  return new Response(text ? file.text : new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": text ? `${file.contentType}; charset=utf-8` : file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** Expected errors keep their message; anything else is logged with an id and shown generically. */
export function routeError(error: unknown, name: string): Response {
  const text = (status: number, body: string) =>
    new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (error instanceof UserError) {
    if (error.kind === "not_found" || error.kind === "forbidden") return NOT_FOUND();
    return text(error.kind === "conflict" ? 409 : 400, error.message);
  }
  // An id from the URL that the database cannot even read (%00 decodes to a null byte) names nothing.
  if (/invalid byte sequence for encoding/.test(String(error))) return NOT_FOUND();
  // The database is at capacity or restarting: nothing is wrong with the request, so say "try again",
  // as autosave does (decision 0043), not "something went wrong".
  if (isOverload(error)) {
    const busy = text(503, "Harbour is busy just now. Please try again in a moment.");
    busy.headers.set("Retry-After", "5");
    return busy;
  }
  const id = logError(error, name);
  return text(500, `Something went wrong on our side (reference ${id}).`);
}

/**
 * A stored file (evidence) as a download with safe headers: the type Harbour checked, never the
 * client's; attachment with a safe name; no sniffing; a sandbox so nothing in it can run as Harbour.
 */
export function fileDownload(file: {
  body: ReadableStream<Uint8Array>;
  fileName: string;
  contentType: string;
  size: number;
}): Response {
  const ascii = file.fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      ...(file.size > 0 ? { "Content-Length": String(file.size) } : {}),
      "Content-Disposition": `attachment; filename="${ascii}"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": STORED_FILE_POLICY,
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": "private, no-store",
    },
  });
}

/** A POST a route handler takes from Harbour's own pages only: the browser's Origin must be ours. */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
