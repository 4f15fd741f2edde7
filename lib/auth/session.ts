import "server-only";
import type { SignInMethod } from "./sign-in-method";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { mustSetUpSecondStep, SET_UP_SECOND_STEP_PATH } from "../two-factor/requirement";
import { authOptions } from "./options";

export type SignedIn = { personId: string; via: SignInMethod };

/** Who is signed in and how, or null. The session proves identity only; roles are re-read per request. */
export async function currentSignIn(): Promise<SignedIn | null> {
  const session = await getServerSession(authOptions());
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
