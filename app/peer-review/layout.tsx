import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { requirePersonId } from "@/lib/auth/session";
import { loadAssessorContext } from "@/lib/accreditation/reviewer";
import { listMemberships } from "@/lib/tenancy/context";

/** Peer reviewers: only people with a submission assigned to them reach these pages. */
export default async function PeerReviewLayout({ children }: { children: ReactNode }) {
  const personId = await requirePersonId();
  const ctx = await loadAssessorContext(personId);
  if (!ctx) notFound();
  return (
    <AppShell
      place="Peer reviews assigned to you"
      nav={[{ href: "/peer-review", label: "Peer reviews" }]}
      memberships={await listMemberships(personId)}
      currentHref="/peer-review"
    >
      {children}
    </AppShell>
  );
}
