import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { listMemberships } from "@/lib/tenancy/context";

const ACCOUNT_NAV = [
  { href: "/account/security", label: "Sign-in and security" },
  { href: "/account/data", label: "Your data" },
];

/** The frame of a person's own account pages, reached from "Account" in every header. */
export async function AccountShell({
  personId,
  current,
  children,
}: {
  personId: string;
  current: string;
  children: ReactNode;
}) {
  return (
    <AppShell
      place="Your account"
      nav={ACCOUNT_NAV}
      memberships={await listMemberships(personId)}
      currentHref={current}
    >
      {children}
    </AppShell>
  );
}
