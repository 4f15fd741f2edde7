"use client";

import { signOut } from "./next-auth-client";

/** Signs out and comes back to this page (an invitation meant for another account). */
export function SignOutLink({ back }: { back: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: back })}
      className="min-h-11 text-harbour-700 underline"
    >
      Sign out
    </button>
  );
}
