import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/lib/config";
import { isStoredFilePath, newNonce, securityHeaders } from "@/lib/security/headers";

// Every page, route handler and download leaves with Harbour's security headers (lib/security/headers.ts).
// The nonce is also put on the request's own Content-Security-Policy header: Next.js reads it there and
// adds it to the scripts it renders, which is why every page renders per request (app/layout.tsx).
export function proxy(request: NextRequest) {
  const config = getConfig();
  const headers = securityHeaders({
    nonce: newNonce(),
    https: config.appUrl.startsWith("https://"),
    development: !config.isProduction,
    // The proxy's headers replace a route handler's own, so a stored file's sandbox is decided here.
    storedFile: isStoredFilePath(request.nextUrl.pathname),
  });
  // A path Next.js cannot decode ("%E0%A4%A", "%ED%A0%80") names nothing, but as a dynamic segment
  // it was a bare 500 from Next.js itself (vercel/next.js#92527): answered here, as a 404.
  if (!decodable(request.nextUrl.pathname)) {
    const response = new NextResponse("Not found.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
    for (const [name, value] of headers) response.headers.set(name, value);
    return response;
  }
  const forwarded = new Headers(request.headers);
  const csp = headers.find(([name]) => name === "Content-Security-Policy")![1];
  forwarded.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Built assets are files with hashed names and no script of their own to guard: next.config.mjs
  // gives them nosniff. Autosave's route (hundreds a second in an INSET hour, decision 0038) sets
  // the same headers itself, with the stored-file policy (it answers JSON, never a page), and skips
  // the proxy's per-request cost; a path with a percent escape in an id still comes here (real ids
  // have none), so one Next.js cannot decode is a 404 rather than its 500.
  matcher: [
    {
      source: "/((?!_next/static|_next/image|icon.svg|schools/[^/%]+/assessments/[^/%]+/answers$).*)",
    },
  ],
};
