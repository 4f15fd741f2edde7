import NextAuth from "next-auth";
import { hasBadCallbackUrl } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";

const handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => {
  if (hasBadCallbackUrl(new URL(req.url), req.headers.get("cookie")))
    return new Response("That sign-in address is not valid. Go back to the sign-in page and try again.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return NextAuth(authOptions())(req, ctx);
};

export { handler as GET, handler as POST };
