import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { requirePersonId } from "@/lib/auth/session";
import { loadValidatorContext } from "@/lib/action-plan/validators";
import { listMemberships } from "@/lib/tenancy/context";

/** External validators: only people who accepted a school's link reach these pages. */
export default async function ReviewLayout({ children }: { children: ReactNode }) {
  const personId = await requirePersonId();
  const ctx = await loadValidatorContext(personId);
  if (!ctx) notFound();
  return (
    <AppShell
      place="Action plans sent to you"
      nav={[{ href: "/review", label: "Action plans" }]}
      memberships={await listMemberships(personId)}
      currentHref="/review"
    >
      {children}
    </AppShell>
  );
}
