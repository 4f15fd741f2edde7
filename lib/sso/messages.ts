// Plain sentences for the sign-in page; the page's URL carries only the short code.
import type { Refusal } from "./claims";

export const REFUSAL_MESSAGES: Record<Refusal, string> = {
  "unverified-email":
    "Your account did not come with an email address its provider has confirmed, so Harbour cannot tell who you are. Ask your school's IT team, or sign in with your email and password.",
  "no-school":
    "No school in Harbour has linked the domain of that email address. Sign in with your email and password, or ask your school's lead to link it.",
  "not-linked":
    "Your school has not linked that kind of account to Harbour. Use your school's other sign-in button, or your email and password.",
  "wrong-tenant":
    "That Microsoft account is not from your school's own Microsoft directory. Sign in with your school work account.",
  "wrong-workspace":
    "That Google account is not from your school's Google Workspace. Sign in with your school Google account.",
  "no-membership":
    "That account's email address is not on the staff list of a school in Harbour. Ask your school's lead to invite you.",
};

/** next-auth's own codes for a failed round trip to the provider (a token that did not check out). */
export const PROVIDER_FAILED =
  "The sign-in with your school account could not be completed or checked. Try again; if it keeps happening, tell your school's IT team.";

export const PROVIDER_REQUIRED_ERROR = "provider-required";
export const PROVIDER_REQUIRED =
  "Your school signs staff in with their school Microsoft or Google account: use the Sign in with Microsoft or Sign in with Google button above, not a password.";

export function signInProblem(params: { refused?: string; error?: string }): string | null {
  if (params.refused && params.refused in REFUSAL_MESSAGES)
    return REFUSAL_MESSAGES[params.refused as Refusal];
  if (params.error) return PROVIDER_FAILED;
  return null;
}
