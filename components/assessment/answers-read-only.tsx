import type { Step } from "@/lib/assessment/rules";
import type { RatingLevel } from "@/lib/framework/versioning";

/** The answers as given, with no inputs: after submitting, or once the round has closed. */
export function AnswersReadOnly({
  steps,
  answers,
  scale,
}: {
  steps: Step[];
  answers: Record<string, { rating: number | null; comment: string | null }>;
  scale: RatingLevel[];
}) {
  const label = (r: number | null) =>
    r === null ? "Not answered" : `${r} ${scale.find((l) => l.value === r)?.label ?? ""}`.trim();
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer py-1 font-semibold">Your answers</summary>
      {steps.map((s) =>
        s.kind === "domain" ? (
          <section key={s.domain.code} aria-label={s.domain.name} className="mt-4">
            <h3 className="font-semibold">{s.domain.name}</h3>
            <dl className="mt-2 flex flex-col gap-3">
              {s.competencies.map((c) => (
                <div key={c.code}>
                  <dt>{c.statement}</dt>
                  <dd className="text-sm font-medium">{label(answers[c.code]?.rating ?? null)}</dd>
                  {answers[c.code]?.comment && (
                    <dd className="text-sm text-slate-700">Your comment: {answers[c.code]!.comment}</dd>
                  )}
                </div>
              ))}
            </dl>
          </section>
        ) : null,
      )}
    </details>
  );
}
