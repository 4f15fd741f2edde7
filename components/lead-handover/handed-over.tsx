// "Handed over to you": the open actions the new lead inherited, to confirm one by one or all at once.
import { ActionButton } from "@/components/action-plan/action-button";
import { formatDate } from "@/lib/format";
import type { ActionResult } from "@/lib/actions/result";
import type { WaitingAction } from "@/lib/lead-handover/queries";
import type { ConfirmHandoverInput } from "@/lib/lead-handover/schemas";

type Confirm = (input: ConfirmHandoverInput) => Promise<ActionResult<{ confirmed: number }>>;

export function HandedOver({ items, confirm }: { items: WaitingAction[]; confirm: Confirm }) {
  return (
    <div className="flex flex-col gap-3">
      <p>
        These open actions were handed over to you when you became the lead. Check each is still right (you
        can change its owner, dates or status in the plan), then confirm it.
      </p>
      <ul className="flex flex-col divide-y divide-slate-200">
        {items.map((a) => (
          <li key={a.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="font-medium">{a.title}</p>
              <p className="text-sm text-slate-700">
                Due {formatDate(a.dueOn)}
                {a.fromName ? ` · was ${a.fromName}'s` : ""} · handed over {formatDate(a.handedAt)}
              </p>
            </div>
            <ActionButton label={`Confirm “${a.title}”`} run={confirm.bind(null, { itemIds: [a.id] })} />
          </li>
        ))}
      </ul>
      {items.length > 1 && (
        <div>
          <ActionButton label={`Confirm all ${items.length}`} run={confirm.bind(null, {})} />
        </div>
      )}
    </div>
  );
}
