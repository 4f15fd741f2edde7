// The handovers recorded in a school: who appointed whom in place of whom, when, and what moved.
import { formatDate, formatDateTime } from "@/lib/format";
import type { HandoverRecord } from "@/lib/lead-handover/queries";

export function HandoverList({ handovers }: { handovers: HandoverRecord[] }) {
  return (
    <ul className="flex flex-col gap-3">
      {handovers.map((h) => {
        const confirmed = h.actions.filter((a) => a.confirmedAt).length;
        return (
          <li key={h.id}>
            <p>
              {formatDateTime(h.appointedAt)}: <strong>{h.toName}</strong> became the senior mental health
              lead
              {h.fromName ? ` in place of ${h.fromName}` : ""}.{" "}
              {h.actionsMoved === 0
                ? "No open actions were handed over."
                : `${h.actionsMoved} open ${h.actionsMoved === 1 ? "action was" : "actions were"} handed over${
                    h.inPlace || h.versionNumber === null
                      ? ""
                      : ` (version ${h.versionNumber} stays as it was reviewed; the new owner applies from version ${h.versionNumber + 1})`
                  }; ${confirmed} of ${h.actionsMoved} confirmed.`}
            </p>
            {h.actions.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-sm">
                {h.actions.map((a) => (
                  <li key={a.id}>
                    {a.title} (due {formatDate(a.dueOn)}):{" "}
                    {a.confirmedAt ? `confirmed ${formatDateTime(a.confirmedAt)}` : "not confirmed yet"}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
