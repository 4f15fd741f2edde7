import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/page-header";
import type { ActionResult } from "@/lib/actions/result";
import type { EvidenceListItem } from "@/lib/evidence/queries";
import { EvidenceSummary } from "./evidence-item";
import { TagPicker, type TargetGroup } from "./tag-picker";

type Props = {
  schoolId: string;
  items: EvidenceListItem[];
  groups: TargetGroup[];
  filtered: boolean;
  /** Absent for someone who may only read the library. */
  manage?: {
    tag: (v: { itemId: string; target: string }) => Promise<ActionResult<{ id: string }>>;
    untag: (v: { itemId: string; tagId: string }) => Promise<ActionResult<{ removed: number }>>;
    remove: (v: { itemId: string; confirmed: boolean }) => Promise<ActionResult<{ deleted: string }>>;
  };
};

export function EvidenceList({ schoolId, items, groups, filtered, manage }: Props) {
  if (items.length === 0)
    return (
      <EmptyState>
        {filtered
          ? "Nothing is tagged to this yet. Show all evidence, or tag an item to it."
          : manage
            ? "No evidence yet. Add a file, a link or a note above: you store it once and tag it to everything it supports."
            : "The senior mental health lead has not added any evidence yet."}
      </EmptyState>
    );
  return (
    <ul className="flex flex-col gap-4">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-3 rounded-md border border-slate-200 p-3">
          <EvidenceSummary schoolId={schoolId} item={item} />
          <div>
            <h4 className="text-sm font-medium">Used for</h4>
            {item.uses.length === 0 ? (
              <p className="text-sm text-slate-600">Not tagged to anything yet.</p>
            ) : (
              <ul className="mt-1 flex flex-col gap-1">
                {item.uses.map((u) => (
                  <li key={u.tagId} className="flex flex-wrap items-center gap-2">
                    <span>{u.title}</span>
                    {manage && (
                      <ConfirmButton
                        label="Untag"
                        srLabel={`${item.title} from ${u.title}`}
                        question={`Untag "${item.title}" from ${u.title}?`}
                        confirmLabel="Untag"
                        variant="secondary"
                        action={manage.untag}
                        values={{ itemId: item.id, tagId: u.tagId }}
                      />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {manage && (
            <div className="flex flex-wrap items-end justify-between gap-3">
              <TagPicker itemId={item.id} itemTitle={item.title} groups={groups} tag={manage.tag} />
              <ConfirmButton
                label="Delete"
                srLabel={item.title}
                question={
                  item.uses.length > 0
                    ? `"${item.title}" is used for ${item.uses.map((u) => u.title).join("; ")}. Delete it from all of them?`
                    : `Delete "${item.title}"?`
                }
                confirmLabel="Delete"
                action={manage.remove}
                values={{ itemId: item.id, confirmed: true }}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
