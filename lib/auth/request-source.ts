import "server-only";
import { cookies } from "next/headers";
import { getConfig } from "../config";
import {
  cookieValue,
  DEVICE_COOKIE,
  DEVICE_COOKIE_MAX_AGE_SECONDS,
  deviceFor,
  issueDeviceToken,
} from "./device";
import type { SignInSource } from "./rate-limit";

/** The source of a sign-in attempt: this browser if it signed in to the typed account before, else its address. */
export function sourceOf(
  secret: string,
  cookieHeader: string | undefined,
  email: unknown,
  address: string,
): SignInSource {
  const typed = typeof email === "string" ? email.trim().toLowerCase() : "";
  return {
    address,
    deviceId: typed ? deviceFor(secret, cookieValue(cookieHeader, DEVICE_COOKIE), typed) : null,
  };
}

/** Marks this browser as one the person signs in from (the cookie is set on the sign-in response). */
export async function setDeviceCookie(secret: string, email: string): Promise<void> {
  try {
    (await cookies()).set(DEVICE_COOKIE, issueDeviceToken(secret, email), {
      httpOnly: true,
      sameSite: "lax",
      secure: getConfig().appUrl.startsWith("https://"),
      path: "/api/auth",
      maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
    });
  } catch {
    // Outside a request (scripts, tests) there is no browser to mark.
  }
}
