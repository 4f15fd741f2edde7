import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";

/** How the current session signed in: Harbour's password (and second step), or Microsoft or Google. */
export async function signInMethod(): Promise<"password" | "provider"> {
  const session = await getServerSession(authOptions());
  return session?.user?.via ?? "password";
}
