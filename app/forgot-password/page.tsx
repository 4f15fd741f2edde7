import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { Alert } from "@/components/ui/alert";
import { getConfig } from "@/lib/config";
import { requestResetAction } from "./actions";

export const metadata: Metadata = { title: "Forgotten password" };

export default function ForgotPasswordPage() {
  const canMail = getConfig().smtp !== null;
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-harbour-700">Harbour</p>
      <h1 className="mb-2 text-2xl font-semibold">Forgotten your password?</h1>
      <p className="mb-6 text-slate-700">
        {canMail
          ? "Give the address you sign in with, and we will email you a link to choose a new password."
          : "This Harbour server cannot send email, so it cannot send a reset link."}
      </p>
      <div className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {canMail ? (
          <ForgotPasswordForm action={requestResetAction} />
        ) : (
          <Alert tone="info">
            Ask your school&apos;s senior mental health lead to invite you again: the new invitation lets you
            choose a password. A lead or head can ask the person who runs this Harbour server.
          </Alert>
        )}
      </div>
      <p className="mt-4 text-sm text-slate-700">
        <Link href="/sign-in" className="text-harbour-700 underline">
          Back to sign in
        </Link>
      </p>
    </main>
  );
}
