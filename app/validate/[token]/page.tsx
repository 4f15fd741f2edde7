import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { JoinSchoolButton } from "@/components/auth/join-school-button";
import { SignOutLink } from "@/components/auth/sign-out-link";
import { currentPersonId } from "@/lib/auth/session";
import { emailOf } from "@/lib/people/accept-invitation";
import { viewValidatorLink } from "@/lib/action-plan/validators";
import { acceptValidatorLink, acceptValidatorSignedIn } from "@/app/review/actions";

export const metadata: Metadata = { title: "Validate an action plan", referrer: "no-referrer" };

const card = "rounded-lg border border-slate-200 bg-white p-5 shadow-sm";

/** A school's link for an external validator: make an account (or use yours) to see that one plan. */
export default async function ValidatorLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = token.length <= 100 ? await viewValidatorLink(token) : null;
  const personId = await currentPersonId();
  const signedInAs = personId ? await emailOf(personId) : null;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-harbour-700">Harbour</p>
      {!link ? (
        <>
          <h1 className="mb-2 text-2xl font-semibold">This link does not work</h1>
          <p className="mb-4">
            It may have expired or been used already. Ask the school to send the plan again.
          </p>
          <Link href="/sign-in" className="text-harbour-700 underline">
            Go to sign in
          </Link>
        </>
      ) : (
        <>
          <h1 className="mb-2 text-2xl font-semibold">Validate {link.schoolName}&apos;s action plan</h1>
          <p className="mb-6 text-slate-700">
            {link.schoolName} asks {link.name} ({link.email}) to validate its mental health action plan. You
            will see that plan only.
          </p>
          {signedInAs === link.email ? (
            <div className={card}>
              <JoinSchoolButton token={token} schoolName={link.schoolName} action={acceptValidatorSignedIn} />
            </div>
          ) : signedInAs ? (
            <div className={card}>
              <p className="mb-2">
                You are signed in as {signedInAs}, but this link is for {link.email}.
              </p>
              <SignOutLink back={`/validate/${token}`} />
            </div>
          ) : (
            <div className={card}>
              <AcceptInvitationForm token={token} defaultName={link.name} action={acceptValidatorLink} />
            </div>
          )}
        </>
      )}
    </main>
  );
}
