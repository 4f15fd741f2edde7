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
  if (can(ctx.role, "rounds:view")) nav.push({ href: `${base}/rounds`, label: "Rounds" });
  if (can(ctx.role, "plans:manage") || can(ctx.role, "plans:approve")) {
    nav.push({ href: `${base}/plans`, label: "Plans" });
  }
  if (can(ctx.role, "action-plan:view")) nav.push({ href: `${base}/action-plan`, label: "Action plan" });
  if (can(ctx.role, "evidence:view")) nav.push({ href: `${base}/evidence`, label: "Evidence" });
  if (can(ctx.role, "school:view")) nav.push({ href: `${base}/catalogue`, label: "Catalogue" });
  // Staff may be asked to contribute to a review; the page says whether they have been.
  if (can(ctx.role, "review:view") || can(ctx.role, "review:contribute")) {
    nav.push({ href: `${base}/review`, label: "Whole-school review" });
  }
  if (can(ctx.role, "accreditation:view"))
    nav.push({ href: `${base}/accreditation`, label: "Accreditation" });
  if (can(ctx.role, "network:view")) nav.push({ href: `${base}/network`, label: "Network" });
  if (can(ctx.role, "services:view")) nav.push({ href: `${base}/services`, label: "Local services" });
  if (can(ctx.role, "returns:submit")) nav.push({ href: `${base}/returns`, label: "Summary returns" });
  nav.push(
    { href: `${base}/my-plan`, label: "My plan" },
    { href: `${base}/records`, label: "Training records" },
  );
  if (can(ctx.role, "development:self"))
    nav.push({ href: `${base}/my-development`, label: "My development" });
  // The lead edits the framework and the job roles; the head reads both.
  if (can(ctx.role, "framework:manage") || can(ctx.role, "school:view")) {
    nav.push({ href: `${base}/framework`, label: "Framework" });
  }
  if (can(ctx.role, "school:view")) {
    nav.push(
      { href: `${base}/settings/job-roles`, label: "Job roles" },
      { href: `${base}/settings/sign-in`, label: "Sign-in" },
    );
  }
  if (can(ctx.role, "audit:view")) nav.push({ href: `${base}/audit`, label: "Audit log" });
  if (can(ctx.role, "trust-view:own-school"))
    nav.push({ href: `${base}/trust-view`, label: "What your trust sees" });
  if (can(ctx.role, "notifications:choose"))
    nav.push({ href: `${base}/notifications`, label: "Notifications" });
  return (
    <AppShell
      place={ctx.schoolName}
      nav={nav}
      memberships={await listMemberships(ctx.personId)}
      currentHref={base}
    >
      {children}
    </AppShell>
  );
}
