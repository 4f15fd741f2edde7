import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { LINK_DEAD, resetLinkUsable } from "@/lib/auth/password-reset";
import { resetPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = /^[A-Za-z0-9_-]{20,100}$/.test(token) && (await resetLinkUsable(token));
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-harbour-700">Harbour</p>
      <h1 className="mb-6 text-2xl font-semibold">Choose a new password</h1>
      <div className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {usable ? (
          <ResetPasswordForm token={token} action={resetPasswordAction} />
        ) : (
          <>
            <Alert tone="error">{LINK_DEAD}</Alert>
            <Link href="/forgot-password" className="font-medium text-harbour-700 underline">
              Ask for a new link
            </Link>
          </>
        )}
      </div>
    </main>
  );
}
