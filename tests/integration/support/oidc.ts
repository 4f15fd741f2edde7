// A real OpenID Connect provider (oauth2-mock-server: discovery, signed id tokens, PKCE, nonce) and
// next-auth's own request handler driven through the whole authorisation-code flow, as a browser
// would: csrf, sign-in (redirect to the provider), the provider's authorise endpoint, the callback.
import { createRequire } from "node:module";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import { decode } from "next-auth/jwt";
import { Events, OAuth2Server } from "oauth2-mock-server";

// next-auth's framework-free handler (what its Next.js route calls) is not in the package's exports
// map, so it is loaded by path: the same code the app runs, minus Next.js's request plumbing.
const nextAuthCore = path.resolve("node_modules/next-auth/core/index.js");
type Handler = (params: { req: Record<string, unknown>; options: NextAuthOptions }) => Promise<{
  redirect?: string;
  body?: unknown;
  cookies?: { name: string; value: string }[];
}>;
const { AuthHandler } = createRequire(import.meta.url)(nextAuthCore) as { AuthHandler: Handler };

export type Claims = Record<string, unknown>;

const claimsFor = new WeakMap<OAuth2Server, Claims>();

export async function startProvider(): Promise<OAuth2Server> {
  const server = new OAuth2Server();
  await server.issuer.keys.generate("RS256");
  // The token endpoint signs an access token and then the id token: both get the claims set last.
  server.service.on(Events.BeforeTokenSigning, (token) => {
    Object.assign(token.payload, claimsFor.get(server) ?? {});
  });
  await server.start(0, "127.0.0.1");
  return server;
}

/** The claims for the next sign-in's tokens (the mock signs whatever it is told). */
export function nextToken(server: OAuth2Server, claims: Claims) {
  claimsFor.set(server, claims);
}

type Jar = Record<string, string>;
type Options = NextAuthOptions;
const ORIGIN = "http://localhost:3000";

function keep(jar: Jar, cookies: { name: string; value: string }[] | undefined) {
  for (const c of cookies ?? []) jar[c.name] = c.value;
}

/** Runs a provider sign-in to the end: where next-auth sent the browser, and the session it set. */
export async function signInWith(options: Options, providerId: string) {
  const jar: Jar = {};
  const csrf = await AuthHandler({ req: { origin: ORIGIN, method: "GET", action: "csrf" }, options });
  keep(jar, csrf.cookies);
  const start = await AuthHandler({
    req: {
      origin: ORIGIN,
      method: "POST",
      action: "signin",
      providerId,
      cookies: { ...jar },
      body: { csrfToken: (csrf.body as { csrfToken: string }).csrfToken, callbackUrl: `${ORIGIN}/` },
    },
    options,
  });
  keep(jar, start.cookies);
  if (!start.redirect?.includes("/authorize"))
    throw new Error(`No redirect to the provider: ${start.redirect}`);
  const authorise = await fetch(start.redirect, { redirect: "manual" });
  const back = new URL(authorise.headers.get("location")!);
  const done = await AuthHandler({
    req: {
      origin: ORIGIN,
      method: "GET",
      action: "callback",
      providerId,
      cookies: { ...jar },
      query: Object.fromEntries(back.searchParams),
    },
    options,
  });
  keep(jar, done.cookies);
  const sessionToken = jar["next-auth.session-token"];
  const token = sessionToken ? await decode({ token: sessionToken, secret: options.secret! }) : null;
  return { redirect: done.redirect ?? "", token, authorizeUrl: new URL(start.redirect) };
}
