import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getConfig } from "../config";
import { isOverload } from "../db/errors";
import { logError } from "../log";
import { PROVIDER_REQUIRED_ERROR } from "../sso/messages";
import { clientAddress } from "./client-address";
import { identityProviders, type ProviderUser } from "./identity-providers";
import { setDeviceCookie, sourceOf } from "./request-source";
import { assertSessionCurrent, endSessions, SessionEnded } from "./session-version";
import { attemptSignIn } from "./sign-in";
import { attemptPasskeySignIn } from "../passkeys/queries";

/** Idle limit: each read of the session renews it for this long, up to SESSION_MAX_HOURS after sign-in. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** The error next-auth passes back to the form when the person must wait; the form shows the seconds. */
export const WAIT_ERROR_PREFIX = "wait:";
/** The errors next-auth passes back when the password was right and the second step is needed or failed. */
export const SECOND_STEP_NEEDED = "second-step";
export const SECOND_STEP_FAILED = "second-step-failed";

type Headers = Record<string, string | string[] | undefined> | undefined;
const header = (headers: Headers, name: string) => {
  const value = headers?.[name];
  return Array.isArray(value) ? value.join(",") : value;
};

export function authOptions(): NextAuthOptions {
  const config = getConfig();
  return {
    secret: config.authSecret,
    // Session cookies are HttpOnly and SameSite=Lax (next-auth's defaults); Secure, with the __Secure-
    // name prefix, whenever people reach Harbour over HTTPS.
    useSecureCookies: config.appUrl.startsWith("https://"),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        authorize: async (credentials, req) => {
          const address = clientAddress(header(req?.headers, "x-forwarded-for"), config.trustedProxyHops);
          const source = sourceOf(
            config.authSecret,
            header(req?.headers, "cookie"),
            credentials?.email,
            address,
          );
          const outcome = await attemptSignIn(credentials, source).catch((error) => {
            // next-auth would put a thrown error's text in the redirect URL: log it, show the generic failure.
            logError(error, "sign-in");
            return { status: "failed" as const };
          });
          if (outcome.status === "wait") throw new Error(`${WAIT_ERROR_PREFIX}${outcome.retryAfterSeconds}`);
          if (outcome.status === "failed") return null;
          if (outcome.status === "provider-required") throw new Error(PROVIDER_REQUIRED_ERROR);
          if (outcome.status === "second-step") throw new Error(SECOND_STEP_NEEDED);
          if (outcome.status === "second-step-failed") throw new Error(SECOND_STEP_FAILED);
          await setDeviceCookie(config.authSecret, outcome.person.email);
          return outcome.person;
        },
      }),
      // A passkey is a whole sign-in: the device's own check is the second step (decision 0040).
      CredentialsProvider({
        id: "passkey",
        name: "Passkey",
        credentials: { response: { type: "text" } },
        authorize: async (credentials) => {
          const outcome = await Promise.resolve()
            .then(() => attemptPasskeySignIn(JSON.parse(credentials?.response ?? "null")))
            .catch((error) => {
              logError(error, "passkey sign-in");
              return { status: "failed" as const };
            });
          if (outcome.status === "provider-required") throw new Error(PROVIDER_REQUIRED_ERROR);
          return outcome.status === "signed-in" ? outcome.person : null;
        },
      }),
      ...identityProviders(config),
    ],
    callbacks: {
      // A refused provider sign-in goes back to the sign-in page with the reason's code, which the
      // page turns into a sentence; a signed-in one carries the person, as a password sign-in does.
      signIn({ user }) {
        const refused = (user as ProviderUser).refused;
        return refused ? `${config.appUrl}/sign-in?refused=${encodeURIComponent(refused)}` : true;
      },
      async jwt({ token, user, account }) {
        if (user) {
          token.personId = user.id;
          // Sessions from Microsoft or Google rely on the provider's own second step (decision 0040).
          token.via =
            account?.provider === "credentials"
              ? "password"
              : account?.provider === "passkey"
                ? "passkey"
                : "provider";
          token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion;
          token.signedInAt = Math.floor(Date.now() / 1000);
          return token;
        }
        try {
          await assertSessionCurrent(token, config.sessionMaxHours);
        } catch (error) {
          // The database could not be asked (restarting, at capacity): the session has not ended,
          // so the person is not signed out; this request alone cannot be served (decision 0043).
          if (!isOverload(error)) throw error;
          return { ...token, unchecked: true };
        }
        delete token.unchecked;
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.personId === "string") {
          session.user.id = token.personId;
          session.user.via = token.via ?? "password";
          if (token.unchecked) session.user.unchecked = true;
        }
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.personId === "string") await endSessions(token.personId);
      },
    },
    logger: {
      // An ended session is expected, not an error worth a log line.
      error(code, metadata) {
        const cause = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
        if (cause instanceof SessionEnded) return;
        logError(cause ?? new Error(code), `next-auth ${code}`);
      },
      warn() {},
      debug() {},
    },
  };
}
