import type { ReactNode } from "react";
import { AppShell, type NavItem } from "@/components/shell/app-shell";
import { listMemberships } from "@/lib/tenancy/context";
import { requireOperator } from "@/lib/tenancy/guard";

const NAV: NavItem[] = [
  { href: "/operator", label: "Overview" },
  { href: "/operator/schools", label: "Schools" },
  { href: "/operator/organisations", label: "Trusts and authorities" },
  { href: "/operator/register", label: "Register" },
  { href: "/operator/requests", label: "Requests" },
];

export default async function OperatorLayout({ children }: { children: ReactNode }) {
  const ctx = await requireOperator();
  return (
    <AppShell
      place="This Harbour server"
      nav={NAV}
      memberships={await listMemberships(ctx.personId)}
      currentHref="/operator"
    >
      {children}
    </AppShell>
  );
}
