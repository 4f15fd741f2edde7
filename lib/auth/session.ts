import "server-only";
import type { SignInMethod } from "./sign-in-method";
import { getServerSession } from "next-auth";
import { decode } from "next-auth/jwt";
import { redirect } from "next/navigation";
import { mustSetUpSecondStep, SET_UP_SECOND_STEP_PATH } from "../two-factor/requirement";
import { getConfig } from "../config";
import { UserError } from "../errors";
import { authOptions } from "./options";

const DATABASE_AWAY = "Harbour cannot reach its database just now. Please try again in a moment.";

export type SignedIn = { personId: string; via: SignInMethod };

/** Who is signed in and how, or null. The session proves identity only; roles are re-read per request. */
export async function currentSignIn(): Promise<SignedIn | null> {
  const session = await getServerSession(authOptions());
  // Not "signed out": a page shows its error (try again), an action answers busy (retried).
  if (session?.user?.unchecked) throw new UserError(DATABASE_AWAY, "busy");
  const id = session?.user?.id;
  return id ? { personId: id, via: session.user.via ?? "password" } : null;
}

/** The signed-in person's id, or null. */
export async function currentPersonId(): Promise<string | null> {
  return (await currentSignIn())?.personId ?? null;
}

/**
 * For every page but the account security page: not signed in goes to sign-in, and someone who must
 * use two-step sign-in and has not set it up goes to set it up first (decision 0040).
 */
export async function requirePersonId(): Promise<string> {
  const signedIn = await requireSignedIn();
  if (await mustSetUpSecondStep(signedIn.personId, signedIn.via))
    redirect(`${SET_UP_SECOND_STEP_PATH}?required=1`);
  return signedIn.personId;
}

/** Signed in, whatever else: the account security page, where the second step is set up. */
export async function requireSignedIn(): Promise<SignedIn> {
  const signedIn = await currentSignIn();
  if (!signedIn) redirect("/sign-in");
  return signedIn;
}

/**
 * The hot-path reading of a request's session (autosave, decision 0038): the cookie's token is
 * decrypted and its age checked here, and the caller checks its session version in the same SQL as
 * its work, instead of a transaction of its own. Does not renew the cookie (the pages do).
 */
export async function requestSession(
  request: Request,
): Promise<{ personId: string; sessionVersion: number; via: SignInMethod } | null> {
  const config = getConfig();
  const secure = config.appUrl.startsWith("https://");
  const name = `${secure ? "__Secure-" : ""}next-auth.session-token`;
  const cookies = new Map(
    (request.headers.get("cookie") ?? "").split(/;\s*/).flatMap((part) => {
      const at = part.indexOf("=");
      return at > 0 ? [[part.slice(0, at), part.slice(at + 1)] as const] : [];
    }),
  );
  // next-auth splits a long token into name.0, name.1, ...
  let token = cookies.get(name);
  if (!token) {
    const chunks: string[] = [];
    for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
    token = chunks.join("") || undefined;
  }
  if (!token) return null;
  const jwt = await decode({ token: decodeURIComponent(token), secret: config.authSecret }).catch(() => null);
  const { personId, sessionVersion, signedInAt, via } = (jwt ?? {}) as Record<string, unknown>;
  if (typeof personId !== "string" || typeof sessionVersion !== "number" || typeof signedInAt !== "number")
    return null;
  if (Date.now() / 1000 > signedInAt + config.sessionMaxHours * 3600) return null;
  // As the session callback does: a token without a method is a password session.
  const method: SignInMethod = via === "provider" || via === "passkey" ? via : "password";
  return { personId, sessionVersion, via: method };
}
