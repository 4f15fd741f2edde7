import type { Metadata } from "next";
import { AuditLogPage } from "@/components/audit/audit-log-page";
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
  return (
    <AuditLogPage
      ctx={await requireSchool(schoolId, "audit:view")}
      base={`/schools/${schoolId}/audit`}
      lead="Who did what in Harbour for this school, and when: invitations, role changes, rounds, plans, exports. It never records anyone's answers."
      searchParams={await searchParams}
    />
  );
}
