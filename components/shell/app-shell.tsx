import Link from "next/link";
import type { ReactNode } from "react";
import type { MembershipSummary } from "@/lib/tenancy/context";
import { ROLE_LABELS } from "@/lib/people/labels";
import { SignOutButton } from "./sign-out-button";

export type NavItem = { href: string; label: string };

/** The frame every signed-in page shares: who and where you are, where you can go, and sign-out. */
export function AppShell({
  place,
  nav,
  memberships,
  currentHref,
  children,
}: {
  place: string;
  nav: NavItem[];
  memberships: MembershipSummary[];
  currentHref: string;
  children: ReactNode;
}) {
  const others = memberships.filter((m) => m.href !== currentHref);
  return (
    <>
      <header className="bg-harbour-800 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <div className="flex flex-wrap items-baseline gap-x-3">
            <Link href="/" className="text-lg font-semibold">
              Harbour
            </Link>
            <span className="text-harbour-100">{place}</span>
          </div>
          <div className="flex items-center gap-1">
            {others.length > 0 && (
              <details className="relative">
                <summary className="min-h-11 cursor-pointer list-none rounded-md px-3 py-2 leading-7 hover:underline">
                  Switch <span className="sr-only">school or trust</span>
                </summary>
                <ul className="absolute right-0 z-10 mt-1 w-72 rounded-md border border-slate-200 bg-white p-1 text-slate-900 shadow-lg">
                  {others.map((m) => (
                    <li key={m.id}>
                      <Link href={m.href} className="block rounded px-3 py-2 hover:bg-slate-100">
                        {m.label} <span className="text-sm text-slate-600">({ROLE_LABELS[m.role]})</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </details>
            )}
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Main" className="border-t border-harbour-700">
          <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 px-2">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block min-h-11 px-2 py-2.5 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
