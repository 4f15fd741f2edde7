import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { ROLE_LABELS } from "@/lib/people/labels";
import { requirePersonId } from "@/lib/auth/session";
import { listMemberships } from "@/lib/tenancy/context";

/** Each person lands on their home: straight there with one membership, a choice with several. */
export default async function Landing() {
  const memberships = await listMemberships(await requirePersonId());
  if (memberships.length === 1) redirect(memberships[0]!.href);
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="mb-4 text-2xl font-semibold">
        {memberships.length ? "Where would you like to go?" : "No access yet"}
      </h1>
      {memberships.length === 0 ? (
        <p className="mb-4">
          You are not a member of any school or trust in Harbour. Ask your school&apos;s lead for an
          invitation.
        </p>
      ) : (
        <ul className="mb-6 flex flex-col gap-2">
          {memberships.map((m) => (
            <li key={m.id}>
              <Link
                href={m.href}
                className="block rounded-md border border-slate-300 bg-white p-3 hover:bg-slate-100"
              >
                <span className="font-medium">{m.label}</span>
                <span className="block text-sm text-slate-700">{ROLE_LABELS[m.role]}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="rounded-md bg-harbour-800 p-1 text-center">
        <SignOutButton />
      </div>
    </main>
  );
}
