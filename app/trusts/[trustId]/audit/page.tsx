import type { Metadata } from "next";
import { AuditLogPage } from "@/components/audit/audit-log-page";
import { requireTrust } from "@/lib/tenancy/guard";

export const metadata: Metadata = { title: "Audit log" };

export default async function TrustAuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ trustId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { trustId } = await params;
  return (
    <AuditLogPage
      ctx={await requireTrust(trustId, "audit:view")}
      base={`/trusts/${trustId}/audit`}
      lead="Who did what in Harbour for the trust itself, and when. Each school keeps its own log."
      searchParams={await searchParams}
    />
  );
}
