import { formatDate, formatDateTime } from "@/lib/format";
import type { RoundSummary } from "@/lib/rounds/queries";
import { audienceText, MODE_LABELS, modeExplanation } from "./labels";

export function RoundDetails({ round, k }: { round: RoundSummary; k: number }) {
  const rows: [string, string][] = [
    ["Opens", formatDate(round.opensAt, { weekday: true })],
    ["Closes", formatDateTime(round.closesAt)],
    ...(round.closedAt ? [["Closed early", formatDateTime(round.closedAt)] as [string, string]] : []),
    ["Who is asked", audienceText(round)],
    ["Mode", `${MODE_LABELS[round.mode]}: ${modeExplanation(round.mode, k)}`],
    ["Framework", `Version ${round.frameworkVersionNumber}, fixed for this round`],
    ["Last reminder", round.remindedAt ? formatDateTime(round.remindedAt) : "None sent"],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{term}</dt>
          <dd className="mb-2 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
