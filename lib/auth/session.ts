import "server-only";
import { getServerSession } from "next-auth";
import { decode } from "next-auth/jwt";
import { redirect } from "next/navigation";
import { getConfig } from "../config";
import { authOptions } from "./options";

/** The signed-in person's id, or null. The session proves identity only; roles are re-read per request. */
export async function currentPersonId(): Promise<string | null> {
  const session = await getServerSession(authOptions());
  return session?.user?.id ?? null;
}

export async function requirePersonId(): Promise<string> {
  const id = await currentPersonId();
  if (!id) redirect("/sign-in");
  return id;
}

/**
 * The hot-path reading of a request's session (autosave, decision 0038): the cookie's token is
 * decrypted and its age checked here, and the caller checks its session version in the same SQL as
 * its work, instead of a transaction of its own. Does not renew the cookie (the pages do).
 */
export async function requestSession(
  request: Request,
): Promise<{ personId: string; sessionVersion: number } | null> {
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
  const { personId, sessionVersion, signedInAt } = (jwt ?? {}) as Record<string, unknown>;
  if (typeof personId !== "string" || typeof sessionVersion !== "number" || typeof signedInAt !== "number")
    return null;
  if (Date.now() / 1000 > signedInAt + config.sessionMaxHours * 3600) return null;
  return { personId, sessionVersion };
}
