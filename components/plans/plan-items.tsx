import { formatNumber } from "@/lib/gaps/format";
import { formatDate, formatMoney } from "@/lib/format";
import type { PlanView } from "@/lib/plans/queries";
import { statementList } from "@/lib/plans/explain";
import { fromDbTerm, TERM_LABELS } from "@/lib/plans/terms";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ItemEditor, type EditActions } from "./item-editor";

const FORMATS: Record<string, string> = {
  ONLINE_SELF_PACED: "Online, self-paced",
  LIVE_ONLINE: "Live online",
  FACE_TO_FACE: "Face to face",
  IN_SCHOOL: "In school",
};

type Props = { view: PlanView; editable: boolean; actions: EditActions };

/** Bookings grouped by term, each with why, cost per gap point and who goes. */
export function PlanItems({ view, editable, actions }: Props) {
  if (view.items.length === 0) return <p>There are no bookings in this version.</p>;
  const statements = new Map(Object.entries(view.statements));
  return (
    <div className="flex flex-col gap-6">
      {(["AUTUMN", "SPRING", "SUMMER"] as const).map((term) => {
        const items = view.items.filter((i) => i.term === term);
        if (items.length === 0) return null;
        return (
          <section key={term} aria-labelledby={`term-${term}`}>
            <h3 id={`term-${term}`} className="mb-2 font-semibold">
              {TERM_LABELS[fromDbTerm(term)]} term
            </h3>
            <ul className="flex flex-col divide-y divide-slate-200">
              {items.map((i) => (
                <li key={i.id} className="break-inside-avoid py-3">
                  <p className="font-medium">{i.course.title}</p>
                  <p className="text-sm text-slate-700">
                    {i.course.provider} · {FORMATS[i.course.format] ?? i.course.format} ·{" "}
                    {formatNumber(i.hours)} hours each · {formatMoney(i.costPence)}
                    {i.sessions > 0 && ` for ${i.sessions} ${i.sessions === 1 ? "session" : "sessions"}`}
                    {i.costPerGapPoint !== null && ` · ${formatMoney(i.costPerGapPoint)} per level gained`}
                  </p>
                  {i.booking &&
                    (i.booking.withdrawnAt ? (
                      <p role="note" className="mt-1 rounded bg-amber-50 p-2 text-sm text-amber-950">
                        Your trust withdrew this offer on {formatDate(i.booking.withdrawnAt)}, so these places
                        are no longer booked. Remove this booking, or generate the plan again.
                      </p>
                    ) : (
                      <p className="mt-1 text-sm">Booked on your trust&apos;s offer: {i.booking.dates}.</p>
                    ))}
                  <p className="mt-1 text-sm">{i.why}</p>
                  <ul className="mt-1 flex flex-wrap gap-2 text-sm">
                    {i.attendees.map((a) => {
                      const label =
                        a.name ?? `${a.count} ${a.count === 1 ? "person" : "people"} in group ${a.groupKey}`;
                      // Which of this attendee's gaps the booking is credited with closing.
                      const codes = i.closes
                        .filter((c) => c.unitId === (a.personId ?? a.groupKey))
                        .map((c) => c.competencyCode);
                      return (
                        <li
                          key={a.id}
                          className="flex flex-wrap items-center gap-1 rounded border border-slate-300 px-2"
                        >
                          {label}
                          {codes.length > 0 && (
                            <span className="text-slate-700" title={codes.join(", ")}>
                              : {statementList(codes, statements, 2)}
                            </span>
                          )}
                          {editable && (
                            <ConfirmButton
                              label="Remove"
                              srLabel={`${label} from ${i.course.title}`}
                              variant="secondary"
                              question={`Remove ${label} from ${i.course.title}?`}
                              confirmLabel="Yes, remove"
                              values={{ planId: view.plan.id, attendeeId: a.id }}
                              action={actions.removeAttendee}
                            />
                          )}
                        </li>
                      );
                    })}
                  </ul>
                  {editable && (
                    <ItemEditor
                      planId={view.plan.id}
                      itemId={i.id}
                      title={i.course.title}
                      term={fromDbTerm(i.term)}
                      members={view.members}
                      actions={actions}
                    />
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
