import type { ReactNode } from "react";
import { AppShell, type NavItem } from "@/components/shell/app-shell";
import { can } from "@/lib/permissions";
import { isAuthority } from "@/lib/returns/queries";
import { listMemberships } from "@/lib/tenancy/context";
import { requireTrust } from "@/lib/tenancy/guard";

export default async function TrustLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ trustId: string }>;
}) {
  const { trustId } = await params;
  const ctx = await requireTrust(trustId);
  const base = `/trusts/${trustId}`;
  const nav: NavItem[] = [{ href: base, label: "Overview" }];
  if (can(ctx.role, "trust:view")) nav.push({ href: `${base}/heatmap`, label: "Heatmap" });
  if (can(ctx.role, "trust:commission")) nav.push({ href: `${base}/commissioning`, label: "Commissioning" });
  if (can(ctx.role, "trust:add-schools")) nav.push({ href: `${base}/schools`, label: "Add schools" });
  if (can(ctx.role, "framework:manage")) nav.push({ href: `${base}/framework`, label: "Framework" });
  if (can(ctx.role, "catalogue:manage")) nav.push({ href: `${base}/catalogue`, label: "Courses" });
  if (can(ctx.role, "action-plan:review")) nav.push({ href: `${base}/action-plans`, label: "Action plans" });
  if (can(ctx.role, "returns:view") && (await isAuthority(ctx)))
    nav.push({ href: `${base}/returns`, label: "Summary returns" });
  if (can(ctx.role, "services:manage")) nav.push({ href: `${base}/services`, label: "Local services" });
  if (can(ctx.role, "audit:view")) nav.push({ href: `${base}/audit`, label: "Audit log" });
  if (can(ctx.role, "accreditation:manage"))
    nav.push({ href: `${base}/accreditation`, label: "Accreditation" });
  return (
    <AppShell
      place={ctx.trustName}
      nav={nav}
      memberships={await listMemberships(ctx.personId)}
      currentHref={base}
    >
      {children}
    </AppShell>
  );
}
