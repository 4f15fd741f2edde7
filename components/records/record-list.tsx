import { EmptyState } from "@/components/ui/page-header";
import type { RecordRow } from "@/lib/records/queries";
import { formatDate } from "@/lib/format";
import { expiryText } from "@/lib/records/rules";

type Props = {
  records: RecordRow[];
  empty: string;
  showPerson?: boolean;
  today: string;
  /** How many there are in all, when the list shows only the newest of them. */
  total?: number;
};

/** Records as a list: a table would not fit a phone. Expired training says so in words, not colour alone. */
export function RecordList({ records, empty, showPerson, today, total }: Props) {
  if (records.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <>
      {total !== undefined && total > records.length && (
        <p className="mb-2 text-sm text-slate-700">
          Showing the newest {records.length} of {total}.
        </p>
      )}
      <ul className="flex flex-col divide-y divide-slate-200">
        {records.map((r) => {
          const expired = r.expiresOn !== null && r.expiresOn < today;
          return (
            <li key={r.id} className="py-3">
              <p className="font-medium">
                {showPerson && <span>{r.personName}: </span>}
                {r.title}
              </p>
              <p className="text-sm text-slate-700">
                {r.provider ? `${r.provider} · ` : "Outside the catalogue · "}completed{" "}
                {formatDate(r.completedOn)} · {r.hours} h
              </p>
              <p className={`text-sm ${expired ? "font-medium text-red-800" : "text-slate-700"}`}>
                {expiryText(r.expiresOn, today)}
              </p>
              {r.note && <p className="break-words text-sm text-slate-700">Note: {r.note}</p>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
