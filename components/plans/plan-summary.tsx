import { formatNumber } from "@/lib/gaps/format";
import { formatMoney } from "@/lib/format";
import type { PlanView } from "@/lib/plans/queries";

const REASONS = { "no-money": "no money left", "no-time": "no staff time left", "no-course": "no course closes it" } as const;

/** Totals against the limits, how the plan was found, and the need it leaves. */
export function PlanSummary({ view }: { view: PlanView }) {
  const s = view.version.summary;
  const t = s.totals;
  const gap = view.version.optimalityGap;
  return (
    <div className="flex flex-col gap-3">
      {s.reason && <p className="rounded-md border-l-4 border-harbour-600 bg-harbour-50 p-3">{s.reason}</p>}
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Cost</dt>
        <dd>{formatMoney(t.costPence)} of {formatMoney(t.budgetPence)}</dd>
        <dt className="font-medium">Most hours for one person</dt>
        <dd>{formatNumber(t.maxHoursPerPerson)} of {formatNumber(t.hoursLimit)}</dd>
        <dt className="font-medium">In-school sessions</dt>
        <dd>{t.sessionsUsed} of {t.sessionsLimit}</dd>
        <dt className="font-medium">People trained</dt>
        <dd>{t.peopleTrained}</dd>
        <dt className="font-medium">Gap points closed</dt>
        <dd>{formatNumber(t.pointsClosed)} of {formatNumber(s.need.before.points)}; {formatNumber(s.need.remaining.points)} left</dd>
        <dt className="font-medium">How it was found</dt>
        <dd>
          {view.version.method === "exact" ? "Exact solver (HiGHS)" : "Heuristic"}
          {gap !== null && ` · at most ${formatNumber(gap * 100, 1)}% from the best possible`}. {s.optimalityNote}
        </dd>
      </dl>
      {s.edited && (
        <p className="text-sm text-slate-700">
          This version was edited by hand: gap points count what is credited to the bookings that remain (in a
          confidential round, people added by hand are not scored), and unmet needs are as the planner left them.
        </p>
      )}
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
        <li key={`${u.unitId}/${u.competencyCode}`}>
          {u.competencyCode}: {confidential ? `${u.people} in group ${u.unitId}` : (names.get(u.unitId) ?? "a former member")},{" "}
          {formatNumber(u.points)} {u.points === 1 ? "point" : "points"} left: {REASONS[u.reason]}
        </li>
      ))}
      {unmet.length > 200 && <li>… and {unmet.length - 200} more.</li>}
    </ul>
  );
}
