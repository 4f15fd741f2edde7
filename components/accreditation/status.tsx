// The status page's parts: where the process is, progress per strand, and the decision.
import { formatDate } from "@/lib/format";
import { decisionWords } from "@/lib/accreditation/levels";
import { STATUS_LABEL, STEPS, stepIndex, type Status, type StrandProgress } from "@/lib/accreditation/rules";
import type { LevelKey } from "@/lib/accreditation/default-scheme";

export function Steps({ status }: { status: Status }) {
  const at = stepIndex(status);
  return (
    <div>
      <p className="mb-2 font-medium">{STATUS_LABEL[status]}</p>
      <ol className="flex flex-wrap gap-2" aria-label="Steps">
        {STEPS.map((s, i) => (
          <li
            key={s.status}
            aria-current={i === at ? "step" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${
              i < at
                ? "border-green-700 bg-green-50 text-green-900"
                : i === at
                  ? "border-harbour-700 bg-harbour-50 font-semibold"
                  : "border-slate-300 text-slate-700"
            }`}
          >
            {i < at ? "Done: " : i === at ? "Now: " : ""}
            {s.label}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function StrandTable({
  progress,
  titles,
}: {
  progress: StrandProgress[];
  titles: Map<number, string>;
}) {
  const basis =
    progress[0]?.basis === "peer" ? "as the peer reviewer rated them" : "as the school rated them";
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">Criteria met or exceeded, {basis}.</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">
              Strand
            </th>
            <th scope="col" className="py-2 pr-3">
              Rated
            </th>
            <th scope="col" className="py-2 pr-3">
              Met or exceeded
            </th>
          </tr>
        </thead>
        <tbody>
          {progress.map((p) => (
            <tr key={p.strand} className="border-b border-slate-100">
              <th scope="row" className="py-2 pr-3 font-normal">
                {p.strand}. {titles.get(p.strand)}
              </th>
              <td className="py-2 pr-3">
                {p.rated} of {p.criteria}
              </td>
              <td className="py-2 pr-3">
                <span className="sr-only">
                  {p.met} of {p.criteria}
                </span>
                <span aria-hidden="true" className="flex items-center gap-2">
                  <span className="inline-block h-2 w-24 rounded bg-slate-200">
                    <span
                      className="block h-2 rounded bg-harbour-700"
                      style={{ width: `${p.criteria ? (100 * p.met) / p.criteria : 0}%` }}
                    />
                  </span>
                  {p.met} of {p.criteria}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DecisionSummary({
  decision,
}: {
  decision: { level: LevelKey; feedback: string; decidedAt: Date; renewalDue: string | null };
}) {
  return (
    <div className="flex flex-col gap-1">
      <p className="text-lg font-semibold">{decisionWords(decision.level)}</p>
      <p>Decided on {formatDate(decision.decidedAt)}.</p>
      {decision.renewalDue && <p>Due for renewal on {formatDate(decision.renewalDue)}.</p>}
      {decision.feedback && <p className="whitespace-pre-line">{decision.feedback}</p>}
    </div>
  );
}

export function VisitSummary({
  visit,
}: {
  visit: { visitedOn: string; assessors: string[]; interviewed: string[]; findings: string };
}) {
  const who: Record<string, string> = {
    STAFF: "staff",
    PUPILS: "pupils",
    PARENTS: "parents and carers",
    GOVERNORS: "governors",
  };
  return (
    <dl className="grid gap-1 sm:grid-cols-[12rem_1fr]">
      <dt className="font-medium">Visited on</dt>
      <dd>{formatDate(visit.visitedOn)}</dd>
      <dt className="font-medium">Assessors</dt>
      <dd>{visit.assessors.join(", ")}</dd>
      <dt className="font-medium">Spoke to</dt>
      <dd>{visit.interviewed.map((i) => who[i] ?? i).join(", ")}</dd>
      <dt className="font-medium">Findings</dt>
      <dd className="whitespace-pre-line">{visit.findings}</dd>
    </dl>
  );
}
