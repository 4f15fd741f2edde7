import type { Metadata } from "next";
import { AuditLog } from "@/components/audit/audit-log";
import { PageHeader } from "@/components/ui/page-header";
import { readAuditFilter } from "@/lib/audit/filters";
import { AUDIT_PAGE_SIZE, readAuditLog } from "@/lib/audit/log";
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
  const ctx = await requireTrust(trustId, "audit:view");
  const filter = readAuditFilter(await searchParams);
  const log = await readAuditLog(ctx, filter, {
    take: AUDIT_PAGE_SIZE,
    skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
  });
  return (
    <>
      <PageHeader
        title="Audit log"
        lead="Who did what in Harbour for the trust itself, and when. Each school keeps its own log."
      />
      <AuditLog base={`/trusts/${trustId}/audit`} filter={filter} {...log} />
    </>
  );
}
