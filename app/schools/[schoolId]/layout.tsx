import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { schoolNav } from "@/components/shell/school-nav";
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
  const { nav } = schoolNav(ctx.role, `/schools/${schoolId}`);
  return (
    <AppShell
      place={ctx.schoolName}
      nav={nav}
      memberships={await listMemberships(ctx.personId)}
      currentHref={`/schools/${schoolId}`}
    >
      {children}
    </AppShell>
  );
}
