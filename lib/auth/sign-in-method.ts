import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";

/** Harbour's password (with its second step, if on), Microsoft or Google, or a passkey. */
export type SignInMethod = "password" | "provider" | "passkey";

/** How the current session signed in: Harbour's password (and second step), or Microsoft or Google. */
export async function signInMethod(): Promise<SignInMethod> {
  const session = await getServerSession(authOptions());
  return session?.user?.via ?? "password";
}
