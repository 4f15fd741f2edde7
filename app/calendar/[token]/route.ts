import { feedCalendar } from "@/lib/exports/feeds";
import { routeError } from "@/lib/tenancy/route";

// The subscribable calendar of a school's action-plan due dates: the secret address is the key
// (calendar apps send no cookie). Unknown or turned-off addresses are a plain 404.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const text = await feedCalendar(token.replace(/\.ics$/, ""));
    if (text === null)
      return new Response("Not found.", {
        status: 404,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    return new Response(text, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="action-plan.ics"',
        "Cache-Control": "private, no-store",
        "Referrer-Policy": "no-referrer",
      },
    });
  } catch (error) {
    return routeError(error, "actionPlanFeed");
  }
}
