import type { ReactNode } from "react";
import { AppShell, type NavItem } from "@/components/shell/app-shell";
import { can } from "@/lib/permissions";
import { listMemberships } from "@/lib/tenancy/context";
import { requireSchool } from "@/lib/tenancy/guard";

export default async function SchoolLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ schoolId: string }>;
}) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId);
  const base = `/schools/${schoolId}`;
  const nav: NavItem[] = [{ href: base, label: can(ctx.role, "school:view") ? "Overview" : "My training" }];
  if (can(ctx.role, "school:view")) nav.push({ href: `${base}/people`, label: "People" });
  return (
    <AppShell place={ctx.schoolName} nav={nav} memberships={await listMemberships(ctx.personId)} currentHref={base}>
      {children}
    </AppShell>
  );
}
