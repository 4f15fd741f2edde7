import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { channelForLink } from "@/lib/reminders/queries";

// The token is in the address: never send it on to another site.
export const metadata: Metadata = { title: "Reminder emails", referrer: "no-referrer" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/**
 * Where the link in a reminder email lands, signed in or not. Opening it changes nothing (mail
 * scanners open every link); the button posts to /unsubscribe/one-click, which comes back here.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token } = await searchParams;
  const given = typeof token === "string" && token.length <= 200 ? token : null;
  const found = await channelForLink(given);
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-harbour-700">Harbour</p>
      {!found ? (
        <>
          <h1 className="mb-2 text-2xl font-semibold">This link does not work</h1>
          <p>Check that you copied the whole link from the email, or sign in and open Notifications.</p>
        </>
      ) : found.channel === "APP_ONLY" ? (
        <div role="status">
          <h1 className="mb-2 text-2xl font-semibold">You get reminders in Harbour only</h1>
          <p className="mb-4">
            Harbour will not email you reminders any more. They still appear when you sign in. To have them by
            email again, sign in and open Notifications.
          </p>
          <Link href="/sign-in" className="text-harbour-700 underline">
            Go to sign in
          </Link>
        </div>
      ) : (
        <>
          <h1 className="mb-2 text-2xl font-semibold">Stop reminder emails?</h1>
          <p className="mb-4">
            {found.name}, Harbour emails you reminders about self-assessments and training. You can have them
            in Harbour only instead: they will appear when you sign in.
          </p>
          <form method="post" action={`/unsubscribe/one-click?token=${encodeURIComponent(given!)}`}>
            <Button type="submit">Get reminders in Harbour only</Button>
          </form>
        </>
      )}
    </main>
  );
}
