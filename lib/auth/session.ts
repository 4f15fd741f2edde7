import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
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
