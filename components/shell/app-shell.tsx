import type { ReactNode } from "react";
import type { MembershipSummary } from "@/lib/tenancy/context";
import { ROLE_LABELS } from "@/lib/people/labels";
import { ShellHeader, type NavItem, type PlaceLink } from "./shell-header";

export type { NavItem };

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
  const others: PlaceLink[] = memberships
    .filter((m) => m.href !== currentHref)
    .map((m) => ({ id: m.id, href: m.href, label: m.label, role: ROLE_LABELS[m.role] }));
  return (
    <>
      <ShellHeader place={place} nav={nav} others={others} />
      {/* A printed page carries the page alone: the header is print:hidden, and no margins of ours. */}
      <main id="main" className="mx-auto max-w-5xl px-4 py-6 print:max-w-none print:p-0">
        {children}
      </main>
    </>
  );
}
