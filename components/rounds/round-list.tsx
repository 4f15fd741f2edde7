import Link from "next/link";
import { EmptyState } from "@/components/ui/page-header";
import { formatDate, formatPercent } from "@/lib/format";
import type { RoundListItem } from "@/lib/rounds/overview";
import { audienceText, MODE_LABELS } from "./labels";
import { StatusBadge } from "./status-badge";

export function RoundList({ schoolId, rounds }: { schoolId: string; rounds: RoundListItem[] }) {
  if (rounds.length === 0) {
    return <EmptyState>No rounds yet. When a round is open, staff see it on their home page.</EmptyState>;
  }
  return (
    <ul className="flex flex-col divide-y divide-slate-200">
      {rounds.map((r) => (
        <li key={r.id} className="flex flex-col gap-1 py-3">
          <div className="flex flex-wrap items-center gap-2">
            <Link
              href={`/schools/${schoolId}/rounds/${r.id}`}
              className="font-medium text-harbour-700 underline"
            >
              {r.title}
            </Link>
            <StatusBadge status={r.status} />
          </div>
          <p className="text-sm text-slate-700">
            {formatDate(r.opensAt, { weekday: true })} to{" "}
            {formatDate(r.closedAt ?? r.closesAt, { weekday: true })} · {MODE_LABELS[r.mode]} ·{" "}
            {audienceText(r)} · framework version {r.frameworkVersionNumber}
          </p>
          <p className="text-sm">
            {`${r.overall.submitted} of ${r.overall.asked} submitted (${formatPercent(r.overall.rate ?? 0)})`}
          </p>
        </li>
      ))}
    </ul>
  );
}
