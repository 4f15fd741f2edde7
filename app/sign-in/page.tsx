import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PasskeySignIn } from "@/components/auth/passkey-sign-in";
import { ProviderButtons } from "@/components/auth/provider-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { signInBack } from "@/lib/auth/back";
import { currentPersonId } from "@/lib/auth/session";
import { needsSetup } from "@/lib/operators/first-run";
import { getConfig } from "@/lib/config";
import { PROVIDER_IDS } from "@/lib/sso/claims";
import { signInProblem } from "@/lib/sso/messages";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[]; refused?: string | string[]; error?: string | string[] }>;
}) {
  const { next, refused, error } = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  // A provider sign-in that was refused or failed comes back here with a code; people see a sentence.
  const problem = signInProblem({ refused: one(refused), error: one(error) });
  const providers = PROVIDER_IDS.filter((id) => getConfig().identityProviders[id]);
  // After signing in, go back only to a path of ours (lib/auth/back.ts): never to an address in a link.
  const { path: back, kind } = signInBack(one(next));
  if (await currentPersonId()) redirect(back);
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-harbour-700">Harbour</p>
      <h1 className="mb-2 text-2xl font-semibold">Sign in</h1>
      <p className="mb-6 text-slate-700">
        {kind === "home"
          ? "Plan and track your school's mental-health training."
          : kind === "invitation"
            ? "Sign in, then accept your invitation."
            : "Sign in to download the file you opened."}
      </p>
      <div className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {problem && <Alert tone="error">{problem}</Alert>}
        <ProviderButtons providers={providers} next={back} />
        {providers.length > 0 && (
          <p className="flex items-center gap-3 text-sm text-slate-700 before:h-px before:flex-1 before:bg-slate-300 after:h-px after:flex-1 after:bg-slate-300">
            or with your email and password
          </p>
        )}
        <SignInForm next={kind === "file" ? "/" : back} file={kind === "file" ? back : undefined} />
        <PasskeySignIn next={kind === "file" ? "/" : back} />
        <Link href="/forgot-password" className="text-sm text-harbour-700 underline">
          Forgotten your password?
        </Link>
      </div>
      <p className="mt-4 text-sm text-slate-700">
        New to Harbour? Use the invitation link your school sent you.
      </p>
      <p className="mt-2 text-sm text-slate-700">
        <Link href="/privacy" className="text-harbour-700 underline">
          Your data in Harbour
        </Link>
      </p>
      <p className="mt-2 text-sm text-slate-700">
        School not on Harbour yet?{" "}
        <Link href="/start" className="text-harbour-700 underline">
          Start Harbour for your school
        </Link>
      </p>
      {(await needsSetup()) && (
        <p className="mt-4 rounded-md border border-harbour-700 bg-white p-3 text-sm">
          This Harbour server has not been set up yet.{" "}
          <Link href="/setup" className="font-medium underline">
            Set it up
          </Link>
        </p>
      )}
    </main>
  );
}
