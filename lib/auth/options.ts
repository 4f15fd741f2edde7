import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getConfig } from "../config";
import { logError } from "../log";
import { clientAddress } from "./client-address";
import { attemptSignIn } from "./sign-in";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

function addressOf(headers: Record<string, string | string[] | undefined> | undefined): string {
  const header = headers?.["x-forwarded-for"];
  return clientAddress(Array.isArray(header) ? header.join(",") : header, getConfig().trustedProxyHops);
}

export function authOptions(): NextAuthOptions {
  return {
    secret: getConfig().authSecret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        // next-auth would put a thrown error's text in the redirect URL: log it, show the generic failure.
        authorize: (credentials, req) =>
          attemptSignIn(credentials, addressOf(req?.headers)).catch((error) => {
            logError(error, "sign-in");
            return null;
          }),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.personId = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.personId === "string") session.user.id = token.personId;
        return session;
      },
    },
  };
}
