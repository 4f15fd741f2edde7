import { PageHeader } from "@/components/ui/page-header";
import { readAuditFilter } from "@/lib/audit/filters";
import { AUDIT_PAGE_SIZE, readAuditLog } from "@/lib/audit/log";
import type { TenantContext } from "@/lib/tenancy/context";
import { AuditLog } from "./audit-log";

type Props = {
  ctx: TenantContext;
  base: string;
  lead: string;
  searchParams: Record<string, string | string[] | undefined>;
};

/** The school's or the trust's audit log page: the same page, read in the reader's own context. */
export async function AuditLogPage({ ctx, base, lead, searchParams }: Props) {
  const filter = readAuditFilter(searchParams);
  const log = await readAuditLog(ctx, filter, {
    take: AUDIT_PAGE_SIZE,
    skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
  });
  return (
    <>
      <PageHeader title="Audit log" lead={lead} />
      <AuditLog base={base} filter={filter} {...log} />
    </>
  );
}
