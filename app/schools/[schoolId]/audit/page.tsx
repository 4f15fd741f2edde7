import type { Metadata } from "next";
import { AuditLog } from "@/components/audit/audit-log";
import { PageHeader } from "@/components/ui/page-header";
import { readAuditFilter } from "@/lib/audit/filters";
import { AUDIT_PAGE_SIZE, readAuditLog } from "@/lib/audit/log";
import { requireSchool } from "@/lib/tenancy/guard";

export const metadata: Metadata = { title: "Audit log" };

export default async function SchoolAuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "audit:view");
  const filter = readAuditFilter(await searchParams);
  const log = await readAuditLog(ctx, filter, {
    take: AUDIT_PAGE_SIZE,
    skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
  });
  return (
    <>
      <PageHeader
        title="Audit log"
        lead="Who did what in Harbour for this school, and when: invitations, role changes, rounds, plans, exports. It never records anyone's answers."
      />
      <AuditLog base={`/schools/${schoolId}/audit`} filter={filter} {...log} />
    </>
  );
}
