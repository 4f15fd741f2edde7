import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { JoinSchoolButton } from "@/components/auth/join-school-button";
import { SignOutLink } from "@/components/auth/sign-out-link";
import { currentPersonId } from "@/lib/auth/session";
import { emailOf } from "@/lib/people/accept-invitation";
import { viewVisitAssessorLink } from "@/lib/accreditation/visit-assessors";
import { acceptVisitAssessorLink, acceptVisitAssessorSignedIn } from "@/app/peer-review/actions";

export const metadata: Metadata = { title: "Assess a school for accreditation", referrer: "no-referrer" };

const card = "rounded-lg border border-slate-200 bg-white p-5 shadow-sm";

/** A trust's link for a visit assessor: make an account (or use yours) to see that one submission. */
export default async function VisitAssessorLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = token.length <= 100 ? await viewVisitAssessorLink(token) : null;
  const personId = await currentPersonId();
  const signedInAs = personId ? await emailOf(personId) : null;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-harbour-700">Harbour</p>
      {link === "withdrawn" ? (
        <>
          <h1 className="mb-2 text-2xl font-semibold">This invitation was withdrawn</h1>
          <p className="mb-4">
            The trust has withdrawn this invitation, so the link no longer works. If you think this is a
            mistake, ask the trust to invite you again.
          </p>
          <Link href="/sign-in" className="text-harbour-700 underline">
            Go to sign in
          </Link>
        </>
      ) : !link ? (
        <>
          <h1 className="mb-2 text-2xl font-semibold">This link does not work</h1>
          <p className="mb-4">It may have expired or been used already. Ask the trust to invite you again.</p>
          <Link href="/sign-in" className="text-harbour-700 underline">
            Go to sign in
          </Link>
        </>
      ) : (
        <>
          <h1 className="mb-2 text-2xl font-semibold">Assess {link.schoolName} for accreditation</h1>
          <p className="mb-6 text-slate-700">
            You ({link.name}, {link.email}) are asked to carry out {link.schoolName}&apos;s accreditation
            assessment visit. You will see its self-evaluation, peer review and evidence only, and record the
            visit there.
          </p>
          {signedInAs === link.email ? (
            <div className={card}>
              <JoinSchoolButton
                token={token}
                schoolName={`${link.schoolName}'s assessment`}
                action={acceptVisitAssessorSignedIn}
              />
            </div>
          ) : signedInAs ? (
            <div className={card}>
              <p className="mb-2">
                You are signed in as {signedInAs}, but this link is for {link.email}.
              </p>
              <SignOutLink back={`/assessor-link/${token}`} />
            </div>
          ) : (
            <div className={card}>
              <AcceptInvitationForm token={token} defaultName={link.name} action={acceptVisitAssessorLink} />
            </div>
          )}
        </>
      )}
    </main>
  );
}
