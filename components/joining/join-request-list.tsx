import { EmptyState } from "@/components/ui/page-header";
import type { JoinRequestStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import type { TrustJoinRow } from "@/lib/trust-joins/queries";

const OUTCOME: Record<JoinRequestStatus, string> = {
  PENDING: "Waiting for the head",
  ACCEPTED: "Accepted: in the trust",
  DECLINED: "Declined by the head",
};

/** The trust's requests and how each ended, in words. */
export function JoinRequestList({ requests }: { requests: TrustJoinRow[] }) {
  if (requests.length === 0) return <EmptyState>You have not asked any school to join yet.</EmptyState>;
  return (
    <ul className="flex flex-col divide-y divide-slate-200" data-testid="join-requests">
      {requests.map((r) => (
        <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-x-4 py-3">
          <p>
            <span className="font-medium">{r.schoolName}</span>{" "}
            <span className="text-sm text-slate-600">URN {r.urn}</span>
          </p>
          <p className="text-sm">
            <span className="font-medium">{OUTCOME[r.status]}</span>
            <span className="text-slate-600">
              {" "}
              · {r.decidedAt ? `answered ${formatDate(r.decidedAt)}` : `asked ${formatDate(r.createdAt)}`}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
