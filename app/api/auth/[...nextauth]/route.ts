import NextAuth from "next-auth";
import { hasBadCallbackUrl } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

// next-auth answers 500 to three client mistakes: no action (/api/auth//), a callback address that
// is not http(s) ("a problem with the server configuration") and a broken JSON body. All three are
// refused here first (found by tests/integration/hostile-routes.test.ts).
const handler = async (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => {
  const { nextauth } = await ctx.params;
  if (!nextauth?.[0]) return text(404, "Not found.");
  // next-auth parses a JSON body without catching: a broken one would be a 500.
  if (req.method === "POST" && req.headers.get("content-type")?.includes("application/json")) {
    try {
      await req.clone().json();
    } catch {
      return text(400, "That request could not be read.");
    }
  }
  if (hasBadCallbackUrl(new URL(req.url), req.headers.get("cookie")))
    return text(400, "That sign-in address is not valid. Go back to the sign-in page and try again.");
  return NextAuth(authOptions())(req, ctx);
};

export { handler as GET, handler as POST };
