import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmSchoolButton } from "@/components/joining/confirm-school-button";
import { viewConfirmLink } from "@/lib/school-requests/queries";
import { confirmSchoolAction } from "../../actions";

export const metadata: Metadata = { title: "Confirm your school", referrer: "no-referrer" };

const ENDED = {
  used: "This link has already been used. If it was you, sign in.",
  expired: "This link has expired: it works for 24 hours. Ask again from the start page.",
};

export default async function ConfirmSchoolPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = token.length <= 100 ? await viewConfirmLink(token) : null;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-harbour-700">Harbour</p>
      {!view ? (
        <>
          <h1 className="mb-2 text-2xl font-semibold">This link does not work</h1>
          <p>Check that you copied the whole link from the email.</p>
        </>
      ) : view.state !== "open" ? (
        <>
          <h1 className="mb-2 text-2xl font-semibold">This link can&apos;t be used</h1>
          <p className="mb-4">{ENDED[view.state]}</p>
          <Link href={view.state === "used" ? "/sign-in" : "/start"} className="text-harbour-700 underline">
            {view.state === "used" ? "Go to sign in" : "Start again"}
          </Link>
        </>
      ) : (
        <>
          <h1 className="mb-2 text-2xl font-semibold">Start Harbour for {view.schoolName}</h1>
          <p className="mb-6 text-slate-700">
            You asked with {view.email}. Confirm to create the school in Harbour; next you set up your account
            as its senior mental health lead.
          </p>
          <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <ConfirmSchoolButton token={token} schoolName={view.schoolName} action={confirmSchoolAction} />
          </div>
        </>
      )}
    </main>
  );
}
