import { formatNumber } from "@/lib/gaps/format";
import { formatMoney } from "@/lib/format";
import type { PlanView } from "@/lib/plans/queries";

const REASONS = {
  "no-money": "the money or in-school sessions ran out",
  "no-time": "no staff time left",
  "no-course": "no course in the catalogue closes it",
} as const;

/** Plans saved before the planner spoke in plain words said "HiGHS" and "gap"; say it plainly for them too. */
function howFound(view: PlanView): string {
  const note = view.version.summary.optimalityNote;
  if (!/HiGHS|gap \d|LP relaxation/i.test(note)) return note;
  return view.version.method === "exact"
    ? "This is the best plan the limits allowed when it was made."
    : "This is a quick plan, made without checking every combination.";
}

/** Totals against the limits, in plain words: what is spent and left, and why; how the plan was found. */
export function PlanSummary({ view }: { view: PlanView }) {
  const s = view.version.summary;
  const t = s.totals;
  return (
    <div className="flex flex-col gap-3">
      {s.reason && <p className="rounded-md border-l-4 border-harbour-600 bg-harbour-50 p-3">{s.reason}</p>}
      <div className="flex flex-col gap-2">
        {view.explanation.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Cost</dt>
        <dd>
          {formatMoney(t.costPence)} of {formatMoney(t.budgetPence)}
        </dd>
        <dt className="font-medium">Most hours for one person</dt>
        <dd>
          {formatNumber(t.maxHoursPerPerson)} of {formatNumber(t.hoursLimit)}
        </dd>
        <dt className="font-medium">In-school sessions</dt>
        <dd>
          {t.sessionsUsed} of {t.sessionsLimit}
        </dd>
        <dt className="font-medium">People trained</dt>
        <dd>{t.peopleTrained}</dd>
        <dt className="font-medium">Rating levels closed</dt>
        <dd>
          {formatNumber(t.pointsClosed)} of {formatNumber(s.need.before.points)};{" "}
          {formatNumber(s.need.remaining.points)} left
        </dd>
        <dt className="font-medium">How it was found</dt>
        <dd>{howFound(view)}</dd>
      </dl>
    </div>
  );
}

export function UnmetNeeds({ view }: { view: PlanView }) {
  const unmet = view.version.summary.unmet;
  if (unmet.length === 0) return <p>Every gap the planner could see is closed by this plan.</p>;
  const confidential = view.version.summary.mode === "CONFIDENTIAL";
  const names = new Map(view.members.map((m) => [m.personId, m.name]));
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {unmet.slice(0, 200).map((u) => (
        <li key={`${u.unitId}/${u.competencyCode}/${u.reason}`}>
          “{view.statements[u.competencyCode] ?? u.competencyCode}”{" "}
          <span className="text-slate-600">({u.competencyCode})</span>:{" "}
          {/* A confidential plan's one named unit is the lead's own development (lib/lead-development/needs.ts). */}
          {names.get(u.unitId) ?? (confidential ? `${u.people} in group ${u.unitId}` : "a former member")},{" "}
          {formatNumber(u.points)} {u.points === 1 ? "level" : "levels"} left: {REASONS[u.reason]}
        </li>
      ))}
      {unmet.length > 200 && <li>… and {unmet.length - 200} more.</li>}
    </ul>
  );
}
