import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { JoinSchoolButton } from "@/components/auth/join-school-button";
import { SignOutLink } from "@/components/auth/sign-out-link";
import { currentPersonId } from "@/lib/auth/session";
import { emailOf } from "@/lib/people/accept-invitation";
import { ROLE_LABELS } from "@/lib/people/labels";
import { viewInvitation, type InvitationView } from "@/lib/people/invitations";
import { acceptSignedInAction, createAccountAction } from "./actions";

export const metadata: Metadata = { title: "Accept your invitation", referrer: "no-referrer" };

const ENDED = {
  used: "This invitation has already been used. If it was you, sign in.",
  expired: "This invitation has expired. Ask whoever invited you to send a new one.",
};

const card = "rounded-lg border border-slate-200 bg-white p-5 shadow-sm";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = token.length <= 100 ? await viewInvitation(token) : null;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-harbour-700">Harbour</p>
      {!invitation ? (
        <>
          <h1 className="mb-2 text-2xl font-semibold">This link does not work</h1>
          <p>Check that you copied the whole link, or ask for a new invitation.</p>
        </>
      ) : invitation.state !== "open" ? (
        <>
          <h1 className="mb-2 text-2xl font-semibold">This invitation can&apos;t be used</h1>
          <p className="mb-4">{ENDED[invitation.state]}</p>
          <Link href="/sign-in" className="text-harbour-700 underline">
            Go to sign in
          </Link>
        </>
      ) : (
        <>
          <h1 className="mb-2 text-2xl font-semibold">Join {invitation.schoolName}</h1>
          <p className="mb-6 text-slate-700">
            You are invited as {ROLE_LABELS[invitation.role].toLowerCase()}
            {invitation.jobRoleLabel && ` (${invitation.jobRoleLabel})`} with the email {invitation.email}.
          </p>
          <OpenInvitation token={token} invitation={invitation} />
        </>
      )}
    </main>
  );
}

// The same choices whether or not the address has an account: the page never says which.
async function OpenInvitation({ token, invitation }: { token: string; invitation: InvitationView }) {
  const personId = await currentPersonId();
  const signedInAs = personId ? await emailOf(personId) : null;
  const here = `/invitations/${token}`;
  if (signedInAs === invitation.email) {
    return (
      <div className={card}>
        <p className="mb-4">You are signed in as {signedInAs}.</p>
        <JoinSchoolButton token={token} schoolName={invitation.schoolName} action={acceptSignedInAction} />
        <p className="mt-4 text-sm text-slate-700">
          To use another account, or make one for this school: <SignOutLink back={here} />
        </p>
      </div>
    );
  }
  if (signedInAs) {
    return (
      <div className={card}>
        <p className="mb-2">
          You are signed in as {signedInAs}, but this invitation is for {invitation.email}. Sign out, then
          open this link again.
        </p>
        <SignOutLink back={here} />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="have-account" className={card}>
        <h2 id="have-account" className="mb-2 text-lg font-semibold">
          Already use Harbour with this address?
        </h2>
        <p className="mb-3">Sign in as usual, then accept the invitation.</p>
        <Link
          href={`/sign-in?next=${encodeURIComponent(here)}`}
          className="font-medium text-harbour-700 underline"
        >
          Sign in to accept
        </Link>
      </section>
      <section aria-labelledby="new-account" className={card}>
        <h2 id="new-account" className="mb-4 text-lg font-semibold">
          New to Harbour?
        </h2>
        <AcceptInvitationForm
          token={token}
          defaultName={invitation.name ?? ""}
          action={createAccountAction}
        />
      </section>
    </div>
  );
}
