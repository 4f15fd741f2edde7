// Every criterion with the school's rating and narrative, the measure, evidence, and the peer's view.
import { RATING_LABEL } from "@/lib/accreditation/rules";
import type { CriterionRow, StrandRow } from "@/lib/accreditation/view-model";

export function MeasureLine({ measure }: { measure: CriterionRow["measure"] }) {
  if (!measure) return null;
  return (
    <p className="text-sm text-slate-800">
      <span className="font-medium">Harbour measures: </span>
      {measure.text}
    </p>
  );
}

export function EvidenceList({ items }: { items: CriterionRow["evidence"] }) {
  if (items.length === 0) return null;
  return (
    <div className="text-sm">
      <p className="font-medium">Evidence</p>
      <ul className="list-disc pl-5">
        {items.map((e) => (
          <li key={e.id}>
            {e.href ? (
              <a href={e.href} className="underline">
                {e.title}
              </a>
            ) : (
              e.title
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CriteriaRead({ strands, showPeer }: { strands: StrandRow[]; showPeer: boolean }) {
  return (
    <div className="flex flex-col gap-6">
      {strands.map((s) => (
        <section key={s.position} aria-labelledby={`strand-${s.position}`}>
          <h3 id={`strand-${s.position}`} className="text-lg font-semibold">
            {s.position}. {s.title}
          </h3>
          <ul className="mt-2 flex flex-col gap-3">
            {s.criteria.map((c) => (
              <li key={c.id} className="rounded-md border border-slate-200 p-3">
                <p>
                  <span className="font-medium">{c.key}</span> {c.text}
                </p>
                <MeasureLine measure={c.measure} />
                <p className="mt-1 text-sm">
                  <span className="font-medium">School&apos;s rating: </span>
                  {c.self ? RATING_LABEL[c.self.rating] : "Not rated"}
                </p>
                {c.self?.narrative && <p className="whitespace-pre-line text-sm">{c.self.narrative}</p>}
                <EvidenceList items={c.evidence} />
                {showPeer && c.peer && (
                  <div className="mt-2 border-l-4 border-harbour-600 pl-3 text-sm">
                    <p>
                      <span className="font-medium">Peer reviewer: </span>
                      {RATING_LABEL[c.peer.rating]}
                    </p>
                    {c.peer.comment && <p className="whitespace-pre-line">{c.peer.comment}</p>}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
