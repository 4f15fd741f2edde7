import { BARRIER_LABELS, FORMAT_LABELS, WELLBEING_QUESTIONS } from "@/lib/assessment/rules";
import type { OptionCount, PublishedAnswers } from "@/lib/disclosure";
import { formatNumber, formatPercent } from "@/lib/gaps/format";

type Labels = Record<string, string>;

/** Barriers, preferred formats, confidence and (confidential rounds) wellbeing, as published for the round. */
export function TrainingAnswersSection({ answers, k }: { answers: PublishedAnswers; k: number }) {
  const wellbeing = answers.wellbeing.filter((w) => w.answered > 0);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">
        From the last step of the self-assessment, among the {answers.respondents} people who submitted.
        People could choose more than one answer.
      </p>
      <Options
        title="What gets in the way of training"
        options={answers.barriers}
        labels={BARRIER_LABELS}
        k={k}
      />
      <Options title="How people prefer to learn" options={answers.formats} labels={FORMAT_LABELS} k={k} />
      <p>
        <span className="font-medium">Confidence in supporting pupils&apos; mental health: </span>
        {answers.confidence.mean === null
          ? answers.confidence.answered === 0
            ? "no one answered."
            : `not shown: fewer than ${k} people answered.`
          : `${formatNumber(answers.confidence.mean)} out of 5 on average (${answers.confidence.answered} answered).`}
      </p>
      {wellbeing.length > 0 && (
        <div>
          <h3 className="font-medium">Staff wellbeing (1 strongly disagree to 5 strongly agree)</h3>
          <p className="text-sm text-slate-700">Only ever shown as an average of at least {k} answers.</p>
          <ul className="mt-1 flex flex-col gap-1">
            {wellbeing.map((w) => (
              <li key={w.key}>
                {WELLBEING_QUESTIONS[w.key as keyof typeof WELLBEING_QUESTIONS]}{" "}
                <span className="font-semibold tabular-nums">
                  {w.mean === null
                    ? `not shown: fewer than ${k} answered`
                    : `${formatNumber(w.mean)} on average (${w.answered} answered)`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function Options({
  title,
  options,
  labels,
  k,
}: {
  title: string;
  options: OptionCount[];
  labels: Labels;
  k: number;
}) {
  return (
    <div>
      <h3 className="font-medium">{title}</h3>
      <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm sm:max-w-md">
        {options.map((o) => (
          <div key={o.key} className="contents">
            <dt>{labels[o.key] ?? o.key}</dt>
            <dd className="text-right tabular-nums">
              {o.count === null ? `fewer than ${k}` : `${o.count} (${formatPercent(o.share)})`}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
