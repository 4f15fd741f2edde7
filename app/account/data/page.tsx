import type { Metadata } from "next";
import Link from "next/link";
import { EraseAccountForm } from "@/components/privacy/erase-account-form";
import { AccountShell } from "@/components/account/account-shell";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePersonId } from "@/lib/auth/session";
import { eraseAccount } from "./actions";

export const metadata: Metadata = { title: "Your data" };

// A person's own account, whichever schools or trusts they belong to: download everything, or erase it.
export default async function YourDataPage() {
  const personId = await requirePersonId();
  const h2 = "mt-8 mb-2 text-xl font-semibold";
  return (
    <AccountShell personId={personId} current="/account/data">
      <PageHeader title="Your data" />
      <p className="max-w-2xl">
        See what Harbour holds and who sees it in the{" "}
        <Link href="/privacy" className="underline">
          privacy notice
        </Link>
        .
      </p>

      <h2 className={h2}>Download everything Harbour holds about you</h2>
      <p className="mb-4">
        One file (JSON) with your account, the schools and trusts you belong to, your answers in every round
        (named and confidential), your training records, the training plans you are on, your development
        records, your notifications and the audit log&apos;s events about you. Your school&apos;s audit log
        records that you downloaded it.
      </p>
      <form method="post" action="/account/data/download">
        <Button type="submit">Download my data</Button>
      </form>

      <h2 className={h2}>Erase your account</h2>
      <p className="mb-2">Erasing cannot be undone. It:</p>
      <ul className="mb-4 list-disc pl-5">
        <li>removes your account, your name and your email address, and signs you out everywhere;</li>
        <li>removes you from every school and trust, and from the training plans you are on;</li>
        <li>deletes your training records, development records and notifications;</li>
        <li>
          keeps your answers in rounds, linked to no one, so that your school&apos;s figures stay right.
          Nobody can tell any longer that they were yours.
        </li>
      </ul>
      <p className="mb-4">
        If you are your school&apos;s only senior mental health lead, appoint a new one first. Download your
        data before you erase your account if you want to keep a copy.
      </p>
      <EraseAccountForm action={eraseAccount} />
    </AccountShell>
  );
}
