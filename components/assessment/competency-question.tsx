"use client";

import type { AnswerValue } from "@/lib/assessment/draft";
import type { CompetencyContent, RatingLevel } from "@/lib/framework/versioning";
import { RadioOptions } from "./choices";

/** Ids made from a competency code (codes may hold dots, which are awkward in CSS selectors). */
export const questionId = (code: string) => `q-${code.replace(/[^A-Za-z0-9_-]/g, "_")}`;

/** One statement: its 0-4 rating as a radio group (the statement is the legend), guidance, a comment. */
export function CompetencyQuestion({
  competency: c,
  scale,
  value,
  onChange,
  showMissing,
}: {
  competency: CompetencyContent;
  scale: RatingLevel[];
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  showMissing: boolean;
}) {
  const base = questionId(c.code);
  const rating = value?.rating ?? null;
  const comment = value?.comment ?? "";
  const missing = showMissing && rating === null;
  const waiting = rating === null && comment.trim().length > 0;
  return (
    <fieldset
      id={base}
      data-competency={c.code}
      aria-describedby={missing ? `${base}-error` : undefined}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <legend className="float-left mb-2 w-full text-base font-semibold">{c.statement}</legend>
      {missing && (
        <p id={`${base}-error`} className="clear-left mb-2 text-sm font-medium text-red-800">
          Choose a rating for this statement.
        </p>
      )}
      {(c.guidance || c.examples.length > 0) && (
        <details className="clear-left mb-3 text-sm">
          <summary className="cursor-pointer py-2 text-harbour-700 underline">
            Guidance and examples<span className="sr-only"> for this statement</span>
          </summary>
          {c.guidance && <p className="mt-1">{c.guidance}</p>}
          {c.examples.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {c.examples.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </details>
      )}
      <div className="clear-left">
        <RadioOptions
          name={`${base}-rating`}
          options={scale.map((l) => ({
            value: l.value,
            label: `${l.value} ${l.label}`,
            description: l.descriptor,
          }))}
          value={rating}
          onChange={(r) => onChange({ rating: r, comment })}
        />
      </div>
      <div className="mt-3 flex flex-col gap-1">
        <label htmlFor={`${base}-comment`} className="text-sm font-medium">
          Comment (optional)
        </label>
        <textarea
          id={`${base}-comment`}
          rows={2}
          maxLength={2000}
          value={comment}
          onChange={(e) => onChange({ rating, comment: e.target.value })}
          aria-describedby={waiting ? `${base}-waiting` : undefined}
          className="w-full rounded-md border border-slate-500 px-3 py-2 text-base"
        />
        {waiting && (
          <p id={`${base}-waiting`} className="text-sm text-slate-700">
            Your comment is kept on this device and saved as soon as you choose a rating.
          </p>
        )}
      </div>
    </fieldset>
  );
}
