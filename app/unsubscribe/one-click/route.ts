// The unsubscribe link's one action, without signing in: the token (signed, single-purpose) names the
// person. A mail client's one-click POST (RFC 8058, body "List-Unsubscribe=One-Click") gets a short
// answer; the button on /unsubscribe gets sent back to that page, which then says what changed.
// Only POST changes anything: link scanners that fetch every URL in an email send GETs.
import { switchToAppOnlyByLink } from "@/lib/reminders/queries";

export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token");
  const body = await request.text();
  const switched = await switchToAppOnlyByLink(token);
  if (/(^|&)List-Unsubscribe=One-Click(&|$)/.test(body)) {
    return new Response(switched ? "Reminders now come in Harbour only.\n" : "That link is not valid.\n", {
      status: switched ? 200 : 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const page = new URL("/unsubscribe", request.url);
  if (token) page.searchParams.set("token", token);
  return Response.redirect(page, 303);
}
