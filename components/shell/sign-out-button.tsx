"use client";

import { signOut } from "next-auth/react";

// Unsent self-assessment drafts live in this browser: on a shared staff-room computer they must not
// outlast the session. (Anything still unsent at sign-out is lost; the page saves within seconds.)
function clearLocalDrafts() {
  for (const key of Object.keys(window.localStorage)) {
    if (key.startsWith("harbour:assessment-draft:")) window.localStorage.removeItem(key);
  }
}

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => {
        clearLocalDrafts();
        void signOut({ callbackUrl: "/sign-in" });
      }}
      className="min-h-11 rounded-md px-3 py-2 text-white underline-offset-4 hover:underline"
    >
      Sign out
    </button>
  );
}
