"use client";

import { signOut } from "@/components/auth/next-auth-client";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/sign-in" })}
      className="min-h-11 rounded-md px-3 py-2 text-white underline-offset-4 hover:underline"
    >
      Sign out
    </button>
  );
}
