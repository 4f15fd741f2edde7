"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { isCurrent, type NavItem } from "./nav";
import { SignOutButton } from "./sign-out-button";

export type PlaceLink = { id: string; href: string; label: string; role: string };
export type { NavItem };

/**
 * On a phone the header is one line (name, place cut short, a Menu button) and the navigation opens
 * below it; from the `sm` width up everything is shown. Never printed.
 */
/** A person's own sign-in security (two-step sign-in), from every signed-in page. */
function AccountLink() {
  return (
    <Link
      href="/account/security"
      className="block min-h-11 rounded-md px-3 py-2.5 underline-offset-4 hover:underline"
    >
      Account
    </Link>
  );
}

export function ShellHeader({ place, nav, others }: { place: string; nav: NavItem[]; others: PlaceLink[] }) {
  const pathname = usePathname();
  // The menu stays open only on the page where it was opened: following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  return (
    <header className="bg-harbour-800 text-white print:hidden">
      <div className="mx-auto flex max-w-5xl items-center gap-2 px-4 py-1">
        <div className="flex min-w-0 flex-1 items-baseline gap-x-3">
          <Link href="/" className="shrink-0 py-2 text-lg font-semibold">
            Harbour
          </Link>
          <span className="truncate text-harbour-100" title={place}>
            {place}
          </span>
        </div>
        <button
          type="button"
          className="min-h-11 shrink-0 rounded-md border border-harbour-100/60 px-3 py-2 sm:hidden"
          aria-expanded={open}
          aria-controls="main-menu"
          onClick={() => setOpenOn(open ? null : pathname)}
        >
          {open ? "Close" : "Menu"}
        </button>
        <div className="hidden shrink-0 items-center gap-1 sm:flex">
          {others.length > 0 && <SwitchPlaces others={others} />}
          <AccountLink />
          <SignOutButton />
        </div>
      </div>
      <div id="main-menu" className={`${open ? "block" : "hidden"} border-t border-harbour-700 sm:block`}>
        <nav aria-label="Main">
          <ul className="mx-auto flex max-w-5xl flex-col px-2 py-1 sm:flex-row sm:flex-wrap sm:gap-x-1 sm:py-0">
            {nav.map((item, i) => {
              const current = isCurrent(item, i, pathname);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={current ? "page" : undefined}
                    className={`block min-h-11 border-l-4 px-2 py-2.5 hover:underline sm:border-b-4 sm:border-l-0 sm:pb-1.5 ${
                      current ? "border-amber-400 bg-harbour-700 font-semibold" : "border-transparent"
                    }`}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {/* On a phone, switching and signing out live in the menu too. */}
        <div className="border-t border-harbour-700 px-2 py-1 sm:hidden">
          {others.length > 0 && (
            <ul aria-label="Switch school or trust">
              {others.map((m) => (
                <li key={m.id}>
                  <Link href={m.href} className="block min-h-11 px-2 py-2.5 hover:underline">
                    Switch to {m.label} <span className="text-harbour-100">({m.role})</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <AccountLink />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}

function SwitchPlaces({ others }: { others: PlaceLink[] }) {
  return (
    <details className="relative">
      <summary className="min-h-11 cursor-pointer list-none rounded-md px-3 py-2 leading-7 hover:underline">
        Switch <span className="sr-only">school or trust</span>
      </summary>
      <ul className="absolute right-0 z-10 mt-1 w-72 rounded-md border border-slate-200 bg-white p-1 text-slate-900 shadow-lg">
        {others.map((m) => (
          <li key={m.id}>
            <Link href={m.href} className="block rounded px-3 py-2 hover:bg-slate-100">
              {m.label} <span className="text-sm text-slate-600">({m.role})</span>
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
