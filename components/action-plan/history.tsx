// Who did what and when to a version, the versions there are, and what changed from the last one.
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { Change } from "@/lib/action-plan/diff";
import { STATUS_LABELS } from "./status";

type Props = {
  events: { id: string; kind: string; at: Date; actorName: string; detail?: unknown }[];
  versions: { id: string; number: number; status: keyof typeof STATUS_LABELS }[];
  changes: Change[];
  previousNumber: number | null;
  hrefOf?: (versionId: string) => string;
  currentId: string;
};

const EVENT_LABELS: Record<string, string> = {
  created: "started the plan",
  saved: "saved changes",
  submitted: "submitted it",
  "changes-requested": "asked for changes",
  validated: "validated it",
  "new-version": "started this version",
};

export function History({ events, versions, changes, previousNumber, hrefOf, currentId }: Props) {
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h3 className="font-medium">
          {previousNumber ? `Changes since version ${previousNumber}` : "Changes"}
        </h3>
        {changes.length === 0 ? (
          <p className="text-slate-700">{previousNumber ? "No changes." : "This is the first version."}</p>
        ) : (
          <ul className="list-disc pl-5">
            {changes.map((c) => (
              <li key={`${c.kind}-${c.itemKey}`}>
                {c.kind === "added" && `Added the ${c.what} "${c.title}"`}
                {c.kind === "removed" && `Removed the ${c.what} "${c.title}"`}
                {c.kind === "changed" && (
                  <>
                    Changed the {c.what} &quot;{c.title}&quot;:{" "}
                    {c.fields.map((f) => `${f.field} from "${f.before}" to "${f.after}"`).join("; ")}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="font-medium">What happened</h3>
        <ol className="list-decimal pl-5">
          {events.map((e) => (
            <li key={e.id}>
              {formatDateTime(e.at)}: {e.actorName || "Someone"}{" "}
              {e.kind === "handover" ? handoverText(e.detail) : (EVENT_LABELS[e.kind] ?? e.kind)}
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h3 className="font-medium">Versions</h3>
        <ul className="flex flex-col gap-1">
          {versions.map((v) => (
            <li key={v.id}>
              {hrefOf && v.id !== currentId ? (
                <Link className="underline" href={hrefOf(v.id)}>
                  Version {v.number}
                </Link>
              ) : (
                `Version ${v.number}`
              )}{" "}
              ({STATUS_LABELS[v.status]})
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** A lead handover in words: whom the head appointed, in place of whom, and how many actions moved. */
function handoverText(detail: unknown) {
  const d = (detail ?? {}) as { from?: string; to?: string; moved?: number; inPlace?: boolean };
  const moved = d.moved ?? 0;
  return (
    `appointed ${d.to || "a new lead"} as senior mental health lead${d.from ? ` in place of ${d.from}` : ""}: ` +
    (moved === 0
      ? "no open actions to hand over"
      : `${moved} open ${moved === 1 ? "action passed" : "actions passed"} to them${d.inPlace ? "" : " from the next version"}`)
  );
}
