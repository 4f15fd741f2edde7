import type { PublishedBenchmark, BenchmarkFigure } from "@/lib/disclosure";
import { PRINCIPLES, REVIEW_LEVELS } from "@/lib/review/principles";
import type { AgreedStatement } from "@/lib/review/queries";
import { formatScore, principleScores } from "@/lib/review/scores";

type Props = { statements: AgreedStatement[]; benchmarks: PublishedBenchmark[] };

const WITHHELD: Record<Exclude<BenchmarkFigure, { shown: true }>["reason"], string> = {
  "no-trust": "Your school is not in a trust.",
  "too-few": "Not shown until at least 5 schools have agreed a review.",
  linked: "Not shown: with your trust's figure beside it, it would reveal a few schools' scores.",
};

function Benchmark({ label, figure }: { label: string; figure: BenchmarkFigure }) {
  return (
    <div>
      <dt className="text-sm font-medium">{label}</dt>
      <dd className="text-sm text-slate-800">
        {figure.shown
          ? `${formatScore(figure.mean)}, from ${figure.schools} schools`
          : WITHHELD[figure.reason]}
      </dd>
    </div>
  );
}

/** Per principle: the school's score in words and a number, the benchmarks, and each statement's agreed level. */
export function PrincipleResults({ statements, benchmarks }: Props) {
  const scores = principleScores(statements);
  const agreed = new Map(statements.map((s) => [s.statementKey, s]));
  return (
    <div className="flex flex-col gap-6">
      {PRINCIPLES.map((p, i) => {
        const score = scores[i]!.score;
        const bench = benchmarks.find((b) => b.principleKey === p.key);
        return (
          <section
            key={p.key}
            aria-labelledby={`principle-${p.key}`}
            className="border-t border-slate-200 pt-4 first:border-0 first:pt-0"
          >
            <h3 id={`principle-${p.key}`} className="font-semibold">
              {p.title}
            </h3>
            <p className="mb-2">
              Your school: <strong>{score === null ? "not scored" : formatScore(score)}</strong>
            </p>
            {bench && (
              <dl className="mb-3 grid gap-2 sm:grid-cols-2">
                <Benchmark label="Schools in your trust" figure={bench.trust} />
                <Benchmark label="All schools on this Harbour" figure={bench.all} />
              </dl>
            )}
            <ul className="flex flex-col gap-2">
              {p.statements.map((s) => {
                const a = agreed.get(s.key);
                return (
                  <li key={s.key} className="text-sm">
                    <span className="font-medium">
                      {a ? `${a.level} ${REVIEW_LEVELS[a.level]}` : "Not agreed"}
                    </span>
                    {": "}
                    {s.text}
                    {a?.evidence && <span className="block text-slate-700">Evidence: {a.evidence}</span>}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
