import type { PersonRow } from "@/lib/rounds/progress";
import { EmptyState } from "@/components/ui/page-header";
import { JOB_ROLES } from "@/lib/tiers";
import type { JobRole } from "@/lib/generated/prisma/enums";

function People({ title, people, empty }: { title: string; people: PersonRow[]; empty: string }) {
  return (
    <details
      className="rounded-md border border-slate-200 p-3"
      open={people.length > 0 && people.length <= 10}
    >
      <summary className="min-h-11 cursor-pointer py-2 font-medium">
        {title} ({people.length})
      </summary>
      {people.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <ul className="flex flex-col gap-1">
          {people.map((p) => (
            <li key={p.personId} className="break-words">
              {p.name}{" "}
              <span className="text-sm text-slate-700">
                · {JOB_ROLES[p.jobRole as JobRole]?.label ?? p.jobRole} · {p.email}
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** NAMED rounds only: who still has something to do. */
export function PeopleLists({
  notStarted,
  notFinished,
}: {
  notStarted: PersonRow[];
  notFinished: PersonRow[];
}) {
  return (
    <div className="flex flex-col gap-3">
      <People title="Not started" people={notStarted} empty="Everyone asked has started." />
      <People title="Started, not submitted" people={notFinished} empty="No one is part-way through." />
    </div>
  );
}
