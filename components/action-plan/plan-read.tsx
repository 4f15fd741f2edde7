// A version of the plan to read: objectives by principle, each action with its owner, dates,
// status, RAG (and whether it was set by hand), and any reviewer's comments beside the item.
import { formatDate, formatMoney } from "@/lib/format";
import { principleOf, type PrincipleKey } from "@/lib/review/principles";
import { ACTION_STATUS_LABELS, RAG_LABELS } from "@/lib/action-plan/schemas";
import type { RagResult } from "@/lib/action-plan/rag";
import type { VersionContent } from "@/lib/action-plan/store";
import type { ReactNode } from "react";

type Comment = { id: string; itemKey: string | null; body: string; authorName: string; createdAt: Date };
type Props = {
  content: VersionContent;
  rag?: Record<string, RagResult>;
  comments?: Comment[];
  /** A reviewer's comment box per item, when they are deciding. */
  commentBox?: (itemKey: string, label: string) => ReactNode;
};

const RAG_STYLE = {
  RED: "bg-red-100 text-red-900",
  AMBER: "bg-amber-100 text-amber-900",
  GREEN: "bg-green-100 text-green-900",
};

export function RagBadge({ rag }: { rag: RagResult | undefined }) {
  if (!rag) return null;
  const label = rag.rag ? RAG_LABELS[rag.rag] : "No RAG";
  return (
    <span
      className={`rounded px-2 py-0.5 text-sm font-medium ${rag.rag ? RAG_STYLE[rag.rag] : "bg-slate-100 text-slate-800"}`}
    >
      {label}
      {rag.source === "override" ? ` (set by hand: ${rag.note})` : ` (${rag.reason})`}
    </span>
  );
}

function Comments({ list }: { list: Comment[] }) {
  if (list.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-col gap-1" aria-label="Reviewer's comments">
      {list.map((c) => (
        <li key={c.id} className="rounded border-l-4 border-amber-600 bg-amber-50 p-2 text-sm">
          <span className="font-medium">{c.authorName || "Reviewer"}</span> ({formatDate(c.createdAt)}):{" "}
          {c.body}
        </li>
      ))}
    </ul>
  );
}

export function PlanRead({ content, rag = {}, comments = [], commentBox }: Props) {
  const on = (key: string | null) => comments.filter((c) => c.itemKey === key);
  if (content.length === 0) return <p className="text-slate-700">This version has no objectives yet.</p>;
  return (
    <div className="flex flex-col gap-4">
      <Comments list={on(null)} />
      {content.map((o, i) => (
        <section
          key={o.key}
          aria-labelledby={`read-objective-${i}`}
          className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        >
          <p className="text-sm text-slate-600">{principleOf(o.principleKey as PrincipleKey).title}</p>
          <h2 id={`read-objective-${i}`} className="text-lg font-semibold">
            {o.title}
          </h2>
          <Comments list={on(o.key)} />
          {commentBox?.(o.key, `Comment on the objective "${o.title}"`)}
          <ul className="mt-3 flex flex-col gap-3">
            {o.actions.map((a) => (
              <li key={a.key} className="rounded-md border border-slate-200 p-3">
                <h3 className="font-medium">{a.title}</h3>
                <dl className="mt-1 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
                  <div>
                    <dt className="inline font-medium">Owner: </dt>
                    <dd className="inline">
                      {a.ownerId ? a.ownerName : `No one (${a.ownerName || "the owner"} has left)`}
                    </dd>
                  </div>
                  <div>
                    <dt className="inline font-medium">Dates: </dt>
                    <dd className="inline">
                      {formatDate(a.startOn)} to {formatDate(a.dueOn)}
                    </dd>
                  </div>
                  <div>
                    <dt className="inline font-medium">Status: </dt>
                    <dd className="inline">{ACTION_STATUS_LABELS[a.status]}</dd>
                  </div>
                  <div>
                    <dt className="inline font-medium">RAG: </dt>
                    <dd className="inline">
                      <RagBadge rag={rag[a.key]} />
                    </dd>
                  </div>
                  <div className="sm:col-span-2">
                    <dt className="inline font-medium">Success measure: </dt>
                    <dd className="inline">{a.successMeasure}</dd>
                  </div>
                  <div>
                    <dt className="inline font-medium">Resources: </dt>
                    <dd className="inline">{a.resources || "None"}</dd>
                  </div>
                  <div>
                    <dt className="inline font-medium">Cost: </dt>
                    <dd className="inline">{formatMoney(Math.round(a.costPounds * 100))}</dd>
                  </div>
                  {a.competencyCodes.length > 0 && (
                    <div className="sm:col-span-2">
                      <dt className="inline font-medium">Competencies: </dt>
                      <dd className="inline">{a.competencyCodes.join(", ")}</dd>
                    </div>
                  )}
                </dl>
                <Comments list={on(a.key)} />
                {commentBox?.(a.key, `Comment on the action "${a.title}"`)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
