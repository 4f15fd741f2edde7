import { ROUND_STATUS_LABELS, type RoundStatus } from "@/lib/rounds/rules";

const TONES: Record<RoundStatus, string> = {
  OPEN: "border-green-700 bg-green-50 text-green-900",
  SCHEDULED: "border-harbour-600 bg-harbour-50 text-slate-900",
  CLOSED: "border-slate-500 bg-slate-100 text-slate-800",
};

export function StatusBadge({ status }: { status: RoundStatus }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-medium ${TONES[status]}`}>
      {ROUND_STATUS_LABELS[status]}
    </span>
  );
}
