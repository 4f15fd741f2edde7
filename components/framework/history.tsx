import Link from "next/link";
import { EmptyState } from "@/components/ui/page-header";
import type { HistoryEntry } from "@/lib/framework/queries";
import { describeChange, type Change } from "@/lib/framework/versioning";
import { formatDateTime } from "@/lib/format";

/** Every version, newest first, each with its summary and a link to everything it changed. */
export function VersionHistory({ versions, basePath }: { versions: HistoryEntry[]; basePath: string }) {
  if (versions.length === 0)
    return <EmptyState>No versions yet: the history starts when a framework is adopted.</EmptyState>;
  return (
    <ol className="flex flex-col divide-y divide-slate-200">
      {versions.map((v) => (
        <li key={v.id} className="py-2">
          <p className="font-medium">
            Version {v.number}{" "}
            <span className="text-sm font-normal text-slate-700">
              · {formatDateTime(v.createdAt)}
              {v.createdByName && ` · ${v.createdByName}`}
            </span>
          </p>
          <p className="break-words">{v.changeSummary}</p>
          {v.number > 1 && (
            <Link href={`${basePath}?version=${v.id}#changes`} className="text-harbour-700 underline">
              Everything that changed in version {v.number}
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}

/** One version's full list of changes, with old and new wording where a statement was reworded. */
export function VersionChanges({ number, changes }: { number: number; changes: Change[] }) {
  return (
    <div id="changes">
      <h3 className="mb-2 font-semibold">Changes in version {number}</h3>
      {changes.length === 0 ? (
        <EmptyState>This version made no changes to the one before.</EmptyState>
      ) : (
        <ul className="flex list-disc flex-col gap-2 pl-5">
          {changes.map((c, i) => (
            <li key={i} className="break-words">
              {describeChange(c)}
              {c.kind === "reworded" && (
                <span className="block text-sm text-slate-700">
                  From “{c.from}” to “{c.to}”
                </span>
              )}
              {c.kind === "added" && <span className="block text-sm text-slate-700">“{c.statement}”</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
