import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { listMemberships } from "@/lib/tenancy/context";
import { requireTrust } from "@/lib/tenancy/guard";

export default async function TrustLayout({ children, params }: { children: ReactNode; params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await requireTrust(trustId);
  const base = `/trusts/${trustId}`;
  return (
    <AppShell place={ctx.trustName} nav={[{ href: base, label: "Overview" }]} memberships={await listMemberships(ctx.personId)} currentHref={base}>
      {children}
    </AppShell>
  );
}
