import Link from "next/link";
import { EmptyState } from "@/components/ui/page-header";
import { SelectField, TextField } from "@/components/ui/field";
import { auditFilterQuery, type AuditFilter } from "@/lib/audit/filters";
import { AUDIT_PAGE_SIZE, type AuditRow } from "@/lib/audit/log";
import { AUDIT_WORDS } from "@/lib/audit/words";
import { formatDateTime } from "@/lib/format";

type Props = {
  /** The page's own path, e.g. /schools/x/audit; the CSV is at `${base}/export`. */
  base: string;
  filter: AuditFilter;
  rows: AuditRow[];
  total: number;
  people: { id: string; name: string }[];
};

const ACTIONS = Object.entries(AUDIT_WORDS)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label, "en-GB"));

/**
 * The audit log with its filters. A plain GET form: it works before any script, and every filtered
 * view has its own address. A list, not a table, so it reads on a phone.
 */
export function AuditLog({ base, filter, rows, total, people }: Props) {
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const filtered = Boolean(filter.person || filter.action || filter.from || filter.to);
  const at = (page: number) => `${base}?${auditFilterQuery({ ...filter, page })}`;
  return (
    <>
      <form method="get" action={base} className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          id="audit-person"
          label="Who"
          name="person"
          defaultValue={filter.person ?? ""}
          options={[{ value: "", label: "Anyone" }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <SelectField
          id="audit-action"
          label="What"
          name="action"
          defaultValue={filter.action ?? ""}
          options={[{ value: "", label: "Anything" }, ...ACTIONS]}
        />
        <TextField id="audit-from" label="From" type="date" name="from" defaultValue={filter.from ?? ""} />
        <TextField id="audit-to" label="To" type="date" name="to" defaultValue={filter.to ?? ""} />
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
          <button
            type="submit"
            className="min-h-11 rounded-md bg-harbour-700 px-4 py-2 font-medium text-white"
          >
            Show
          </button>
          <Link href={base} className="text-harbour-700 underline">
            Clear the filters
          </Link>
          <a
            href={`${base}/export?${auditFilterQuery({ ...filter, page: 1 })}`}
            className="text-harbour-700 underline"
            download
          >
            Download as CSV
          </a>
        </div>
      </form>
      {rows.length === 0 ? (
        <EmptyState>
          {filtered
            ? "Nothing in the log matches these filters."
            : "Nothing has been recorded yet. Invitations, role changes, rounds, plans and exports will appear here."}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700" aria-live="polite">
            {total === 1 ? "1 entry" : `${total} entries`}, newest first
            {pages > 1 && `: page ${filter.page} of ${pages}`}.
          </p>
          <ul className="flex flex-col divide-y divide-slate-200">
            {rows.map((r) => (
              <li key={r.id} className="py-3">
                <p className="font-medium">
                  {r.actor}: {r.action}
                  {r.about && r.about !== r.actor && <span className="font-normal"> ({r.about})</span>}
                </p>
                <p className="text-sm text-slate-700">{formatDateTime(r.at)}</p>
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav aria-label="Pages of the audit log" className="mt-4 flex gap-4">
              {filter.page > 1 && (
                <Link href={at(filter.page - 1)} className="text-harbour-700 underline">
                  Newer entries
                </Link>
              )}
              {filter.page < pages && (
                <Link href={at(filter.page + 1)} className="text-harbour-700 underline">
                  Older entries
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}
