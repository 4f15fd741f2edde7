import NextAuth from "next-auth";
import { hasBadCallbackUrl } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

// next-auth answers 500 ("a problem with the server configuration") to two client mistakes: no
// action (/api/auth//) and a callback address that is not http(s). Both are refused here first.
const handler = async (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => {
  const { nextauth } = await ctx.params;
  if (!nextauth?.[0]) return text(404, "Not found.");
  if (hasBadCallbackUrl(new URL(req.url), req.headers.get("cookie")))
    return text(400, "That sign-in address is not valid. Go back to the sign-in page and try again.");
  return NextAuth(authOptions())(req, ctx);
};

export { handler as GET, handler as POST };
