import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { assignedToMe } from "@/lib/accreditation/reviewer";
import { STATUS_LABEL } from "@/lib/accreditation/rules";
import { requirePersonId } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Peer reviews assigned to you" };

export default async function PeerReviewQueue() {
  const personId = await requirePersonId();
  // Row-level security shows a reviewer only the submissions assigned to them.
  const rows = await assignedToMe(personId);
  return (
    <>
      <PageHeader
        title="Peer reviews assigned to you"
        lead="You were asked to peer-review these schools' accreditation self-evaluations, or to carry out their assessment visits."
      />
      <Section title="Assigned to you">
        {rows.length === 0 ? (
          <EmptyState>Nothing is assigned to you.</EmptyState>
        ) : (
          <ul className="flex flex-col gap-2">
            {rows.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 p-3">
                <Link href={`/peer-review/${r.id}`} className="font-medium underline">
                  {r.schoolName}
                </Link>
                <p className="text-sm">
                  {r.as === "visit"
                    ? r.status === "REVIEWED"
                      ? "Assessment visit: waiting for you to record it"
                      : `Assessment visit. ${STATUS_LABEL[r.status]}`
                    : r.status === "IN_REVIEW"
                      ? "Waiting for your review"
                      : STATUS_LABEL[r.status]}
                  {r.as === "reviewer" && r.assignedAt && <>. Assigned {formatDate(r.assignedAt)}</>}.
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
