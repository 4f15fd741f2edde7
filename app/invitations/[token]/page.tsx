import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { ROLE_LABELS } from "@/lib/people/labels";
import { viewInvitation } from "@/lib/people/invitations";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Accept your invitation", referrer: "no-referrer" };

const ENDED = {
  used: "This invitation has already been used. If it was you, sign in.",
  expired: "This invitation has expired. Ask whoever invited you to send a new one.",
};

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
          <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <AcceptInvitationForm
              token={token}
              defaultName={invitation.name ?? ""}
              hasAccount={invitation.hasAccount}
              action={acceptInvitationAction}
            />
          </div>
        </>
      )}
    </main>
  );
}
